export { healthQueryOptions } from './api/get-health';
export { healthKeys } from './api/keys';
export type { Health } from './api/types';
export { HealthBadge } from './components/health-badge';
