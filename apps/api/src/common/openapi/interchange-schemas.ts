/**
 * The v1 interchange formats as named OpenAPI schemas (`CriteriaSetV1`, `AssessmentsV1`, `ResultsV1`,
 * `SurveyFormsV1` and their parts), written once against the TypeScript types of libs/scoring: each object
 * schema lists exactly the fields of its type (`objectOf<T>` — the build fails when a type gains or loses a
 * field), so the document cannot drift from what the parsers read. Routes refer to them with
 * `interchangeRef(...)`; openapi-truth.ts adds them to the document with an example from the demo
 * province (interchange-examples.ts), which the OpenAPI linter validates against these schemas.
 */
import type { SchemaObject } from '@nestjs/swagger';
import {
  ASSESSMENTS_FORMAT,
  CRITERIA_SET_FORMAT,
  RESULTS_FORMAT,
  type AdjustmentsV1,
  type AssessmentsV1,
  type BandV1,
  type CriteriaNodeV1,
  type CriteriaSetV1,
  type LeafInputV1,
  type NodeResultV1,
  type ResultsV1,
  type RuleV1,
  type SurveyOptionV1,
  type TierV1,
  type UnitAssessmentV1,
  type UnitResultV1,
} from '@par/scoring';
import { MAX_FORMS_PER_FILE, SURVEY_FORMS_FORMAT } from '../../survey/survey-form-file';

/** One paper or online form of a `par-index.survey-forms/v1` file (survey-form-file.ts reads it). */
export interface SurveyFormV1 {
  readonly serial: string;
  readonly group: string;
  readonly unit: string;
  /** Leaf code → option code; a skipped question is absent. */
  readonly answers: Readonly<Record<string, string>>;
}

export interface SurveyFormsV1 {
  readonly format: typeof SURVEY_FORMS_FORMAT;
  readonly forms: readonly SurveyFormV1[];
}

type Schema = SchemaObject & { $ref?: string };
/** The formats shown with an example, and their parts, by name. */
export type InterchangeSchemaName = 'CriteriaSetV1' | 'AssessmentsV1' | 'ResultsV1' | 'SurveyFormsV1';
type RuleVariant =
  'RuleManualV1' | 'RuleBooleanV1' | 'RuleTiersV1' | 'RuleRatioV1' | 'RuleDeductionV1' | 'RuleSurveyV1';
type PartName =
  | 'DecimalV1'
  | 'TierV1'
  | 'SurveyOptionV1'
  | 'RuleV1'
  | 'CriteriaNodeV1'
  | 'BandV1'
  | 'AdjustmentsV1'
  | 'LeafInputV1'
  | 'UnitAssessmentV1'
  | 'NodeResultV1'
  | 'UnitResultV1'
  | 'SurveyFormV1';
const ref = (name: InterchangeSchemaName | PartName | RuleVariant): Schema => ({
  $ref: `#/components/schemas/${name}`,
});

/**
 * An object schema whose `properties` are exactly the fields of `T` and whose `required` are fields of `T`
 * (TypeScript refuses a missing or an unknown field). Unknown members are refused by the parsers
 * (`UNKNOWN_KEY`), so `additionalProperties: false`.
 */
function objectOf<T>(spec: {
  description?: string;
  required: ReadonlyArray<keyof T & string>;
  properties: { [K in keyof T & string]-?: Schema };
  /** Outputs other answers extend (compute adds `warnings`, `snapshot`) stay open. */
  open?: boolean;
}): Schema & { properties: Record<string, Schema> } {
  return {
    type: 'object',
    ...(spec.description ? { description: spec.description } : {}),
    required: [...spec.required],
    ...(spec.open ? {} : { additionalProperties: false }),
    properties: spec.properties,
  };
}

const CODE = { type: 'string', minLength: 1, example: 'SO-2026' } satisfies Schema;
/** Free text: the parsers set no length limit on these (the tree's depth, ≤ 12, and the counts are limited). */
const TEXT = (): Schema => ({ type: 'string' });

const DecimalV1: Schema = {
  description:
    'Số thập phân tối đa 3 chữ số sau dấu phẩy (số JSON hoặc chuỗi) / Decimal with at most 3 fractional digits, as a JSON number or a numeric string; read from its text, never as a float',
  oneOf: [{ type: 'number' }, { type: 'string', pattern: '^-?\\d+(\\.\\d{1,3})?$' }],
};

