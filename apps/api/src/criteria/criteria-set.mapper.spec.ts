import { parseCriteriaSet, type CriteriaSetV1 } from '@par/scoring';
import { branch, criteriaSetDocument, leaf } from '../../test/support/criteria-set';
import type { CriteriaNodeRow } from './criteria-node.entity';
import type { CriteriaSetRow } from './criteria-set.entity';
import {
  toBandRows,
  toCriteriaSetDetail,
  toCriteriaSetSummary,
  toCriteriaSetV1,
  toNodeRows,
} from './criteria-set.mapper';

const DOCUMENT: CriteriaSetV1 = criteriaSetDocument(
  [
    branch(
      '1',
      'Chỉ đạo, điều hành',
      [
        leaf('1.1', 'Kế hoạch', 1, { kind: 'boolean' }),
        leaf(
          '1.2',
          'Hoàn thành',
          2.5,
          { kind: 'ratio', target: 100 },
          { evidence: 'Báo cáo', leadAgency: 'SNV' },
        ),
      ],
      { guidance: 'Hướng dẫn' },
    ),
    leaf('2', 'Khảo sát', 1.5, { kind: 'survey' }),
  ],
  {
    code: 'SO-2026',
    name: 'Bộ chỉ số sở 2026',
    bands: [
      { code: 'T', label: 'Tốt', minIndex: 80 },
      { code: 'Y', label: 'Yếu', minIndex: 0 },
    ],
    adjustments: { bonusMax: 1, penaltyMax: 2.5 },
  },
);

const ROW: CriteriaSetRow = {
  id: 's1',
  code: 'SO-2026',
  name: 'Bộ chỉ số sở 2026',
  year: 2026,
  unitType: 'department',
  sourceDecision: 'QĐ 1/2026',
  bands: [
    { code: 'T', label: 'Tốt', minIndex: 80 },
    { code: 'Y', label: 'Yếu', minIndex: 0 },
  ],
  bonusMaxMilli: 1000,
  penaltyMaxMilli: 2500,
  status: 'draft',
  clonedFromId: null,
  publishedAt: null,
  createdAt: new Date('2026-01-02T00:00:00Z'),
  updatedAt: new Date('2026-01-03T00:00:00Z'),
  version: 4,
};

function nodeRows(): CriteriaNodeRow[] {
  const parsed = parseCriteriaSet(DOCUMENT);
  if (!parsed.ok) throw new Error('fixture does not validate');
  return toNodeRows(DOCUMENT, parsed.value, 's1').map((row, i) => ({ ...row, id: `n${i}` }));
}

describe('toNodeRows', () => {
  it('one row per node: parent, place among siblings, points in thousandths, rules on leaves only', () => {
    expect(
      nodeRows().map((n) => [n.code, n.parentCode, n.sortOrder, n.maxMilli, n.source, n.rule?.kind ?? null]),
    ).toEqual([
      ['1', null, 0, 3500, null, null],
      ['1.1', '1', 0, 1000, 'assessment', 'boolean'],
      ['1.2', '1', 1, 2500, 'assessment', 'ratio'],
      ['2', null, 1, 1500, 'survey', 'survey'],
    ]);
  });

  it('keeps guidance, evidence and lead agency; absent ones are null', () => {
    const rows = nodeRows();
    expect(rows.map((n) => [n.code, n.guidance, n.evidenceHint, n.leadAgency])).toEqual([
      ['1', 'Hướng dẫn', null, null],
      ['1.1', null, null, null],
      ['1.2', null, 'Báo cáo', 'SNV'],
      ['2', null, null, null],
    ]);
  });
});

