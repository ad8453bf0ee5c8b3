/** The OpenAPI schema of a `par-index.results/v1` document (the type lives in libs/scoring). */
export const RESULTS_V1_SCHEMA = {
  type: 'object',
  description: '`par-index.results/v1`',
  properties: {
    format: { type: 'string', enum: ['par-index.results/v1'] },
    criteriaSet: { type: 'string' },
    units: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          group: { type: 'string' },
          points: { type: 'number' },
          maxPoints: { type: 'number' },
          index: { type: 'number', nullable: true },
          rank: { type: 'integer', nullable: true },
          band: { type: 'string', nullable: true },
          missing: { type: 'array', items: { type: 'string' } },
          nodes: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              properties: {
                points: { type: 'number' },
                maxPoints: { type: 'number' },
                index: { type: 'number', nullable: true },
              },
            },
          },
        },
      },
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
  ...RESULTS_V1_SCHEMA,
  description: '`par-index.results/v1`, `warnings` and the immutable `snapshot` this compute stored',
  required: ['format', 'criteriaSet', 'units', 'warnings', 'snapshot'],
  properties: {
    ...RESULTS_V1_SCHEMA.properties,
    warnings: WARNINGS_SCHEMA,
    snapshot: SNAPSHOT_SUMMARY_SCHEMA,
  },
};

/** One stored snapshot: its summary, warnings, input hashes and results/v1. */
export const SNAPSHOT_SCHEMA = {
  type: 'object',
  required: [...SNAPSHOT_SUMMARY_SCHEMA.required, 'warnings', 'inputHashes', 'results'],
  properties: {
    ...SNAPSHOT_SUMMARY_SCHEMA.properties,
    warnings: WARNINGS_SCHEMA,
    inputHashes: { type: 'object', additionalProperties: { type: 'string' } },
    results: RESULTS_V1_SCHEMA,
  },
};
