import { CRITERIA_SET_FORMAT } from '@par/scoring';
import { criteriaSetStats } from './criteria-set-stats';

describe('criteriaSetStats', () => {
  it('counts areas, criteria (depth 2), leaves and splits points by source', () => {
    expect(
      criteriaSetStats({
        format: CRITERIA_SET_FORMAT,
        code: 'T',
        name: 't',
        year: 2026,
        unitType: 'department',
        nodes: [
          {
            code: '1',
            title: 'a',
            maxPoints: 1.3,
            children: [
              { code: '1.1', title: 'b', maxPoints: 0.1, rule: { kind: 'boolean' } },
              { code: '1.2', title: 'c', maxPoints: 0.2, source: 'survey', rule: { kind: 'survey' } },
              {
                code: '1.3',
                title: 'd',
                maxPoints: 1,
                children: [
                  { code: '1.3.1', title: 'e', maxPoints: 1, rule: { kind: 'deduction', perItem: 0.5 } },
                ],
              },
            ],
          },
          { code: '2', title: 'f', maxPoints: 0.7, rule: { kind: 'manual' } },
        ],
      }),
    ).toEqual({
      areas: 2,
      criteria: 3,
      leaves: 4,
      surveyLeaves: 1,
      assessmentPoints: 1.8,
      surveyPoints: 0.2,
      ruleKinds: { boolean: 1, survey: 1, deduction: 1, manual: 1 },
    });
  });
});
