import {
  fromCenti,
  fromMilli,
  parseLeafInput,
  scoreUnit,
  type CriteriaSet,
  type LeafInput,
  type LeafInputV1,
  type UnitScore,
} from '@par/scoring';
import type { AssessmentItem } from './assessment-item.entity';

/**
 * One unit scored by libs/scoring on the inputs `pick` chooses — the engine compute publishes with, so
 * every total the product shows (summary, assessment, SPA, exports) is compute's number: applicable max
 * (not-applicable leaves removed), capped bonus/penalty, clamped total, index. Inputs that no longer fit
 * the rule count as missing here (compute refuses them).
 */
export function scoreAssessment(
  set: CriteriaSet,
  code: string,
  pick: (item: AssessmentItem) => LeafInputV1 | null,
  items: Iterable<AssessmentItem>,
  bonusMilli: number,
  penaltyMilli: number,
): UnitScore {
  const byLeaf = new Map([...items].map((item) => [item.leafCode, item]));
  const inputs = new Map<string, LeafInput>();
  for (const leaf of set.leaves) {
    const item = byLeaf.get(leaf.code);
    const input = item ? pick(item) : null;
    if (!input) continue;
    const parsed = parseLeafInput(leaf, input);
    if (parsed.ok) inputs.set(leaf.code, parsed.value);
  }
  return scoreUnit(set, {
    code,
    group: '',
    items: inputs,
    bonusMilli: set.adjustments ? bonusMilli : 0,
    penaltyMilli: set.adjustments ? penaltyMilli : 0,
  });
}

/** The totals an assessment shows: the unit's own (no bonus/penalty) and those that count now. */
export interface AssessmentTotals {
  selfPoints: number;
  selfMaxPoints: number;
  selfIndex: number | null;
  points: number;
  maxPoints: number;
  index: number | null;
  areas: { code: string; maxPoints: number; selfPoints: number; points: number }[];
}

export function totalsOf(
  set: CriteriaSet,
  code: string,
  items: readonly AssessmentItem[],
  bonusMilli: number,
  penaltyMilli: number,
): AssessmentTotals {
  const self = scoreAssessment(set, code, (item) => item.selfInput, items, 0, 0);
  const current = scoreAssessment(set, code, (item) => item.finalInput, items, bonusMilli, penaltyMilli);
  return {
    selfPoints: fromMilli(self.pointsMilli),
    selfMaxPoints: fromMilli(self.maxMilli),
    selfIndex: self.indexCenti === null ? null : fromCenti(self.indexCenti),
    points: fromMilli(current.pointsMilli),
    maxPoints: fromMilli(current.maxMilli),
    index: current.indexCenti === null ? null : fromCenti(current.indexCenti),
    areas: set.nodes.map((area) => ({
      code: area.code,
      maxPoints: fromMilli(current.nodes.get(area.code)?.maxMilli ?? 0),
      selfPoints: fromMilli(self.nodes.get(area.code)?.pointsMilli ?? 0),
      points: fromMilli(current.nodes.get(area.code)?.pointsMilli ?? 0),
    })),
  };
}
