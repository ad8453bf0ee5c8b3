import type { CriteriaSetV1 } from '@par/scoring';
import { collectLeaves } from './collect-leaves';
import { criteriaSetStats } from './criteria-set-stats';
import { departmentCriteriaSet } from './department-criteria-set';

const areaMaxes = (set: CriteriaSetV1) => set.nodes.map((a) => a.maxPoints);
const maxByLeaf = (set: CriteriaSetV1) => new Map(collectLeaves(set.nodes).map((l) => [l.code, l.maxPoints]));

describe('departmentCriteriaSet', () => {
  const y2025 = departmentCriteriaSet(2025);
  const y2026 = departmentCriteriaSet(2026);

  it('2025: 8 areas, 31 criteria, 74 leaves (11 survey), 70 appraisal + 30 survey points', () => {
    expect(y2025).toMatchObject({ code: 'SO-2025', year: 2025, unitType: 'department' });
    expect(criteriaSetStats(y2025)).toEqual({
      areas: 8,
      criteria: 31,
      leaves: 74,
      surveyLeaves: 11,
      assessmentPoints: 70,
      surveyPoints: 30,
      ruleKinds: { boolean: 18, tiers: 18, deduction: 9, ratio: 12, manual: 6, survey: 11 },
    });
    expect(areaMaxes(y2025)).toEqual([9, 9, 17, 9, 12, 8, 16, 20]);
    expect(y2025.bands?.map((b) => [b.code, b.minIndex])).toEqual([
      ['XS', 90],
      ['T', 80],
      ['K', 70],
      ['TB', 50],
      ['Y', 0],
    ]);
  });

  it('uses the provincial area titles, "tại tỉnh" / "của tỉnh" for areas 2 and 8', () => {
    expect(y2025.nodes[1].title).toBe('Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh');
    expect(y2025.nodes[7].title).toBe(
      'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh',
    );
  });

  it('2026 re-issues 2025: 7.2.5 added, 7.3.3 removed, stricter 7.2.1, points moved, 70 + 30 kept', () => {
    const before = maxByLeaf(y2025);
    const after = maxByLeaf(y2026);
    expect([...after.keys()].filter((c) => !before.has(c))).toEqual(['7.2.5']);
    expect([...before.keys()].filter((c) => !after.has(c))).toEqual(['7.3.3']);
    expect([...after].filter(([c, max]) => before.has(c) && before.get(c) !== max)).toEqual([
      ['1.1.3', 0.5],
      ['3.3.1', 2],
      ['3.3.3', 2],
      ['7.2.2', 1],
      ['8.3.2', 1.5],
    ]);
    expect(collectLeaves(y2026.nodes).find((l) => l.code === '7.2.1')?.rule).toEqual({
      kind: 'tiers',
      tiers: [
        { min: 90, points: 2 },
        { min: 70, points: 1.5 },
        { min: 50, points: 1 },
      ],
      otherwise: 0,
    });
    expect(criteriaSetStats(y2026)).toMatchObject({
      criteria: 31,
      leaves: 74,
      assessmentPoints: 70,
      surveyPoints: 30,
    });
    expect(areaMaxes(y2026)).toEqual([8.5, 9, 17, 9, 12, 8, 16, 20.5]);
    expect(y2026).toMatchObject({ code: 'SO-2026', year: 2026, name: expect.stringContaining('năm 2026') });
  });
});
