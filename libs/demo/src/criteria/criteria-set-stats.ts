import type { CriteriaSetV1, RuleKind } from '@par/scoring';
import { collectLeaves } from './collect-leaves';
import { sumPoints } from './sum-points';

/** What a set holds, for tests, the README and a seed's printout. */
export interface CriteriaSetStats {
  readonly areas: number;
  /** Nodes of depth 2 (tiêu chí), leaves or not. */
  readonly criteria: number;
  readonly leaves: number;
  readonly surveyLeaves: number;
  readonly assessmentPoints: number;
  readonly surveyPoints: number;
  /** How many leaves use each rule kind. */
  readonly ruleKinds: Readonly<Partial<Record<RuleKind, number>>>;
}

/** Counts areas, criteria and leaves of a v1 set and splits its points by source (exactly). */
export function criteriaSetStats(set: CriteriaSetV1): CriteriaSetStats {
  const leaves = collectLeaves(set.nodes);
  const survey = leaves.filter((l) => l.source === 'survey' || l.rule?.kind === 'survey');
  const assessment = leaves.filter((l) => !survey.includes(l));
  const ruleKinds: Partial<Record<RuleKind, number>> = {};
  for (const leaf of leaves) {
    if (leaf.rule) ruleKinds[leaf.rule.kind] = (ruleKinds[leaf.rule.kind] ?? 0) + 1;
  }
  return {
    areas: set.nodes.length,
    criteria: set.nodes.reduce((n, area) => n + (area.children?.length ?? 0), 0),
    leaves: leaves.length,
    surveyLeaves: survey.length,
    assessmentPoints: sumPoints(assessment.map((l) => l.maxPoints)),
    surveyPoints: sumPoints(survey.map((l) => l.maxPoints)),
    ruleKinds,
  };
}
