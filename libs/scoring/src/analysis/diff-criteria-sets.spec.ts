import fc from 'fast-check';
import { criteriaNodes } from '../__fixtures__/arbitraries';
import { makeSet } from '../__fixtures__/make-set';
import type { CriteriaNodeV1 } from '../model/interchange-v1.types';
import { diffCriteriaSets } from './diff-criteria-sets';

const lastYear = makeSet([
  {
    code: '1',
    title: 'Chỉ đạo',
    maxPoints: 3,
    children: [
      { code: '1.1', title: 'Kế hoạch', maxPoints: 1, rule: { kind: 'boolean' } },
      {
        code: '1.2',
        title: 'Hoàn thành',
        maxPoints: 2,
        rule: {
          kind: 'tiers',
          tiers: [
            { min: 100, points: 2 },
            { min: 80, points: 1 },
          ],
          otherwise: 0,
        },
      },
    ],
  },
  {
    code: '2',
    title: 'Thủ tục',
    maxPoints: 2,
    children: [
      { code: '2.1', title: 'Công khai', maxPoints: 1, rule: { kind: 'manual' }, guidance: 'Xem cổng' },
      { code: '2.2', title: 'Đúng hạn', maxPoints: 1, rule: { kind: 'ratio' } },
    ],
  },
  {
    code: '3',
    title: 'Khảo sát',
    maxPoints: 1,
    children: [{ code: '3.1', title: 'Hài lòng', maxPoints: 1, rule: { kind: 'survey' } }],
  },
]);

const thisYear = makeSet([
  {
    code: '1',
    title: 'Chỉ đạo, điều hành',
    maxPoints: 4,
    children: [
      { code: '1.1', title: 'Kế hoạch', maxPoints: 1, rule: { kind: 'boolean' }, leadAgency: 'SNV' },
      // written differently, scores alike: no change
      {
        code: '1.2',
        title: 'Hoàn thành',
        maxPoints: '2.000',
        rule: {
          kind: 'tiers',
          tiers: [
            { min: '100.0', points: '2.000' },
            { min: 80, points: 1 },
          ],
        },
      },
      { code: '1.3', title: 'Báo cáo', maxPoints: 1, rule: { kind: 'deduction', perItem: 0.25 } },
    ],
  },
  {
    code: '2',
    title: 'Thủ tục',
    maxPoints: 2,
    children: [
      { code: '2.1', title: 'Công khai', maxPoints: 1, rule: { kind: 'ratio', target: 90 } },
      { code: '2.3', title: 'Một cửa', maxPoints: 1, rule: { kind: 'boolean' } },
    ],
  },
  {
    code: '4',
    title: 'Chuyển đổi số',
    maxPoints: 2,
    children: [
      { code: '4.1', title: 'Dịch vụ công', maxPoints: 1, rule: { kind: 'manual' }, evidence: 'Báo cáo' },
      { code: '3.1', title: 'Hài lòng', maxPoints: 1, rule: { kind: 'survey' } },
    ],
  },
]);

