import { validateRule } from './validate-rule';

function codes(rule: unknown, max: number | string) {
  const result = validateRule(rule, max);
  return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path]);
}

describe('validateRule', () => {
  it('returns the exact rule when it fits the max', () => {
    expect(
      validateRule({ kind: 'tiers', tiers: [{ min: 80, max: 100, points: 1.5, label: 'Đạt' }] }, 2),
    ).toEqual({
      ok: true,
      value: {
        kind: 'tiers',
        tiers: [
          { min: { units: 80, scale: 0 }, max: { units: 100, scale: 0 }, pointsMilli: 1500, label: 'Đạt' },
        ],
        otherwiseMilli: 0,
      },
    });
    expect(validateRule({ kind: 'ratio' }, '2.5')).toEqual({
      ok: true,
      value: { kind: 'ratio', target: { units: 100, scale: 0 } },
    });
  });

  it('puts survey option percents on one common scale', () => {
    const result = validateRule(
      {
        kind: 'survey',
        options: [
          { code: 'A', percent: 100 },
          { code: 'B', percent: 62.5 },
          { code: 'X', percent: 0, excluded: true },
        ],
      },
      3,
    );
    expect(result.ok && result.value).toMatchObject({
      kind: 'survey',
      percentUnits: [1000, 625, 0],
      percentScale: 1,
    });
  });

  it('reports every problem of a rule against its max, with paths inside the rule', () => {
    expect(
      codes(
        {
          kind: 'tiers',
          tiers: [{ min: 90, points: 2.5 }, { points: 1 }, { min: 'x', points: 1.0001 }],
          otherwise: 3,
        },
        2,
      ),
    ).toEqual([
      ['POINTS_OUT_OF_RANGE', '/tiers/0/points'],
      ['INVALID_RULE', '/tiers/1'],
      ['INVALID_DECIMAL', '/tiers/2/min'],
      ['INVALID_DECIMAL', '/tiers/2/points'],
      ['POINTS_OUT_OF_RANGE', '/otherwise'],
    ]);
  });

  it.each<[unknown, number | string, (string | undefined)[][]]>([
    [{ kind: 'boolean' }, -1, [['POINTS_OUT_OF_RANGE', '/maxPoints']]],
    [{ kind: 'boolean' }, 'two', [['INVALID_DECIMAL', '/maxPoints']]],
    ['boolean', 1, [['INVALID_FIELD', '']]],
    [{}, 1, [['UNKNOWN_RULE', '/kind']]],
    [{ kind: 'boolean', max: 1 }, 1, [['UNKNOWN_FIELD', '/max']]],
    [{ kind: 'survey', options: [] }, 1, [['INVALID_RULE', '/options']]],
    [
      { kind: 'survey', options: [{ code: 'A', percent: 33.3333 }] },
      1,
      [['INVALID_DECIMAL', '/options/0/percent']],
    ],
    [
      { kind: 'survey', options: [{ code: '', percent: 10, excluded: 'yes' }] },
      1,
      [
        ['INVALID_FIELD', '/options/0/code'],
        ['INVALID_FIELD', '/options/0/excluded'],
      ],
    ],
    [{ kind: 'deduction' }, 1, [['INVALID_DECIMAL', '/perItem']]],
    [{ kind: 'ratio', target: -5 }, 1, [['INVALID_RULE', '/target']]],
  ])('%p with max %p → %p', (rule, max, expected) => {
    expect(codes(rule, max)).toEqual(expected);
  });
});
