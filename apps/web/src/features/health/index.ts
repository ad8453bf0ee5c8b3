export { healthQueryOptions, healthKeys, type Health } from './api';
export { HealthBadge } from './health-badge';
