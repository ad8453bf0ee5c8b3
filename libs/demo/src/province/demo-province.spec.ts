import {
  computeResults,
  parseAssessments,
  parseCriteriaSet,
  type AssessmentsV1,
  type UnitResultV1,
} from '@par/scoring';
import { demoProvince } from './demo-province';

const province = demoProvince('2026-04-10');
const [last, current] = province.periods;
const setByCode = new Map(province.criteriaSets.map((d) => [d.set.code, d.set]));

/** Results of a period's documents (communes and wards share one document on the commune set). */
function results(docs: readonly AssessmentsV1[]): UnitResultV1[] {
  return docs.flatMap((doc) => {
    const model = parseCriteriaSet(setByCode.get(doc.criteriaSet));
    if (!model.ok) throw new Error(model.issues[0].messageEn);
    const parsed = parseAssessments(doc, model.value);
    if (!parsed.ok) throw new Error(parsed.issues[0].messageEn);
    return [...computeResults(model.value, parsed.value).units];
  });
}

describe('demoProvince', () => {
  it('bundles the fictional province, its units, accounts and password', () => {
    expect(province).toMatchObject({
      code: 'LG',
      name: 'tỉnh Lam Giang',
      standingAgency: 'SNV',
      password: 'LamGiang@2026',
    });
    expect(province.units).toHaveLength(34);
    expect(province.users).toHaveLength(9);
  });

  it('imports four sets, agencies and communes (which also score wards), 2025 and 2026', () => {
    expect(province.criteriaSets.map((d) => [d.set.code, d.set.unitType])).toEqual([
      ['SO-2025', 'department'],
      ['XA-2025', 'commune'],
      ['SO-2026', 'department'],
      ['XA-2026', 'commune'],
    ]);
  });

  it.each([last, current])(
    '$year: a set for each unit type, every evaluated unit with its group, valid documents',
    (period) => {
      expect(period.criteriaSets).toEqual([
        { code: `SO-${period.year}`, unitTypes: ['department'] },
        { code: `XA-${period.year}`, unitTypes: ['commune', 'ward'] },
      ]);
      expect(period.units).toHaveLength(33);
      expect(period.units.find((u) => u.code === 'UBND-TINH')).toBeUndefined();
      const typeOf = new Map(province.units.map((u) => [u.code, u.type]));
      for (const [i, doc] of period.assessments.entries()) {
        const { code, unitTypes } = period.criteriaSets[i];
        const set = setByCode.get(code);
        expect(doc.criteriaSet).toBe(code);
        expect(doc.units.every((u) => unitTypes.includes(typeOf.get(u.code)!))).toBe(true);
        const model = parseCriteriaSet(set);
        const parsed = model.ok ? parseAssessments(doc, model.value) : model;
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      }
      expect(period.assessments.flatMap((d) => d.units.map((u) => u.code)).sort()).toEqual(
        period.units.map((u) => u.code).sort(),
      );
    },
  );

  it('2025 is final and to be published by decision 412/QĐ-UBND of 15/4/2026, on the provinces’ calendar', () => {
    expect(last).toMatchObject({
      name: 'Chỉ số cải cách hành chính năm 2025',
      state: 'published',
      publication: { decisionNo: '412/QĐ-UBND', decisionDate: '2026-04-15' },
      deadlines: { selfAssessment: '2026-02-05T17:00:00+07:00', finalAppraisal: '2026-03-27T17:00:00+07:00' },
    });
    const all = results(last.assessments);
    expect(all.every((u) => u.missing.length === 0)).toBe(true);
  });

  it('2025 gives believable indices: 65–95, most "Tốt" or "Khá", the weak few below', () => {
    const all = results(last.assessments);
    const indices = all.map((u) => Number(u.index));
    expect(Math.min(...indices)).toBeGreaterThanOrEqual(65);
    expect(Math.max(...indices)).toBeLessThanOrEqual(96);
    const bands = (group: string) =>
      all
        .filter((u) => u.group === group)
        .reduce<Record<string, number>>(
          (n, u) => ({ ...n, [String(u.band)]: (n[String(u.band)] ?? 0) + 1 }),
          {},
        );
    expect(bands('departments')).toEqual({ XS: 3, T: 8, K: 2, TB: 1 });
    expect(bands('special')).toEqual({ T: 1, K: 2 });
    expect(bands('communes')).toEqual({ T: 10, K: 6 });
    const first = (group: string) => all.find((u) => u.group === group && u.rank === 1);
    expect([first('departments')?.code, first('departments')?.index]).toEqual(['SNV', 94.59]);
    expect([first('communes')?.code, first('communes')?.index]).toEqual(['X-MINHKHAI', 89.06]);
    expect(all.find((u) => u.code === 'SYT')).toMatchObject({ index: 68.45, rank: 14, band: 'TB' });
  });

  it('2026 is open for self-assessment: deadlines from today, drafts at each unit’s own pace, no survey yet', () => {
    expect(current).toMatchObject({
      name: 'Chỉ số cải cách hành chính năm 2026',
      state: 'self_assessment',
      deadlines: { selfAssessment: '2026-05-10T17:00:00+07:00', finalAppraisal: '2026-06-21T17:00:00+07:00' },
      submitted: ['VPUBND', 'SNV', 'P-LAMGIANG'],
    });
    expect(current.publication).toBeUndefined();
    const entered = new Map(
      current.assessments.flatMap((d) => d.units.map((u) => [u.code, Object.keys(u.items).length])),
    );
    expect([entered.get('VPUBND'), entered.get('STC'), entered.get('SXD'), entered.get('BQLDA')]).toEqual([
      63, 38, 32, 0,
    ]);
    expect([entered.get('P-LAMGIANG'), entered.get('X-TANLAP'), entered.get('X-PAKHA')]).toEqual([58, 23, 0]);
    const units = current.assessments.flatMap((d) => d.units);
    expect(units.some((u) => 'bonus' in u || 'penalty' in u)).toBe(false);
    const appraised = units
      .flatMap((u) => Object.values(u.items))
      .filter((i) => i.points !== undefined && i.comment);
    expect(appraised).toEqual([]);
    for (const doc of current.assessments) {
      const model = parseCriteriaSet(setByCode.get(doc.criteriaSet));
      const surveyLeaves = new Set(
        model.ok ? model.value.leaves.filter((l) => l.source === 'survey').map((l) => l.code) : [],
      );
      expect(surveyLeaves.size).toBe(11);
      expect(doc.units.flatMap((u) => Object.keys(u.items)).filter((c) => surveyLeaves.has(c))).toEqual([]);
    }
  });

  it('is the same province whenever it is built, but for this year’s deadlines', () => {
    const later = demoProvince(new Date('2026-09-01T03:00:00Z'));
    expect(later.periods[1].deadlines.selfAssessment).toBe('2026-10-01T17:00:00+07:00');
    expect({ ...later, periods: [later.periods[0], { ...later.periods[1], deadlines: null }] }).toEqual({
      ...province,
      periods: [last, { ...current, deadlines: null }],
    });
  });
});
