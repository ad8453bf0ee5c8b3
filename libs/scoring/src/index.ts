// @par/scoring — the one public entry. Pure TypeScript, no runtime dependencies, Node and browser.
// Formulas, rounding points and error codes: libs/scoring/README.md.

// v1 interchange formats (JSON shapes)
export {
  ASSESSMENTS_FORMAT,
  CRITERIA_SET_FORMAT,
  RESULTS_FORMAT,
  type AdjustmentsV1,
  type AssessmentsV1,
  type BandV1,
  type CriteriaNodeV1,
  type CriteriaSetV1,
  type DecimalV1,
  type LeafInputV1,
  type LeafSource,
  type NodeResultV1,
  type ResultsV1,
  type RuleKind,
  type RuleV1,
  type SurveyOptionV1,
  type TierV1,
  type UnitAssessmentV1,
  type UnitResultV1,
} from './model/interchange-v1.types';

// exact model
export type {
  Adjustments,
  Band,
  BranchNode,
  CriteriaNode,
  CriteriaSet,
  ExactDecimal,
  LeafNode,
  Rule,
  SurveyOption,
  Tier,
} from './model/criteria-set.types';
export type {
  Assessments,
  LeafInput,
  Measure,
  MeasureKind,
  UnitInput,
  ValueMeasure,
} from './model/assessments.types';
export type {
  AdjustmentScore,
  Fraction,
  LeafExplanation,
  LeafScore,
  NodeScore,
  RankingOptions,
  ScoredUnit,
  ScoringOptions,
  TieBreaker,
  UnitScore,
} from './model/score.types';
export {
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  type IssueLocation,
  type ParseResult,
} from './model/issue.types';
export type {
  AgencyLostPoints,
  PenaltyLostPoints,
  AreaMaxChange,
  CriteriaField,
  CriteriaFieldChange,
  CriteriaNodeChange,
  CriteriaNodeSummary,
  CriteriaSetDiff,
  LostPointsLevel,
  LostPointsReport,
  LostPointsRow,
  RobustnessOptions,
  RobustnessReport,
  UnitRobustness,
  UnitYearChange,
  YearComparison,
} from './model/analysis.types';

// parsing and validation
export { parseCriteriaSet } from './parse/parse-criteria-set';
export { parseAssessments } from './parse/parse-assessments';
export { parseLeafInput } from './parse/parse-leaf-input';
export { parseBands } from './parse/parse-bands';
export { validateRule } from './parse/validate-rule';

// rules: canonical v1 JSON and the text form (Excel column "Phương pháp chấm điểm")
export { canonicalRuleV1 } from './rule/canonical-rule-v1';
export { formatRuleText } from './rule/format-rule-text';
export { parseRuleText } from './rule/parse-rule-text';

// scoring, ranking, results
export { scoreLeaf } from './score/score-leaf';
export { scoreUnit } from './score/score-unit';
export { scoreUnits } from './score/score-units';
export { rankUnits } from './score/rank-units';
export { assignBand } from './score/assign-band';
export { computeIndex } from './score/compute-index';
export { buildResults } from './score/build-results';
export { computeResults } from './score/compute-results';

// explanations
export { describeLeafScore } from './explain/describe-leaf-score';

// analyses
export { lostPoints } from './analysis/lost-points';
export { nodeAgencies, type NodeAgencies } from './analysis/node-agencies';
export {
  strengthsAndWeaknesses,
  type NodeStanding,
  type StrengthsOptions,
  type UnitStrengths,
} from './analysis/strengths-weaknesses';
export { compareYears } from './analysis/compare-years';
export { rankRobustness } from './analysis/rank-robustness';
export { createRandom, type RandomSource } from './analysis/create-random';
export { diffCriteriaSets } from './analysis/diff-criteria-sets';

// surveys
export { surveySampleSize } from './survey/survey-sample-size';

// exact decimals
export { toMilli } from './decimal/to-milli';
export { fromMilli } from './decimal/from-milli';
export { fromCenti } from './decimal/from-centi';
export { parseExactDecimal } from './decimal/parse-exact-decimal';
export { decimalToJson } from './decimal/decimal-to-json';
export { formatPoints } from './decimal/format-points';
export { formatIndex } from './decimal/format-index';
export { formatFraction } from './decimal/format-fraction';
export type { Locale, ScaledFormatOptions } from './decimal/format-scaled';
