import type { Assessments } from '../model/assessments.types';
import type { CriteriaSet } from '../model/criteria-set.types';
import type { ScoredUnit, ScoringOptions } from '../model/score.types';
import { assignBand } from './assign-band';
import { rankUnits } from './rank-units';
import { scoreUnit } from './score-unit';

/**
 * Scores every unit, ranks them inside their groups and assigns bands (the set's, or `options.bands`).
 * Units keep their input order.
 */
export function scoreUnits(
  set: CriteriaSet,
  assessments: Assessments,
  options: ScoringOptions = {},
): ScoredUnit[] {
  const bands = options.bands ?? set.bands;
  const scores = assessments.units.map((unit) => scoreUnit(set, unit));
  const ranks = rankUnits(scores, options);
  return scores.map((score, position) => ({
    ...score,
    rank: ranks[position],
    band: assignBand(score.indexCenti, bands),
  }));
}
