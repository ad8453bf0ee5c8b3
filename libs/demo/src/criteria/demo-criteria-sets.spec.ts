import { parseCriteriaSet } from '@par/scoring';
import { demoUnits } from '../units/demo-units';
import { collectLeaves } from './collect-leaves';
import { criteriaSetStats } from './criteria-set-stats';
import { demoCriteriaSets } from './demo-criteria-sets';

const sets = demoCriteriaSets().map((d) => d.set);

describe('demoCriteriaSets', () => {
  it('lists agencies and communes for 2025 and 2026, each with the decision that issued it', () => {
    expect(demoCriteriaSets().map((d) => [d.set.code, d.set.unitType, d.set.year, d.sourceDecision])).toEqual(
      [
        ['SO-2025', 'department', 2025, 'Quyết định số 1835/QĐ-UBND ngày 18/8/2025 của UBND tỉnh Lam Giang'],
        ['XA-2025', 'commune', 2025, 'Quyết định số 1835/QĐ-UBND ngày 18/8/2025 của UBND tỉnh Lam Giang'],
        ['SO-2026', 'department', 2026, 'Quyết định số 92/QĐ-UBND ngày 16/01/2026 của UBND tỉnh Lam Giang'],
        ['XA-2026', 'commune', 2026, 'Quyết định số 92/QĐ-UBND ngày 16/01/2026 của UBND tỉnh Lam Giang'],
      ],
    );
  });

  it.each(sets)('$code marks the leaves other provincial systems feed as indicator leaves', (set) => {
    const indicators = Object.fromEntries(
      collectLeaves(set.nodes)
        .filter((leaf) => leaf.indicator)
        .map((leaf) => [leaf.code, leaf.indicator]),
    );
    const common = {
      '1.3.1': 'nhiem-vu-cchc-dung-han',
      '3.3.1': 'ho-so-tthc-dung-han',
      '3.3.2': 'ho-so-tre-han-xin-loi',
      '3.4.1': 'phan-anh-kien-nghi-dung-han',
    };
    expect(indicators).toEqual(
      set.unitType === 'department'
        ? { ...common, '8.1.3': 'nhiem-vu-ubnd-dung-han' }
        : { ...common, '3.5.1': 'ho-so-lien-thong-dung-han' },
    );
    // Each indicator names one leaf; none is a survey leaf.
    expect(new Set(Object.values(indicators)).size).toBe(Object.keys(indicators).length);
    const parsed = parseCriteriaSet(set);
    if (!parsed.ok) throw new Error('set');
    for (const code of Object.keys(indicators))
      expect(parsed.value.leaves.find((leaf) => leaf.code === code)?.indicator).toBe(indicators[code]);
  });

  it.each(sets)('$code validates with parseCriteriaSet without a single issue', (set) => {
    const parsed = parseCriteriaSet(set);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it.each(sets)('$code: 8 areas, ~30 criteria, ~70 leaves, 70 + 30 points, every rule kind', (set) => {
    const stats = criteriaSetStats(set);
    expect(stats).toMatchObject({ areas: 8, assessmentPoints: 70, surveyPoints: 30 });
    expect(stats.criteria).toBeGreaterThanOrEqual(28);
    expect(stats.leaves).toBeGreaterThanOrEqual(69);
    expect(Object.keys(stats.ruleKinds).sort()).toEqual([
      'boolean',
      'deduction',
      'manual',
      'ratio',
      'survey',
      'tiers',
    ]);
    const tiers = collectLeaves(set.nodes).flatMap((l) => (l.rule?.kind === 'tiers' ? l.rule.tiers : []));
    expect(tiers.some((t) => t.min !== undefined) && tiers.some((t) => t.max !== undefined)).toBe(true);
  });

  it.each(sets)('$code: the 8 official areas, #7 "Chính quyền điện tử, Chính quyền số"', (set) => {
    expect(set.nodes.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(set.nodes[6].title).toBe('Xây dựng và phát triển Chính quyền điện tử, Chính quyền số');
    expect(set.nodes[4].title).toBe('Cải cách chế độ công vụ');
  });

  it.each(sets)('$code: every leaf has guidance, evidence and a lead agency among the demo units', (set) => {
    const agencies = new Set(
      demoUnits()
        .filter((u) => u.type === 'department')
        .map((u) => u.code),
    );
    const incomplete = collectLeaves(set.nodes)
      .filter(
        (l) =>
          (l.guidance ?? '').length < 40 ||
          (l.evidence ?? '').length < 30 ||
          !agencies.has(l.leadAgency ?? ''),
      )
      .map((l) => l.code);
    expect(incomplete).toEqual([]);
  });

  it.each(sets)(
    '$code: survey leaves take the A–E options, never self-scored, led by the standing agency',
    (set) => {
      const survey = collectLeaves(set.nodes).filter((l) => l.source === 'survey');
      expect(survey).toHaveLength(11);
      for (const leaf of survey) {
        expect(leaf).toMatchObject({ rule: { kind: 'survey' }, leadAgency: 'SNV' });
        expect(leaf.guidance).toContain('Không tự chấm');
        const options = leaf.rule?.kind === 'survey' ? leaf.rule.options : [];
        expect(options?.map((o) => [o.code, o.percent, o.excluded ?? false])).toEqual([
          ['A', 100, false],
          ['B', 60, false],
          ['C', 20, false],
          ['D', 0, false],
          ['E', 0, true],
        ]);
      }
    },
  );

  it.each(sets)('$code: bands Xuất sắc ≥ 90 … Yếu and a bonus/penalty block', (set) => {
    expect(set.bands?.map((b) => b.label)).toEqual(['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu']);
    expect(set.bands?.[0].minIndex).toBe(90);
    expect(set.adjustments).toEqual({ bonusMax: 2, penaltyMax: 3 });
  });
});
