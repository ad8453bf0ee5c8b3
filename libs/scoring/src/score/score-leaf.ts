import type { LeafInput } from '../model/assessments.types';
import type { LeafNode } from '../model/criteria-set.types';
import type { LeafScore } from '../model/score.types';
import { evaluateLeaf, MISSING, NOT_APPLICABLE, type ExplanationSink } from './evaluate-leaf';

/**
 * Scores one leaf on integer thousandths, rounding half-up once (DESIGN.md "Scoring rules"), with why:
 * no input → 0 and missing; `notApplicable` → leaves both points and max; `points` wins over raw figures;
 * otherwise the rule scores the figures. The input must come from `parseLeafInput`/`parseAssessments`
 * (a figure the rule does not take throws a TypeError). The SPA's live preview and the API use this.
 */
export function scoreLeaf(leaf: LeafNode, input: LeafInput | undefined): LeafScore {
  const sink: ExplanationSink = { explanation: { case: 'missing', reason: 'noInput' } };
  const result = evaluateLeaf(leaf, input, sink);
  return {
    code: leaf.code,
    pointsMilli: result < 0 ? 0 : result,
    maxMilli: result === NOT_APPLICABLE ? 0 : leaf.maxMilli,
    notApplicable: result === NOT_APPLICABLE,
    missing: result === MISSING,
    explanation: sink.explanation,
  };
}
