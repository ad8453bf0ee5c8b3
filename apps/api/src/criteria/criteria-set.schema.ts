import type { SchemaObject } from '@nestjs/swagger';

const decimal: SchemaObject = {
  oneOf: [{ type: 'number' }, { type: 'string', pattern: '^\\d+(\\.\\d{1,3})?$' }],
  description: 'Decimal with at most 3 fractional digits (JSON number or numeric string)',
};

const rule: SchemaObject = {
  type: 'object',
  required: ['kind'],
  description:
    'manual (only `points`) · boolean (true → max) · tiers (first matching {min|max, points}, else `otherwise`) · ratio (max × min(1, value/target)) · deduction (max − perItem × count, ≥ 0) · survey (max × weighted option percent)',
  properties: {
    kind: { type: 'string', enum: ['manual', 'boolean', 'tiers', 'ratio', 'deduction', 'survey'] },
    tiers: {
      type: 'array',
      items: {
        type: 'object',
        properties: { min: decimal, max: decimal, points: decimal, label: { type: 'string' } },
      },
    },
    otherwise: decimal,
    target: decimal,
    perItem: decimal,
    options: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'percent'],
        properties: {
          code: { type: 'string' },
          percent: decimal,
          excluded: { type: 'boolean' },
          label: { type: 'string' },
        },
      },
    },
  },
};

const node: SchemaObject = {
  type: 'object',
  required: ['code', 'title', 'maxPoints'],
  properties: {
    code: { type: 'string', example: '1.2' },
    title: { type: 'string', example: 'Mức độ hoàn thành kế hoạch CCHC' },
    maxPoints: decimal,
    source: { type: 'string', enum: ['assessment', 'survey'] },
    rule,
    guidance: { type: 'string' },
    evidence: { type: 'string' },
    leadAgency: {
      type: 'string',
      description: 'Unit code of the appraising agency (inherited by descendants)',
    },
    responsibleAgency: {
      type: 'string',
      description:
        'The agency that manages the field and must fix lost points (unit code or name; inherited by descendants; lost points fall back to the lead agency)',
    },
    notApplicableAllowed: {
      type: 'boolean',
      description:
        'Leaves: the unit may mark it not applicable in self-assessment, with a note (default false)',
    },
    indicator: {
      type: 'string',
      description:
        'Leaves: name of the indicator a provincial system pushes into it (only such leaves receive pushes)',
    },
    children: {
      type: 'array',
      items: { type: 'object', additionalProperties: true, description: 'Nodes, recursively' },
    },
  },
};

/** `par-index.criteria-set/v1`, for the Swagger page (the API validates with libs/scoring, not this schema). */
export const CRITERIA_SET_V1_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['format', 'code', 'name', 'year', 'unitType', 'nodes'],
  properties: {
    format: { type: 'string', enum: ['par-index.criteria-set/v1'] },
    code: { type: 'string', example: 'SO-2026' },
    name: { type: 'string', example: 'Bộ tiêu chí các sở, ban, ngành năm 2026' },
    year: { type: 'integer', example: 2026 },
    unitType: { type: 'string', example: 'department' },
    bands: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'label', 'minIndex'],
        properties: { code: { type: 'string' }, label: { type: 'string' }, minIndex: { type: 'number' } },
      },
    },
    adjustments: { type: 'object', properties: { bonusMax: decimal, penaltyMax: decimal } },
    nodes: { type: 'array', items: node },
  },
};
