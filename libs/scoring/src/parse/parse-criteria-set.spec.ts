import criteriaSetJson from '../__fixtures__/example/criteria-set.json';
import { parseCriteriaSet } from './parse-criteria-set';

type Json = Record<string, unknown>;

/** A valid set to break one piece at a time. */
function baseSet(): Json {
  return {
    format: 'par-index.criteria-set/v1',
    code: 'SO-2026',
    name: 'Bộ tiêu chí các sở',
    year: 2026,
    unitType: 'department',
    bands: [
      { code: 'XS', label: 'Xuất sắc', minIndex: 90 },
      { code: 'K', label: 'Khá', minIndex: 70 },
    ],
    adjustments: { bonusMax: 2, penaltyMax: 5 },
    nodes: [
      {
        code: '1',
        title: 'Chỉ đạo, điều hành',
        maxPoints: 3,
        children: [
          { code: '1.1', title: 'Kế hoạch', maxPoints: 1, source: 'assessment', rule: { kind: 'boolean' } },
          {
            code: '1.2',
            title: 'Hoàn thành',
            maxPoints: 2,
            source: 'assessment',
            rule: { kind: 'tiers', tiers: [{ min: 100, points: 2 }], otherwise: 0 },
          },
        ],
      },
    ],
  };
}

/** The base set with node 1.2 (or 1.1) replaced by `node`'s fields. */
function withLeaf(fields: Json, code = '1.2'): Json {
  const set = baseSet();
  const area = (set.nodes as Json[])[0];
  area.children = (area.children as Json[]).map((child) =>
    child.code === code ? { ...child, ...fields } : child,
  );
  return set;
}

function issuesOf(input: unknown) {
  const result = parseCriteriaSet(input);
  if (result.ok) return [];
  return result.issues.map(({ code, node, path }) => ({ code, node, path }));
}