const TierV1Schema = objectOf<TierV1>({
  description: 'Matches when value ≥ min (and ≤ max when both are given)',
  required: ['points'],
  properties: { min: ref('DecimalV1'), max: ref('DecimalV1'), points: ref('DecimalV1'), label: TEXT() },
});

const SurveyOptionV1Schema = objectOf<SurveyOptionV1>({
  required: ['code', 'percent'],
  properties: {
    code: { type: 'string', minLength: 1, example: 'A' },
    percent: { allOf: [ref('DecimalV1')], description: 'Share of the leaf’s max this answer earns, 0..100' },
    excluded: { type: 'boolean', description: '“Không biết” and the like: not counted at all' },
    label: TEXT(),
  },
});

type RuleOf<K extends RuleV1['kind']> = Extract<RuleV1, { kind: K }>;
const kind = (k: RuleV1['kind']): Schema => ({ type: 'string', enum: [k] });
const RULE_VARIANTS: Record<RuleVariant, Schema> = {
  RuleManualV1: objectOf<RuleOf<'manual'>>({ required: ['kind'], properties: { kind: kind('manual') } }),
  RuleBooleanV1: objectOf<RuleOf<'boolean'>>({ required: ['kind'], properties: { kind: kind('boolean') } }),
  RuleTiersV1: objectOf<RuleOf<'tiers'>>({
    required: ['kind', 'tiers'],
    properties: {
      kind: kind('tiers'),
      tiers: { type: 'array', minItems: 1, items: ref('TierV1') },
      otherwise: ref('DecimalV1'),
    },
  }),
  RuleRatioV1: objectOf<RuleOf<'ratio'>>({
    required: ['kind'],
    properties: { kind: kind('ratio'), target: ref('DecimalV1') },
  }),
  RuleDeductionV1: objectOf<RuleOf<'deduction'>>({
    required: ['kind', 'perItem'],
    properties: { kind: kind('deduction'), perItem: ref('DecimalV1') },
  }),
  RuleSurveyV1: objectOf<RuleOf<'survey'>>({
    required: ['kind'],
    properties: {
      kind: kind('survey'),
      options: { type: 'array', minItems: 1, maxItems: 20, items: ref('SurveyOptionV1') },
    },
  }),
};
const RULE_KINDS: Record<RuleV1['kind'], RuleVariant> = {
  manual: 'RuleManualV1',
  boolean: 'RuleBooleanV1',
  tiers: 'RuleTiersV1',
  ratio: 'RuleRatioV1',
  deduction: 'RuleDeductionV1',
  survey: 'RuleSurveyV1',
};
const RuleV1Schema: Schema = {
  description:
    'manual (only `points`) · boolean (true → max) · tiers (first matching {min|max, points}, else `otherwise`) · ratio (max × min(1, value/target)) · deduction (max − perItem × count, ≥ 0) · survey (max × weighted option percent)',
  oneOf: Object.values(RULE_KINDS).map((name) => ref(name)),
  discriminator: {
    propertyName: 'kind',
    mapping: Object.fromEntries(
      Object.entries(RULE_KINDS).map(([k, name]) => [k, `#/components/schemas/${name}`]),
    ),
  },
};

const CriteriaNodeV1Schema = objectOf<CriteriaNodeV1>({
  description: 'A node of the tree: an area, a criterion or a leaf (a node without children)',
  required: ['code', 'title', 'maxPoints'],
  properties: {
    code: { type: 'string', minLength: 1, example: '1.2' },
    title: { ...TEXT(), example: 'Mức độ hoàn thành kế hoạch CCHC' },
    maxPoints: ref('DecimalV1'),
    source: {
      type: 'string',
      enum: ['assessment', 'survey'],
      description: 'Leaves only; defaults to `survey` for a survey rule, else `assessment`',
    },
    rule: ref('RuleV1'),
    children: { type: 'array', items: ref('CriteriaNodeV1'), description: 'At most 12 levels deep' },
    guidance: TEXT(),
    evidence: TEXT(),
    leadAgency: { ...TEXT(), description: 'Unit code of the appraising agency (inherited by descendants)' },
    responsibleAgency: {
      ...TEXT(),
      description:
        'The agency that manages the field and must fix lost points (unit code or name; inherited; lost points fall back to the lead agency)',
    },
    notApplicableAllowed: {
      type: 'boolean',
      description: 'Leaves: the unit may mark it not applicable, with a note (default false)',
    },
    indicator: {
      ...TEXT(),
      description:
        'Leaves: the indicator a provincial system pushes into it (only such leaves receive pushes)',
    },
  },
});

