import {
  INTERCHANGE_PARTS,
  INTERCHANGE_SCHEMAS,
  interchangeRef,
} from '../common/openapi/interchange-schemas';

/**
 * `par-index.results/v1`'s fields, open to more members, for documents that extend it (the public feed);
 * routes answering results/v1 itself refer to the named `ResultsV1` (common/openapi/interchange-schemas.ts).
 */
export const RESULTS_V1_SCHEMA = {
  type: 'object',
  description: '`par-index.results/v1`',
  properties: {
    ...INTERCHANGE_SCHEMAS.ResultsV1.properties,
    units: {
      type: 'array',
      items: { type: 'object', properties: INTERCHANGE_PARTS.UnitResultV1.properties },
    },
  },
};

const WARNINGS_SCHEMA = {
  type: 'array',
  description:
    'Units below the survey minimum (SURVEY_BELOW_MINIMUM: received, minimum) and units with leaves without input (MISSING_LEAVES: leaves). Publishing over warnings needs an acknowledgement with a reason.',
  items: {
    type: 'object',
    required: ['unit', 'code'],
    properties: {
      unit: { type: 'string' },
      code: { type: 'string', enum: ['SURVEY_BELOW_MINIMUM', 'MISSING_LEAVES'] },
      received: { type: 'integer' },
      minimum: { type: 'integer' },
      leaves: { type: 'array', items: { type: 'string' } },
    },
  },
};

const SNAPSHOT_SUMMARY_SCHEMA = {
  type: 'object',
  required: ['id', 'seq', 'provisional', 'inputsHash', 'computedBy', 'computedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    seq: { type: 'integer' },
    provisional: { type: 'boolean' },
    inputsHash: { type: 'string', description: 'SHA-256 (hex) of every input used' },
    computedBy: { type: 'string' },
    computedAt: { type: 'string', format: 'date-time' },
  },
};

/** What compute answers: results/v1, its warnings and the snapshot stored. */
export const COMPUTE_SCHEMA = {
  description: '`par-index.results/v1`, `warnings` and the immutable `snapshot` this compute stored',
  allOf: [
    interchangeRef('ResultsV1'),
    {
      type: 'object',
      required: ['warnings', 'snapshot'],
      properties: { warnings: WARNINGS_SCHEMA, snapshot: SNAPSHOT_SUMMARY_SCHEMA },
    },
  ],
};

/** One stored snapshot: its summary, warnings, input hashes and results/v1. */
export const SNAPSHOT_SCHEMA = {
  type: 'object',
  required: [...SNAPSHOT_SUMMARY_SCHEMA.required, 'warnings', 'inputHashes', 'results'],
  properties: {
    ...SNAPSHOT_SUMMARY_SCHEMA.properties,
    warnings: WARNINGS_SCHEMA,
    inputHashes: { type: 'object', additionalProperties: { type: 'string' } },
    results: interchangeRef('ResultsV1'),
  },
};