describe('toCriteriaSetV1', () => {
  it('gives back the document the rows came from, rules in their canonical form', () => {
    const document = toCriteriaSetV1(ROW, nodeRows());
    expect({ ...document, nodes: undefined }).toEqual({ ...DOCUMENT, nodes: undefined });
    expect(document.nodes.map((n) => [n.code, n.children?.map((c) => c.code) ?? null])).toEqual([
      ['1', ['1.1', '1.2']],
      ['2', null],
    ]);
    expect(document.nodes[0].children?.[1]).toMatchObject({
      code: '1.2',
      maxPoints: 2.5,
      source: 'assessment',
      evidence: 'Báo cáo',
      leadAgency: 'SNV',
    });
    expect(parseCriteriaSet(document).ok).toBe(true);
  });

  it('orders siblings by their sort order, not by row order', () => {
    const rows = nodeRows().reverse();
    expect(toCriteriaSetV1(ROW, rows).nodes.map((n) => n.code)).toEqual(['1', '2']);
  });

  it.each<[string, Partial<CriteriaSetRow>, string[]]>([
    ['bands and caps', {}, ['adjustments', 'bands', 'code', 'format', 'name', 'nodes', 'unitType', 'year']],
    [
      'no bands: none in the document',
      { bands: [] },
      ['adjustments', 'code', 'format', 'name', 'nodes', 'unitType', 'year'],
    ],
    [
      'no caps: no adjustments',
      { bonusMaxMilli: null, penaltyMaxMilli: null },
      ['bands', 'code', 'format', 'name', 'nodes', 'unitType', 'year'],
    ],
    [
      'one cap alone: no adjustments',
      { penaltyMaxMilli: null },
      ['bands', 'code', 'format', 'name', 'nodes', 'unitType', 'year'],
    ],
  ])('%s', (_name, over, keys) => {
    expect(Object.keys(toCriteriaSetV1({ ...ROW, ...over }, [])).sort()).toEqual(keys);
  });
});

describe('toCriteriaSetSummary', () => {
  it('the row with its leaf count and max points from thousandths', () => {
    expect(toCriteriaSetSummary(ROW, 3, 5000)).toEqual({
      id: 's1',
      code: 'SO-2026',
      name: 'Bộ chỉ số sở 2026',
      year: 2026,
      unitType: 'department',
      status: 'draft',
      sourceDecision: 'QĐ 1/2026',
      leafCount: 3,
      maxPoints: 5,
      clonedFromId: null,
      publishedAt: null,
      createdAt: new Date('2026-01-02T00:00:00Z'),
      updatedAt: new Date('2026-01-03T00:00:00Z'),
      version: 4,
    });
  });
});

describe('toCriteriaSetDetail', () => {
  it('counts leaves, sums the areas and has no issue for a valid set', () => {
    const nodes = nodeRows();
    const detail = toCriteriaSetDetail({ row: ROW, nodes, document: toCriteriaSetV1(ROW, nodes) });
    expect([detail.leafCount, detail.maxPoints, detail.issues]).toEqual([3, 5, []]);
  });

  it('lists what blocks publication', () => {
    const nodes = nodeRows();
    nodes[0].maxMilli = 4000; // area 1 says 4, its children add up to 3.5
    const detail = toCriteriaSetDetail({ row: ROW, nodes, document: toCriteriaSetV1(ROW, nodes) });
    expect([detail.maxPoints, detail.issues.map((issue) => [issue.code, issue.node])]).toEqual([
      5.5,
      [['MAX_POINTS_MISMATCH', '1']],
    ]);
  });
});

describe('toBandRows', () => {
  it.each<[string, Parameters<typeof toBandRows>[0], object[]]>([
    ['none', undefined, []],
    [
      'numbers kept',
      [{ code: 'T', label: 'Tốt', minIndex: 80 }],
      [{ code: 'T', label: 'Tốt', minIndex: 80 }],
    ],
    [
      'strings as numbers',
      [{ code: 'K', label: 'Khá', minIndex: '67.5' }],
      [{ code: 'K', label: 'Khá', minIndex: 67.5 }],
    ],
  ])('%s', (_name, bands, expected) => {
    expect(toBandRows(bands)).toEqual(expected);
  });
});
