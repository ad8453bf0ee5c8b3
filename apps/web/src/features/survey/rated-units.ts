import type { SurveyGroup } from './api/types';

/** A participating unit as the period lists it (its type decides which groups rate it). */
export interface RatedUnit {
  code: string;
  name: string;
  type: string;
}

/** The units a group rates: those of its unit types, or every participating unit when it names none. */
export function ratedUnits<U extends RatedUnit>(
  group: Pick<SurveyGroup, 'unitTypes'> | undefined,
  units: readonly U[],
): U[] {
  if (!group) return [];
  const types = group.unitTypes;
  return types?.length ? units.filter((unit) => types.includes(unit.type)) : [...units];
}
