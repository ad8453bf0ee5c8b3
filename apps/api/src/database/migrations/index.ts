import { Initial1764100000000 } from './1764100000000-initial';

/** Every migration, oldest first. A schema change adds its migration here (see README.md beside). */
export const MIGRATIONS = [Initial1764100000000];
