import type { CriteriaSetV1 } from '@par/scoring';

/**
 * The same criteria under another unit type, code and name. A period takes one set per unit type, so
 * wards (`ward`) get a copy of the commune set: same leaves, same points, ranked with the communes.
 */
export function retargetCriteriaSet(
  set: CriteriaSetV1,
  target: Pick<CriteriaSetV1, 'unitType' | 'code' | 'name'>,
): CriteriaSetV1 {
  return { ...set, unitType: target.unitType, code: target.code, name: target.name };
}
