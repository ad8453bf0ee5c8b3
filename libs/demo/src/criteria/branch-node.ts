import type { CriteriaNodeV1 } from '@par/scoring';
import { sumPoints } from './sum-points';

/** An area or criterion whose max is the exact Σ of its children's (so a set never fails MAX_POINTS_MISMATCH). */
export function branchNode(
  code: string,
  title: string,
  children: readonly CriteriaNodeV1[],
  details: Pick<CriteriaNodeV1, 'guidance' | 'leadAgency'> = {},
): CriteriaNodeV1 {
  return { code, title, maxPoints: sumPoints(children.map((c) => c.maxPoints)), ...details, children };
}
