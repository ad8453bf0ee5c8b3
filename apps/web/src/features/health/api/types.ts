import type { components } from '@par/contracts';

export type Health = components['schemas']['HealthDto'];
