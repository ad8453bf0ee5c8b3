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
