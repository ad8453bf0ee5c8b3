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

/** What compute answers: results/v1 and the survey's warnings. */
export const COMPUTE_SCHEMA = {
  ...RESULTS_V1_SCHEMA,
  description: '`par-index.results/v1`, and `warnings` in a period with a survey',
  properties: {
    ...RESULTS_V1_SCHEMA.properties,
    warnings: {
      type: 'array',
      description: 'Only in a period with a survey: units with fewer forms than its minimum',
      items: {
        type: 'object',
        required: ['unit', 'code', 'received', 'minimum'],
        properties: {
          unit: { type: 'string' },
          code: { type: 'string', enum: ['SURVEY_BELOW_MINIMUM'] },
          received: { type: 'integer' },
          minimum: { type: 'integer' },
        },
      },
    },
  },
};
