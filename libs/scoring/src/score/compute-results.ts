import type { Assessments } from '../model/assessments.types';
import type { CriteriaSet } from '../model/criteria-set.types';
import type { ResultsV1 } from '../model/interchange-v1.types';
import type { ScoringOptions } from '../model/score.types';
import { buildResults } from './build-results';
import { scoreUnits } from './score-units';

/** Scores, ranks and classifies every unit and returns the `par-index.results/v1` document. */
export function computeResults(
  set: CriteriaSet,
  assessments: Assessments,
  options: ScoringOptions = {},
): ResultsV1 {
  return buildResults(set, scoreUnits(set, assessments, options));
}