describe('diffCriteriaSets', () => {
  it('lists added, removed and changed nodes in set order, with the totals and every area', () => {
    expect(diffCriteriaSets(lastYear, thisYear)).toStrictEqual({
      added: [
        { code: '1.3', title: 'Báo cáo', type: 'leaf', depth: 2, parentCode: '1', maxMilli: 1000 },
        { code: '2.3', title: 'Một cửa', type: 'leaf', depth: 2, parentCode: '2', maxMilli: 1000 },
        { code: '4', title: 'Chuyển đổi số', type: 'branch', depth: 1, parentCode: null, maxMilli: 2000 },
        { code: '4.1', title: 'Dịch vụ công', type: 'leaf', depth: 2, parentCode: '4', maxMilli: 1000 },
      ],
      removed: [
        { code: '2.2', title: 'Đúng hạn', type: 'leaf', depth: 2, parentCode: '2', maxMilli: 1000 },
        { code: '3', title: 'Khảo sát', type: 'branch', depth: 1, parentCode: null, maxMilli: 1000 },
      ],
      changed: [
        {
          code: '1',
          before: { code: '1', title: 'Chỉ đạo', type: 'branch', depth: 1, parentCode: null, maxMilli: 3000 },
          after: {
            code: '1',
            title: 'Chỉ đạo, điều hành',
            type: 'branch',
            depth: 1,
            parentCode: null,
            maxMilli: 4000,
          },
          changes: [
            { field: 'title', before: 'Chỉ đạo', after: 'Chỉ đạo, điều hành' },
            { field: 'maxMilli', before: 3000, after: 4000 },
          ],
        },
        {
          code: '1.1',
          before: { code: '1.1', title: 'Kế hoạch', type: 'leaf', depth: 2, parentCode: '1', maxMilli: 1000 },
          after: { code: '1.1', title: 'Kế hoạch', type: 'leaf', depth: 2, parentCode: '1', maxMilli: 1000 },
          changes: [{ field: 'leadAgency', before: null, after: 'SNV' }],
        },
        {
          code: '2.1',
          before: {
            code: '2.1',
            title: 'Công khai',
            type: 'leaf',
            depth: 2,
            parentCode: '2',
            maxMilli: 1000,
          },
          after: { code: '2.1', title: 'Công khai', type: 'leaf', depth: 2, parentCode: '2', maxMilli: 1000 },
          changes: [
            { field: 'rule', before: { kind: 'manual' }, after: { kind: 'ratio', target: 90 } },
            { field: 'guidance', before: 'Xem cổng', after: null },
          ],
        },
        {
          code: '3.1',
          before: { code: '3.1', title: 'Hài lòng', type: 'leaf', depth: 2, parentCode: '3', maxMilli: 1000 },
          after: { code: '3.1', title: 'Hài lòng', type: 'leaf', depth: 2, parentCode: '4', maxMilli: 1000 },
          changes: [{ field: 'parentCode', before: '3', after: '4' }],
        },
      ],
      unchanged: 2,
      maxMilliBefore: 6000,
      maxMilliAfter: 8000,
      areas: [
        {
          code: '1',
          title: 'Chỉ đạo, điều hành',
          maxMilliBefore: 3000,
          maxMilliAfter: 4000,
          changeMilli: 1000,
        },
        { code: '2', title: 'Thủ tục', maxMilliBefore: 2000, maxMilliAfter: 2000, changeMilli: 0 },
        { code: '4', title: 'Chuyển đổi số', maxMilliBefore: null, maxMilliAfter: 2000, changeMilli: 2000 },
        { code: '3', title: 'Khảo sát', maxMilliBefore: 1000, maxMilliAfter: null, changeMilli: -1000 },
      ],
    });
  });

  it('shows a leaf that became a branch as rule and source gone, and a source change on its own', () => {
    const leafBefore = makeSet([
      {
        code: '1',
        title: 'A',
        maxPoints: 2,
        children: [
          { code: '1.1', title: 'x', maxPoints: 1, rule: { kind: 'boolean' } },
          { code: '1.2', title: 'y', maxPoints: 1, source: 'assessment', rule: { kind: 'manual' } },
        ],
      },
    ]);
    const branchAfter = makeSet([
      {
        code: '1',
        title: 'A',
        maxPoints: 2,
        children: [
          {
            code: '1.1',
            title: 'x',
            maxPoints: 1,
            children: [{ code: '1.1.1', title: 'z', maxPoints: 1, rule: { kind: 'boolean' } }],
          },
          { code: '1.2', title: 'y', maxPoints: 1, source: 'survey', rule: { kind: 'manual' } },
        ],
      },
    ]);
    const diff = diffCriteriaSets(leafBefore, branchAfter);
    expect(diff.added.map((node) => [node.code, node.type, node.depth, node.parentCode])).toEqual([
      ['1.1.1', 'leaf', 3, '1.1'],
    ]);
    expect(
      diff.changed.map((change) => [change.code, change.before.type, change.after.type, change.changes]),
    ).toEqual([
      [
        '1.1',
        'leaf',
        'branch',
        [
          { field: 'rule', before: { kind: 'boolean' }, after: null },
          { field: 'source', before: 'assessment', after: null },
        ],
      ],
      ['1.2', 'leaf', 'leaf', [{ field: 'source', before: 'assessment', after: 'survey' }]],
    ]);
    expect(diff.unchanged).toBe(1);
  });

  it('finds no change between a set and itself', () => {
    expect(diffCriteriaSets(thisYear, thisYear)).toStrictEqual({
      added: [],
      removed: [],
      changed: [],
      unchanged: 10,
      maxMilliBefore: 8000,
      maxMilliAfter: 8000,
      areas: [
        { code: '1', title: 'Chỉ đạo, điều hành', maxMilliBefore: 4000, maxMilliAfter: 4000, changeMilli: 0 },
        { code: '2', title: 'Thủ tục', maxMilliBefore: 2000, maxMilliAfter: 2000, changeMilli: 0 },
        { code: '4', title: 'Chuyển đổi số', maxMilliBefore: 2000, maxMilliAfter: 2000, changeMilli: 0 },
      ],
    });
  });

  it('accounts for every node and every point, both ways', () => {
    fc.assert(
      fc.property(criteriaNodes, criteriaNodes, (a: CriteriaNodeV1[], b: CriteriaNodeV1[]) => {
        const before = makeSet(a);
        const after = makeSet(b);
        const diff = diffCriteriaSets(before, after);
        const back = diffCriteriaSets(after, before);
        expect(diff.added.length + diff.changed.length + diff.unchanged).toBe(after.allNodes.length);
        expect(diff.removed.length + diff.changed.length + diff.unchanged).toBe(before.allNodes.length);
        expect(back.added).toEqual(diff.removed);
        expect(back.removed).toEqual(diff.added);
        expect(back.changed.map((change) => change.code).sort()).toEqual(
          diff.changed.map((change) => change.code).sort(),
        );
        const areaSum = diff.areas.reduce((sum, area) => sum + area.changeMilli, 0);
        expect(areaSum).toBe(diff.maxMilliAfter - diff.maxMilliBefore);
      }),
      { numRuns: 50 },
    );
  });
});
