import { CRITERIA_SET_FORMAT, parseAssessments, parseCriteriaSet, type AssessmentsV1 } from '@par/scoring';
import { departmentCriteriaSet } from '../criteria/department-criteria-set';
import { demoUnits } from '../units/demo-units';
import { generateAssessments } from './generate-assessments';

const set = departmentCriteriaSet(2025);
const model = parseCriteriaSet(set);
const units = demoUnits().flatMap((u) =>
  u.type === 'department' && u.group
    ? [{ code: u.code, name: u.name, group: u.group, strength: u.strength }]
    : [],
);
const surveyCodes = new Set([
  '1.3.2',
  '2.1.3',
  '3.2.3',
  '3.3.4',
  '4.1.4',
  '5.3.3',
  '6.3.2',
  '7.2.4',
  '8.4.1',
  '8.4.2',
  '8.4.3',
]);
const manualCodes = new Set(['1.4', '2.3.2', '4.3', '5.3.2', '7.1.2', '8.1.2']);

function issuesOf(doc: AssessmentsV1): readonly unknown[] {
  if (!model.ok) return model.issues;
  const parsed = parseAssessments(doc, model.value);
  return parsed.ok ? [] : parsed.issues;
}

describe('generateAssessments', () => {
  const full = generateAssessments(set, units, { seed: 11 });

  it('gives every unit every leaf, valid for parseAssessments', () => {
    expect(full).toMatchObject({ format: 'par-index.assessments/v1', criteriaSet: 'SO-2025' });
    expect(full.units.map((u) => [u.code, u.group])).toEqual(units.map((u) => [u.code, u.group]));
    expect(full.units.every((u) => Object.keys(u.items).length === 74)).toBe(true);
    expect(issuesOf(full)).toEqual([]);
  });

  it('is deterministic: same seed, same document; another seed, other figures', () => {
    expect(generateAssessments(set, units, { seed: 11 })).toEqual(full);
    expect(generateAssessments(set, units, { seed: 12 })).not.toEqual(full);
  });

  it('gives a unit the same figures whatever other units are generated with it', () => {
    const alone = generateAssessments(set, [units[5]], { seed: 11 });
    expect(alone.units[0]).toEqual(full.units[5]);
  });

  it('has what appraisal adds: N/A where the guidance allows it, point overrides with a reason, bonus, penalty', () => {
    const items = full.units.flatMap((u) => Object.entries(u.items));
    const notApplicable = items.filter(([, i]) => i.notApplicable);
    expect(notApplicable.length).toBeGreaterThan(0);
    expect(new Set(notApplicable.map(([code]) => code)).size).toBeLessThanOrEqual(6);
    const overrides = items.filter(([code, i]) => i.points !== undefined && !manualCodes.has(code));
    expect(overrides.length).toBeGreaterThan(20);
    expect(overrides.every(([, i]) => typeof i.comment === 'string')).toBe(true);
    expect(full.units.some((u) => Number(u.bonus) > 0)).toBe(true);
    expect(full.units.some((u) => Number(u.penalty) > 0)).toBe(true);
  });

  it('fills a given share of the appraisal leaves, a subset of the complete self-assessment', () => {
    const draft = generateAssessments(set, units, { seed: 11, fill: 0.5, surveys: false, appraised: false });
    const complete = generateAssessments(set, units, { seed: 11, surveys: false, appraised: false });
    expect(issuesOf(draft)).toEqual([]);
    for (const [i, unit] of draft.units.entries()) {
      const codes = Object.keys(unit.items);
      expect(codes).toHaveLength(32);
      expect(codes.some((c) => surveyCodes.has(c))).toBe(false);
      for (const code of codes) expect(unit.items[code]).toEqual(complete.units[i].items[code]);
      expect(unit).not.toHaveProperty('bonus');
      expect(unit).not.toHaveProperty('penalty');
    }
    expect(Object.keys(draft.units[0].items)).not.toEqual(Object.keys(draft.units[1].items));
    const overrides = complete.units
      .flatMap((u) => Object.entries(u.items))
      .filter(([c, i]) => i.points !== undefined && !manualCodes.has(c));
    expect(overrides).toEqual([]);
  });

  it('gives no bonus or penalty on a set without adjustments', () => {
    const bare = { ...set, code: 'BARE', adjustments: undefined };
    const doc = generateAssessments(bare, units, { seed: 11 });
    expect(doc.units.some((u) => 'bonus' in u || 'penalty' in u)).toBe(false);
  });

  it('refuses a fill outside 0..1 and an invalid set', () => {
    expect(() => generateAssessments(set, units, { seed: 1, fill: 1.5 })).toThrow(RangeError);
    expect(() =>
      generateAssessments(
        {
          format: CRITERIA_SET_FORMAT,
          code: 'X',
          name: 'x',
          year: 2026,
          unitType: 'd',
          nodes: [{ code: '1', title: 't', maxPoints: 1 }],
        },
        units,
        { seed: 1 },
      ),
    ).toThrow('generateAssessments: invalid criteria set X');
  });
});
