import { parseCriteriaSet, type CriteriaSet, type LeafNode } from '@par/scoring';

/**
 * For the module's pure specs: two areas, one leaf of each rule the specs need.
 *   1 (3 pts)  1.1 boolean, 1 pt, appraised by STP · 1.2 ratio, 2 pts
 *   2 (2 pts)  2.1 tiers, 1.5 pts (≥ 3 → 1.5, ≥ 1 → 0.5, else 0) · 2.2 survey, 0.5 pt
 */
export function smallCriteriaSet(): CriteriaSet {
  const parsed = parseCriteriaSet({
    format: 'par-index.criteria-set/v1',
    code: 'SMALL-2026',
    name: 'Bộ tiêu chí nhỏ',
    year: 2026,
    unitType: 'department',
    nodes: [
      {
        code: '1',
        title: 'Công tác chỉ đạo',
        maxPoints: 3,
        children: [
          {
            code: '1.1',
            title: 'Ban hành kế hoạch',
            maxPoints: 1,
            rule: { kind: 'boolean' },
            leadAgency: 'STP',
          },
          { code: '1.2', title: 'Tỷ lệ hồ sơ đúng hạn', maxPoints: 2, rule: { kind: 'ratio' } },
        ],
      },
      {
        code: '2',
        title: 'Thủ tục hành chính',
        maxPoints: 2,
        children: [
          {
            code: '2.1',
            title: 'Số sáng kiến',
            maxPoints: 1.5,
            rule: {
              kind: 'tiers',
              tiers: [
                { min: 3, points: 1.5 },
                { min: 1, points: 0.5 },
              ],
              otherwise: 0,
            },
          },
          { code: '2.2', title: 'Mức độ hài lòng', maxPoints: 0.5, rule: { kind: 'survey' } },
        ],
      },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

export function leafIn(set: CriteriaSet, code: string): LeafNode {
  const node = set.nodesByCode.get(code);
  if (node?.type !== 'leaf') throw new Error(`no leaf ${code}`);
  return node;
}