describe('parseCriteriaSet', () => {
  it('parses the reference example into exact thousandths', () => {
    const result = parseCriteriaSet(criteriaSetJson);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const set = result.value;
    expect(set.code).toBe('VD-SO-2026');
    expect(set.maxMilli).toBe(10000);
    expect(set.allNodes.map((node) => node.code)).toEqual([
      '1',
      '1.1',
      '1.2',
      '1.3',
      '2',
      '2.1',
      '2.2',
      '3',
      '3.1',
    ]);
    expect(set.leaves.map((leaf) => leaf.code)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '3.1']);
    expect(set.bands.map((band) => [band.code, band.minIndexCenti])).toEqual([
      ['XS', 9000],
      ['T', 8000],
      ['K', 7000],
      ['TB', 5000],
      ['Y', 0],
    ]);
    expect(set.adjustments).toEqual({ bonusMaxMilli: 1000, penaltyMaxMilli: 2000 });
    expect(set.nodesByCode.get('1.3')).toMatchObject({
      type: 'leaf',
      depth: 2,
      parentCode: '1',
      maxMilli: 1000,
      rule: { kind: 'deduction', perItemMilli: 250 },
    });
  });

  it('reads points from numeric strings as well', () => {
    const result = parseCriteriaSet(
      withLeaf({ maxPoints: '2.000', rule: { kind: 'deduction', perItem: '0.125' } }),
    );
    expect(result.ok && result.value.nodesByCode.get('1.2')).toMatchObject({
      maxMilli: 2000,
      rule: { perItemMilli: 125 },
    });
  });

  it('sorts bands by threshold, highest first, and allows sets without bands or adjustments', () => {
    const set = baseSet();
    set.bands = [
      { code: 'K', label: 'Khá', minIndex: 70 },
      { code: 'XS', label: 'Xuất sắc', minIndex: 90.5 },
    ];
    const sorted = parseCriteriaSet(set);
    expect(sorted.ok && sorted.value.bands.map((band) => band.minIndexCenti)).toEqual([9050, 7000]);
    delete set.bands;
    delete set.adjustments;
    const bare = parseCriteriaSet(set);
    expect(bare.ok && [bare.value.bands, bare.value.adjustments]).toEqual([[], null]);
  });

  it('defaults a leaf source from its rule', () => {
    const result = parseCriteriaSet(withLeaf({ source: undefined, rule: { kind: 'survey' } }));
    expect(result.ok && result.value.nodesByCode.get('1.2')).toMatchObject({ source: 'survey' });
  });

  it.each<[string, unknown, { code: string; node?: string; path?: string }[]]>([
    ['not an object', 42, [{ code: 'INVALID_FIELD', node: undefined, path: '' }]],
    [
      'wrong format',
      { ...baseSet(), format: 'par-index.criteria-set/v2' },
      [{ code: 'INVALID_FORMAT', path: '/format' }],
    ],
    ['year not an integer', { ...baseSet(), year: '2026' }, [{ code: 'INVALID_FIELD', path: '/year' }]],
    ['empty code', { ...baseSet(), code: '' }, [{ code: 'INVALID_FIELD', path: '/code' }]],
    ['no nodes', { ...baseSet(), nodes: [] }, [{ code: 'INVALID_FIELD', path: '/nodes' }]],
    [
      'branch max ≠ Σ children',
      { ...baseSet(), nodes: [{ ...(baseSet().nodes as Json[])[0], maxPoints: 4 }] },
      [{ code: 'MAX_POINTS_MISMATCH', node: '1', path: '/nodes/0/maxPoints' }],
    ],
    [
      'more than 3 decimals in points',
      withLeaf({ maxPoints: 1.2345 }),
      // the area sum cannot be checked once a child max is unreadable
      [{ code: 'INVALID_DECIMAL', node: '1.2', path: '/nodes/0/children/1/maxPoints' }],
    ],
    [
      'negative max',
      withLeaf({ maxPoints: -1 }),
      [{ code: 'POINTS_OUT_OF_RANGE', node: '1.2', path: '/nodes/0/children/1/maxPoints' }],
    ],
    [
      'duplicate code',
      withLeaf({ code: '1.1' }),
      [{ code: 'DUPLICATE_CODE', node: '1.1', path: '/nodes/0/children/1/code' }],
    ],
    [
      'leaf without rule',
      withLeaf({ rule: undefined }),
      [{ code: 'MISSING_RULE', node: '1.2', path: '/nodes/0/children/1/rule' }],
    ],
    [
      'unknown rule kind',
      withLeaf({ rule: { kind: 'lottery' } }),
      [{ code: 'UNKNOWN_RULE', node: '1.2', path: '/nodes/0/children/1/rule/kind' }],
    ],
    [
      'tier points above max',
      withLeaf({ rule: { kind: 'tiers', tiers: [{ min: 90, points: 3 }] } }),
      [{ code: 'POINTS_OUT_OF_RANGE', node: '1.2', path: '/nodes/0/children/1/rule/tiers/0/points' }],
    ],
    [
      'otherwise below 0',
      withLeaf({ rule: { kind: 'tiers', tiers: [{ min: 90, points: 1 }], otherwise: -0.5 } }),
      [{ code: 'POINTS_OUT_OF_RANGE', node: '1.2', path: '/nodes/0/children/1/rule/otherwise' }],
    ],
    [
      'tier without bound',
      withLeaf({ rule: { kind: 'tiers', tiers: [{ points: 1 }] } }),
      [{ code: 'INVALID_RULE', node: '1.2', path: '/nodes/0/children/1/rule/tiers/0' }],
    ],
    [
      'tier min above max',
      withLeaf({ rule: { kind: 'tiers', tiers: [{ min: 90, max: 80, points: 1 }] } }),
      [{ code: 'INVALID_RULE', node: '1.2', path: '/nodes/0/children/1/rule/tiers/0' }],
    ],
    [
      'no tiers',
      withLeaf({ rule: { kind: 'tiers', tiers: [] } }),
      [{ code: 'INVALID_RULE', node: '1.2', path: '/nodes/0/children/1/rule/tiers' }],
    ],
    [
      'ratio target 0',
      withLeaf({ rule: { kind: 'ratio', target: 0 } }),
      [{ code: 'INVALID_RULE', node: '1.2', path: '/nodes/0/children/1/rule/target' }],
    ],
    [
      'deduction per item 0',
      withLeaf({ rule: { kind: 'deduction', perItem: 0 } }),
      [{ code: 'INVALID_RULE', node: '1.2', path: '/nodes/0/children/1/rule/perItem' }],
    ],
    [
      'survey option above 100 %',
      withLeaf({ source: 'survey', rule: { kind: 'survey', options: [{ code: 'A', percent: 120 }] } }),
      [{ code: 'VALUE_OUT_OF_RANGE', node: '1.2', path: '/nodes/0/children/1/rule/options/0/percent' }],
    ],
    [
      'survey option code twice',
      withLeaf({
        source: 'survey',
        rule: {
          kind: 'survey',
          options: [
            { code: 'A', percent: 100 },
            { code: 'A', percent: 50 },
          ],
        },
      }),
      [{ code: 'DUPLICATE_CODE', node: '1.2', path: '/nodes/0/children/1/rule/options/1/code' }],
    ],
    [
      'every survey option excluded',
      withLeaf({
        source: 'survey',
        rule: { kind: 'survey', options: [{ code: 'E', percent: 0, excluded: true }] },
      }),
      [{ code: 'INVALID_RULE', node: '1.2', path: '/nodes/0/children/1/rule/options' }],
    ],
    [
      'survey rule on an assessment leaf',
      withLeaf({ source: 'assessment', rule: { kind: 'survey' } }),
      [{ code: 'SOURCE_MISMATCH', node: '1.2', path: '/nodes/0/children/1/source' }],
    ],
    [
      'unknown source',
      withLeaf({ source: 'rumour' }),
      [{ code: 'INVALID_FIELD', node: '1.2', path: '/nodes/0/children/1/source' }],
    ],
    [
      'unknown rule field (typo)',
      withLeaf({ rule: { kind: 'tiers', tiers: [{ min: 100, points: 2 }], otherwize: 1 } }),
      [{ code: 'UNKNOWN_FIELD', node: '1.2', path: '/nodes/0/children/1/rule/otherwize' }],
    ],
    [
      'rule on a branch',
      { ...baseSet(), nodes: [{ ...(baseSet().nodes as Json[])[0], rule: { kind: 'manual' } }] },
      [{ code: 'RULE_ON_BRANCH', node: '1', path: '/nodes/0/rule' }],
    ],
    [
      'band threshold above 100 and with 3 decimals',
      {
        ...baseSet(),
        bands: [
          { code: 'A', label: 'A', minIndex: 101 },
          { code: 'B', label: 'B', minIndex: 50.125 },
        ],
      },
      [
        { code: 'VALUE_OUT_OF_RANGE', path: '/bands/0/minIndex' },
        { code: 'INVALID_DECIMAL', path: '/bands/1/minIndex' },
      ],
    ],
    [
      'negative adjustment cap',
      { ...baseSet(), adjustments: { bonusMax: -1, penaltyMax: 5 } },
      [{ code: 'POINTS_OUT_OF_RANGE', path: '/adjustments/bonusMax' }],
    ],
  ])('reports %s', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected.map((issue) => ({ node: undefined, ...issue })));
  });

  it('reports three independent errors at once, each with its node', () => {
    const set = baseSet();
    const area = (set.nodes as Json[])[0];
    area.maxPoints = 5;
    area.children = [
      { code: '1.1', title: 'Kế hoạch', maxPoints: 1, rule: { kind: 'guess' } },
      {
        code: '1.2',
        title: 'Hoàn thành',
        maxPoints: 2,
        rule: { kind: 'tiers', tiers: [{ min: 1, points: 9 }] },
      },
      { code: '1.3', title: 'Báo cáo', maxPoints: 2, rule: { kind: 'manual' } },
    ];
    (set.nodes as Json[]).push({
      code: '2',
      title: 'Thủ tục',
      maxPoints: 2,
      children: [{ code: '2.1', title: 'x', maxPoints: 1, rule: { kind: 'manual' } }],
    });
    expect(issuesOf(set).map(({ code, node }) => [code, node])).toEqual([
      ['UNKNOWN_RULE', '1.1'],
      ['POINTS_OUT_OF_RANGE', '1.2'],
      ['MAX_POINTS_MISMATCH', '2'],
    ]);
  });

  /** The base set with area 1 replaced: its max and children (1.1 boolean 1, 1.2 tiers 2 unless given). */
  function withArea(maxPoints: unknown, children: unknown[]): Json {
    const set = baseSet();
    set.nodes = [{ code: '1', title: 'Chỉ đạo, điều hành', maxPoints, children }];
    return set;
  }
  const leaf11 = { code: '1.1', title: 'Kế hoạch', maxPoints: 1, rule: { kind: 'boolean' } };
  const leaf12 = {
    code: '1.2',
    title: 'Hoàn thành',
    maxPoints: 2,
    rule: { kind: 'tiers', tiers: [{ min: 100, points: 2 }] },
  };
  const tierOverMax = { ...leaf12, rule: { kind: 'tiers', tiers: [{ min: 100, points: 3 }] } };

  it.each<[string, Json, [string, string | undefined, string][]]>([
    [
      'a sum mismatch next to tier points over the max inside the area, and an unknown rule',
      withArea(4, [{ ...leaf11, rule: { kind: 'guess' } }, tierOverMax]),
      [
        ['UNKNOWN_RULE', '1.1', '/nodes/0/children/0/rule/kind'],
        ['POINTS_OUT_OF_RANGE', '1.2', '/nodes/0/children/1/rule/tiers/0/points'],
        ['MAX_POINTS_MISMATCH', '1', '/nodes/0/maxPoints'],
      ],
    ],
    [
      'a sum mismatch next to a child without a title',
      withArea(4, [leaf11, { ...leaf12, title: undefined }]),
      [
        ['INVALID_FIELD', '1.2', '/nodes/0/children/1/title'],
        ['MAX_POINTS_MISMATCH', '1', '/nodes/0/maxPoints'],
      ],
    ],
    [
      'a sum mismatch next to a child without a rule',
      withArea(2.5, [leaf11, { ...leaf12, rule: undefined }]),
      [
        ['MISSING_RULE', '1.2', '/nodes/0/children/1/rule'],
        ['MAX_POINTS_MISMATCH', '1', '/nodes/0/maxPoints'],
      ],
    ],
    [
      'a sum mismatch at two levels, with a bad rule deep inside',
      withArea(5, [
        {
          code: '1.1',
          title: 'Kế hoạch',
          maxPoints: 2,
          children: [
            { ...leaf11, code: '1.1.1', rule: { kind: 'ratio', target: 0 } },
            { ...leaf12, code: '1.1.2' },
          ],
        },
        leaf12,
      ]),
      [
        ['INVALID_RULE', '1.1.1', '/nodes/0/children/0/children/0/rule/target'],
        ['MAX_POINTS_MISMATCH', '1.1', '/nodes/0/children/0/maxPoints'],
        ['MAX_POINTS_MISMATCH', '1', '/nodes/0/maxPoints'],
      ],
    ],
    [
      'a sum mismatch on a branch without a code',
      { ...baseSet(), nodes: [{ title: 'Không mã', maxPoints: 4, children: [leaf11, tierOverMax] }] },
      [
        ['INVALID_FIELD', undefined, '/nodes/0/code'],
        ['POINTS_OUT_OF_RANGE', '1.2', '/nodes/0/children/1/rule/tiers/0/points'],
        ['MAX_POINTS_MISMATCH', undefined, '/nodes/0/maxPoints'],
      ],
    ],
    [
      'no sum check when a child max is unreadable',
      withArea(4, [leaf11, { ...tierOverMax, maxPoints: 'hai' }]),
      [['INVALID_DECIMAL', '1.2', '/nodes/0/children/1/maxPoints']],
    ],
    [
      'no sum check when a child is not an object',
      withArea(4, [leaf11, 'x']),
      [['INVALID_FIELD', undefined, '/nodes/0/children/1']],
    ],
    [
      'no sum check when the branch max is unreadable',
      withArea(-4, [leaf11, tierOverMax]),
      [
        ['POINTS_OUT_OF_RANGE', '1', '/nodes/0/maxPoints'],
        ['POINTS_OUT_OF_RANGE', '1.2', '/nodes/0/children/1/rule/tiers/0/points'],
      ],
    ],
  ])('reports every problem: %s', (_name, input, expected) => {
    expect(issuesOf(input).map(({ code, node, path }) => [code, node, path])).toEqual(expected);
  });

  it('gives every issue a Vietnamese and an English message naming the node', () => {
    const result = parseCriteriaSet({
      ...baseSet(),
      nodes: [{ ...(baseSet().nodes as Json[])[0], maxPoints: 3.5 }],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'MAX_POINTS_MISMATCH',
          node: '1',
          path: '/nodes/0/maxPoints',
          message: 'Nút 1: điểm tối đa 3,5 khác tổng điểm tối đa của các nút con 3.',
          messageEn: "Node 1: maxPoints 3.5 differs from the sum of its children's maxPoints 3.",
        },
      ],
    });
  });

  it('refuses trees deeper than 12 levels instead of exhausting the stack', () => {
    let node: Json = { code: 'leaf', title: 't', maxPoints: 1, rule: { kind: 'manual' } };
    for (let depth = 0; depth < 20; depth += 1) {
      node = { code: `n${depth}`, title: 't', maxPoints: 1, children: [node] };
    }
    const codes = issuesOf({ ...baseSet(), nodes: [node] }).map((issue) => issue.code);
    expect(codes).toEqual(['INVALID_FIELD']);
  });
});
