import type { RuleV1 } from '../model/interchange-v1.types';
import { validateRule } from '../parse/validate-rule';
import { formatRuleText } from './format-rule-text';

describe('formatRuleText', () => {
  it.each<[RuleV1, string, string]>([
    [{ kind: 'manual' }, 'Chấm trực tiếp', 'Manual scoring'],
    [{ kind: 'boolean' }, 'Có: tối đa; Không: 0', 'Yes: max; No: 0'],
    [
      {
        kind: 'tiers',
        tiers: [
          { min: 100, points: 2 },
          { min: 80, points: 1 },
        ],
        otherwise: 0,
      },
      'Theo mức: ≥ 100%: 2 điểm; ≥ 80%: 1 điểm; còn lại: 0 điểm',
      'Tiers: ≥ 100%: 2 points; ≥ 80%: 1 point; otherwise: 0 points',
    ],
    [
      {
        kind: 'tiers',
        tiers: [
          { min: 50, max: '80.5', points: 1.25, label: 'Đạt' },
          { max: -0.5, points: '0.010', label: 'nhãn có "ngoặc"' },
        ],
      },
      'Theo mức: từ 50% đến 80,5% "Đạt": 1,25 điểm; ≤ -0,5% "nhãn có ""ngoặc""": 0,01 điểm; còn lại: 0 điểm',
      'Tiers: from 50% to 80.5% "Đạt": 1.25 points; ≤ -0.5% "nhãn có ""ngoặc""": 0.01 points; otherwise: 0 points',
    ],
    [{ kind: 'ratio' }, 'Tỷ lệ so với mục tiêu 100%', 'Ratio to target 100%'],
    [{ kind: 'ratio', target: '1234.50' }, 'Tỷ lệ so với mục tiêu 1234,5%', 'Ratio to target 1234.5%'],
    [{ kind: 'deduction', perItem: 0.25 }, 'Trừ 0,25 điểm mỗi trường hợp', 'Deduct 0.25 points per item'],
    [{ kind: 'deduction', perItem: 1 }, 'Trừ 1 điểm mỗi trường hợp', 'Deduct 1 point per item'],
    [
      { kind: 'survey' },
      'Điều tra XHH: A = 100%; B = 60%; C = 20%; D = 0%; E = không tính',
      'Survey: A = 100%; B = 60%; C = 20%; D = 0%; E = excluded',
    ],
    [
      {
        kind: 'survey',
        options: [
          { code: 'A', percent: 100, label: 'Rất hài lòng' },
          { code: 'Rất tốt', percent: 62.5 },
          { code: '1', percent: 0 },
          { code: 'X"', percent: 12.5, excluded: true },
          { code: 'Đ_2', percent: 0, excluded: true },
        ],
      },
      'Điều tra XHH: A "Rất hài lòng" = 100%; "Rất tốt" = 62,5%; "1" = 0%; "X""" = 12,5% không tính; Đ_2 = không tính',
      'Survey: A "Rất hài lòng" = 100%; "Rất tốt" = 62.5%; "1" = 0%; "X""" = 12.5% excluded; Đ_2 = excluded',
    ],
  ])('%j', (rule, vi, en) => {
    expect([
      formatRuleText(rule),
      formatRuleText(rule, { locale: 'vi' }),
      formatRuleText(rule, { locale: 'en' }),
    ]).toEqual([vi, vi, en]);
  });

  it('formats a model rule (a parsed leaf) the same way, without thousands separators', () => {
    const parsed = validateRule(
      { kind: 'tiers', tiers: [{ min: 12345.5, points: 1234.5 }], otherwise: 0.001 },
      2000,
    );
    if (!parsed.ok) throw new Error('valid rule');
    expect(formatRuleText(parsed.value)).toBe('Theo mức: ≥ 12345,5%: 1234,5 điểm; còn lại: 0,001 điểm');
    expect(formatRuleText(parsed.value, { locale: 'en' })).toBe(
      'Tiers: ≥ 12345.5%: 1234.5 points; otherwise: 0.001 points',
    );
  });

  it('throws a TypeError for an invalid v1 rule', () => {
    expect(() => formatRuleText({ kind: 'tiers', tiers: [] })).toThrow(
      new TypeError('Invalid rule: /tiers a tiers rule needs at least one tier.'),
    );
  });
});