const BandV1Schema = objectOf<BandV1>({
  required: ['code', 'label', 'minIndex'],
  properties: {
    code: { type: 'string', minLength: 1, example: 'XS' },
    label: { ...TEXT(), example: 'Xuất sắc' },
    minIndex: { allOf: [ref('DecimalV1')], description: 'Index threshold 0..100 with at most 2 decimals' },
  },
});

const AdjustmentsV1Schema = objectOf<AdjustmentsV1>({
  description: 'Bonus and penalty points the set allows (absent: none)',
  required: ['bonusMax', 'penaltyMax'],
  properties: { bonusMax: ref('DecimalV1'), penaltyMax: ref('DecimalV1') },
});

const CriteriaSetV1Schema = objectOf<CriteriaSetV1>({
  description:
    '`par-index.criteria-set/v1`: bộ tiêu chí / a criteria set with its tree, bands and adjustments',
  required: ['format', 'code', 'name', 'year', 'unitType', 'nodes'],
  properties: {
    format: { type: 'string', enum: [CRITERIA_SET_FORMAT] },
    code: CODE,
    name: { ...TEXT(), example: 'Bộ tiêu chí các sở, ban, ngành năm 2026' },
    year: { type: 'integer', minimum: 1900, maximum: 9999, example: 2026 },
    unitType: { type: 'string', minLength: 1, example: 'department' },
    bands: { type: 'array', items: ref('BandV1') },
    adjustments: ref('AdjustmentsV1'),
    nodes: { type: 'array', minItems: 1, items: ref('CriteriaNodeV1') },
  },
});

const COUNT = { type: 'integer', minimum: 0, maximum: 1_000_000_000 } satisfies Schema;

const LeafInputV1Schema = objectOf<LeafInputV1>({
  description:
    'One leaf’s final input; `points` (an appraiser’s score) wins over the raw figures. Which figures a leaf takes follows its rule.',
  required: [],
  properties: {
    value: { oneOf: [{ type: 'boolean' }, ref('DecimalV1')], description: 'boolean and tiers rules' },
    numerator: ref('DecimalV1'),
    denominator: ref('DecimalV1'),
    count: { ...COUNT, description: 'deduction rule: items found' },
    counts: {
      type: 'object',
      description: 'survey rule: answers per option code',
      additionalProperties: COUNT,
    },
    meanPercent: ref('DecimalV1'),
    points: ref('DecimalV1'),
    notApplicable: { type: 'boolean' },
    comment: TEXT(),
  },
});

const UnitAssessmentV1Schema = objectOf<UnitAssessmentV1>({
  required: ['code', 'group', 'items'],
  properties: {
    code: { ...CODE, example: 'STP' },
    name: { ...TEXT(), example: 'Sở Tư pháp' },
    group: { ...CODE, example: 'departments' },
    items: {
      type: 'object',
      description: 'Keyed by leaf code',
      additionalProperties: ref('LeafInputV1'),
    },
    bonus: ref('DecimalV1'),
    penalty: ref('DecimalV1'),
  },
});

const AssessmentsV1Schema = objectOf<AssessmentsV1>({
  description: '`par-index.assessments/v1`: final (appraised) inputs per unit, keyed by leaf code',
  required: ['format', 'criteriaSet', 'units'],
  properties: {
    format: { type: 'string', enum: [ASSESSMENTS_FORMAT] },
    criteriaSet: CODE,
    units: { type: 'array', items: ref('UnitAssessmentV1') },
  },
});

const POINTS = { type: 'number', minimum: 0, description: 'At most 3 decimals' } satisfies Schema;
const INDEX = {
  type: 'number',
  nullable: true,
  minimum: 0,
  maximum: 100,
  description: 'At most 2 decimals; null when nothing applies',
} satisfies Schema;

