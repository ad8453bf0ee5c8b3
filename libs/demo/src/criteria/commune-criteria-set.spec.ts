import type { CriteriaSetV1 } from '@par/scoring';
import { collectLeaves } from './collect-leaves';
import { communeCriteriaSet } from './commune-criteria-set';
import { criteriaSetStats } from './criteria-set-stats';

const areaMaxes = (set: CriteriaSetV1) => set.nodes.map((a) => a.maxPoints);
const maxByLeaf = (set: CriteriaSetV1) => new Map(collectLeaves(set.nodes).map((l) => [l.code, l.maxPoints]));

describe('communeCriteriaSet', () => {
  const y2025 = communeCriteriaSet(2025);
  const y2026 = communeCriteriaSet(2026);

  it('2025: 8 areas, 28 criteria, 69 leaves (11 survey), 70 appraisal + 30 survey points', () => {
    expect(y2025).toMatchObject({ code: 'XA-2025', year: 2025, unitType: 'commune' });
    expect(criteriaSetStats(y2025)).toEqual({
      areas: 8,
      criteria: 28,
      leaves: 69,
      surveyLeaves: 11,
      assessmentPoints: 70,
      surveyPoints: 30,
      ruleKinds: expect.any(Object),
    });
    expect(areaMaxes(y2025)).toEqual([9, 7, 20, 7, 12, 7, 15, 23]);
  });

  it('weights procedures and impact more than the agencies’ set, and grades "Khá" from 65', () => {
    expect(y2025.nodes[2].title).toBe('Cải cách thủ tục hành chính');
    expect(y2025.nodes[7].title).toContain('tại địa phương');
    expect(y2025.bands?.find((b) => b.code === 'K')?.minIndex).toBe(65);
  });

  it('2026 re-issues 2025: 7.4.3 added, 3.5.3 removed, points moved, 70 + 30 kept', () => {
    const before = maxByLeaf(y2025);
    const after = maxByLeaf(y2026);
    expect([...after.keys()].filter((c) => !before.has(c))).toEqual(['7.4.3']);
    expect([...before.keys()].filter((c) => !after.has(c))).toEqual(['3.5.3']);
    expect([...after].filter(([c, max]) => before.has(c) && before.get(c) !== max)).toEqual([
      ['1.3.1', 2],
      ['3.3.1', 3],
      ['3.3.3', 2],
      ['8.3.2', 1.5],
    ]);
    expect(criteriaSetStats(y2026)).toMatchObject({ leaves: 69, assessmentPoints: 70, surveyPoints: 30 });
    expect(areaMaxes(y2026)).toEqual([9.5, 7, 19, 7, 12, 7, 16, 22.5]);
    expect(y2026).toMatchObject({ code: 'XA-2026', year: 2026, unitType: 'commune' });
  });
});