const NodeResultV1Schema = objectOf<NodeResultV1>({
  required: ['points', 'maxPoints', 'index'],
  properties: {
    points: POINTS,
    maxPoints: { ...POINTS, description: 'Applicable max (not-applicable leaves removed), ≤ 3 decimals' },
    index: INDEX,
  },
});

const UnitResultV1Schema = objectOf<UnitResultV1>({
  required: ['code', 'group', 'points', 'maxPoints', 'index', 'rank', 'band', 'missing', 'nodes'],
  properties: {
    code: { ...CODE, example: 'STP' },
    group: { ...CODE, example: 'departments' },
    points: POINTS,
    maxPoints: POINTS,
    index: INDEX,
    rank: {
      type: 'integer',
      minimum: 1,
      nullable: true,
      description: 'Competition ranking within the group (1, 2, 2, 4); null when nothing applies',
    },
    band: { type: 'string', nullable: true, description: 'The band’s code; null when no band applies' },
    missing: {
      type: 'array',
      items: { type: 'string' },
      description: 'Leaf codes without input (or survey leaves without counted answers)',
    },
    nodes: {
      type: 'object',
      description: 'Every node of the set, leaves included, keyed by code',
      additionalProperties: ref('NodeResultV1'),
    },
  },
});

const ResultsV1Schema = objectOf<ResultsV1>({
  description: '`par-index.results/v1`: points, index, rank and band per unit, and every node’s points',
  open: true,
  required: ['format', 'criteriaSet', 'units'],
  properties: {
    format: { type: 'string', enum: [RESULTS_FORMAT] },
    criteriaSet: CODE,
    units: { type: 'array', items: ref('UnitResultV1') },
  },
});

const SurveyFormV1Schema = objectOf<SurveyFormV1>({
  required: ['serial', 'group', 'unit', 'answers'],
  properties: {
    serial: { type: 'string', minLength: 1, example: 'NK-000001' },
    group: { ...CODE, example: 'NGUOI-DAN' },
    unit: { ...CODE, example: 'VPUBND' },
    answers: {
      type: 'object',
      description: 'Leaf code → option code; a skipped question is absent',
      additionalProperties: { type: 'string' },
    },
  },
});

const SurveyFormsV1Schema = objectOf<SurveyFormsV1>({
  description:
    '`par-index.survey-forms/v1`: phiếu khảo sát giấy / paper survey forms (also accepted as CSV or .xlsx with the columns `serial, group, unit, <leaf code>…`)',
  required: ['format', 'forms'],
  properties: {
    format: { type: 'string', enum: [SURVEY_FORMS_FORMAT] },
    forms: { type: 'array', maxItems: MAX_FORMS_PER_FILE, items: ref('SurveyFormV1') },
  },
});

/** The four formats, each shown with an example. */
export const INTERCHANGE_SCHEMAS: Record<InterchangeSchemaName, ReturnType<typeof objectOf>> = {
  CriteriaSetV1: CriteriaSetV1Schema,
  AssessmentsV1: AssessmentsV1Schema,
  ResultsV1: ResultsV1Schema,
  SurveyFormsV1: SurveyFormsV1Schema,
};

/** Their parts, shared by reference. */
export const INTERCHANGE_PARTS: Record<PartName | RuleVariant, Schema> & {
  UnitResultV1: ReturnType<typeof objectOf>;
} = {
  DecimalV1,
  TierV1: TierV1Schema,
  SurveyOptionV1: SurveyOptionV1Schema,
  RuleV1: RuleV1Schema,
  ...RULE_VARIANTS,
  CriteriaNodeV1: CriteriaNodeV1Schema,
  BandV1: BandV1Schema,
  AdjustmentsV1: AdjustmentsV1Schema,
  LeafInputV1: LeafInputV1Schema,
  UnitAssessmentV1: UnitAssessmentV1Schema,
  NodeResultV1: NodeResultV1Schema,
  UnitResultV1: UnitResultV1Schema,
  SurveyFormV1: SurveyFormV1Schema,
};

/** `{ $ref }` to one of the formats, for `@ApiBody({ schema })` / `@ApiOkResponse({ schema })`. */
export const interchangeRef = (name: InterchangeSchemaName): Schema => ref(name);
