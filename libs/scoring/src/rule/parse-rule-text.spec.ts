import fc from 'fast-check';
import { DEFAULT_SURVEY_OPTIONS_V1, ruleWithMax } from '../__fixtures__/rule-arbitraries';
import type { DecimalV1, RuleV1 } from '../model/interchange-v1.types';
import { ISSUE_CODES } from '../model/issue.types';
import { validateRule } from '../parse/validate-rule';
import { canonicalRuleV1 } from './canonical-rule-v1';
import { formatRuleText } from './format-rule-text';
import { parseRuleText } from './parse-rule-text';

function issuesOf(text: string, max: DecimalV1): (string | undefined)[][] {
  const result = parseRuleText(text, max);
  return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path]);
}

describe('parseRuleText', () => {
  it.each<[string, DecimalV1, RuleV1]>([
    ['Chấm trực tiếp', 2, { kind: 'manual' }],
    ['Có: tối đa; Không: 0', '2.50', { kind: 'boolean' }],
    ['Có: 2,5 điểm; Không: 0', 2.5, { kind: 'boolean' }],
    [
      'Theo mức: ≥ 100%: 2 điểm; ≥ 80%: 1 điểm',
      2,
      {
        kind: 'tiers',
        tiers: [
          { min: 100, points: 2 },
          { min: 80, points: 1 },
        ],
        otherwise: 0,
      },
    ],
    [
      'Từ 90% trở lên: tối đa; từ 50,5 đến 89,999: 0,75đ "Khá"; còn lại: 0.125',
      1.5,
      {
        kind: 'tiers',
        tiers: [
          { min: 90, points: 1.5 },
          { min: 50.5, max: 89.999, points: 0.75, label: 'Khá' },
        ],
        otherwise: 0.125,
      },
    ],
    ['Tỷ lệ', 2, { kind: 'ratio', target: 100 }],
    ['Tỷ lệ so với mục tiêu 95,50%', 2, { kind: 'ratio', target: 95.5 }],
    ['Trừ 0,25 điểm mỗi trường hợp', 1, { kind: 'deduction', perItem: 0.25 }],
    ['Điều tra XHH', 3, { kind: 'survey', options: DEFAULT_SURVEY_OPTIONS_V1 }],
    [
      'Survey: A "Very satisfied" = 100%; B = 62.5%; "Don\'t know" = excluded',
      3,
      {
        kind: 'survey',
        options: [
          { code: 'A', percent: 100, label: 'Very satisfied' },
          { code: 'B', percent: 62.5 },
          { code: "Don't know", percent: 0, excluded: true },
        ],
      },
    ],
  ])('%p (max %p) → the canonical v1 rule', (text, max, rule) => {
    expect(parseRuleText(text, max)).toStrictEqual({ ok: true, value: rule });
  });

  it.each<[string, DecimalV1, (string | undefined)[][]]>([
    [
      'Theo mức: ≥ 80%: 3 điểm; còn lại: 2,5',
      2,
      [
        ['POINTS_OUT_OF_RANGE', '/tiers/0/points'],
        ['POINTS_OUT_OF_RANGE', '/otherwise'],
      ],
    ],
    ['Theo mức: từ 80% đến 50%: 1', 2, [['INVALID_RULE', '/tiers/0']]],
    ['Theo mức: ≥ 80%: 0,0005', 2, [['INVALID_DECIMAL', '/tiers/0/points']]],
    ['Tỷ lệ so với mục tiêu 0%', 2, [['INVALID_RULE', '/target']]],
    ['Trừ 0 điểm mỗi trường hợp', 2, [['INVALID_RULE', '/perItem']]],
    ['Trừ 0,0001 điểm mỗi trường hợp', 2, [['INVALID_DECIMAL', '/perItem']]],
    [
      'Điều tra XHH: A = 120%; B = 33,3333%',
      2,
      [
        ['VALUE_OUT_OF_RANGE', '/options/0/percent'],
        ['INVALID_DECIMAL', '/options/1/percent'],
      ],
    ],
    ['Điều tra XHH: A = 100%; A = 50%', 2, [['DUPLICATE_CODE', '/options/1/code']]],
    ['Điều tra XHH: E = không tính', 2, [['INVALID_RULE', '/options']]],
    ['Chấm trực tiếp', 'hai', [['INVALID_DECIMAL', '/maxPoints']]],
    ['Chấm trực tiếp', -1, [['POINTS_OUT_OF_RANGE', '/maxPoints']]],
    ['Theo mức: ≥ 80: tối đa', -1, [['POINTS_OUT_OF_RANGE', '/maxPoints']]],
    [
      'Chấm cho vui',
      'hai',
      [
        ['INVALID_DECIMAL', '/maxPoints'],
        ['INVALID_RULE_TEXT', undefined],
      ],
    ],
    ['Theo mức: > 80%: 1; ≥ 50%: 5', 2, [['INVALID_RULE_TEXT', undefined]]],
  ])('%p (max %p) → %j', (text, max, expected) => {
    expect(issuesOf(text, max)).toEqual(expected);
  });

  it('tells the official, in Vietnamese and English, what was expected', () => {
    expect(parseRuleText('Theo mức: ≥ 80%: 3 điểm; 50%: 1', 2)).toStrictEqual({
      ok: false,
      issues: [
        {
          code: 'INVALID_RULE_TEXT',
          message: 'Tại "50%": thiếu dấu so sánh: ghi "≥ 50" (từ 50 trở lên) hoặc "≤ 50" (đến 50 trở xuống).',
          messageEn: 'At "50%": a comparison is missing: write "≥ 50" (50 or more) or "≤ 50" (50 or less).',
        },
      ],
    });
    expect(parseRuleText('Theo mức: ≥ 80%: 3 điểm', 2)).toStrictEqual({
      ok: false,
      issues: [
        {
          code: 'POINTS_OUT_OF_RANGE',
          path: '/tiers/0/points',
          message: 'điểm 3 nằm ngoài khoảng 0..2.',
          messageEn: 'points 3 are outside 0..2.',
        },
      ],
    });
  });

  it('refuses what is not text, and text longer than an Excel cell', () => {
    expect(parseRuleText(42 as unknown as string, 2)).toStrictEqual({
      ok: false,
      issues: [
        {
          code: 'INVALID_FIELD',
          message: 'Phương pháp chấm điểm phải là chuỗi ký tự, nhận được 42.',
          messageEn: 'The scoring method must be a string, got 42.',
        },
      ],
    });
    expect(parseRuleText(`Chấm trực tiếp${' '.repeat(32_767)}`, 2)).toStrictEqual({
      ok: false,
      issues: [
        {
          code: 'INVALID_RULE_TEXT',
          message: 'Phương pháp chấm điểm dài 32781 ký tự, quá giới hạn 32767 ký tự của một ô Excel.',
          messageEn:
            'The scoring method is 32781 characters long, over the 32767 characters of an Excel cell.',
        },
      ],
    });
    expect(parseRuleText(`Chấm trực tiếp${' '.repeat(32_753)}`, 2).ok).toBe(true);
  });

  it('round trip: parseRuleText(formatRuleText(rule), max) is the canonical rule, in both languages', () => {
    fc.assert(
      fc.property(ruleWithMax, fc.constantFrom<'vi' | 'en'>('vi', 'en'), ({ maxPoints, rule }, locale) => {
        const text = formatRuleText(rule, { locale });
        const canonical = canonicalRuleV1(rule);
        expect(parseRuleText(text, maxPoints)).toStrictEqual({ ok: true, value: canonical });
        expect(validateRule(canonical, maxPoints).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  const soup = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'Theo mức',
          'Có',
          'Không',
          'tối đa',
          'Tỷ lệ',
          'mục tiêu',
          'Trừ',
          'mỗi',
          'Điều tra XHH',
          'còn lại',
          'không tính',
          'từ',
          'đến',
          'trở lên',
          'dưới',
          'điểm',
          'đ',
          'A',
          'E',
          'Yes',
          'Tiers',
          'Survey',
          ':',
          '=',
          '≥',
          '>=',
          '≤',
          '>',
          '%',
          ';',
          ',',
          '\n',
          '-',
          '–',
          '(',
          ')',
          '"',
          '""',
          '“',
          '”',
          '.',
          '0',
          '80',
          '0,5',
          '1.25',
          '-3',
          '100',
          ' ',
        ),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 25 },
    )
    .map((parts) => parts.join(' '));

  it('never throws on any text and any max; what it accepts is valid and formats back to itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(soup, fc.string(), fc.string({ unit: 'binary' })),
        fc.oneof(fc.constant<unknown>(2), fc.jsonValue()),
        (text, max) => {
          const result = parseRuleText(text, max as DecimalV1);
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) expect(ISSUE_CODES).toContain(issue.code);
            return;
          }
          expect(validateRule(result.value, max as DecimalV1).ok).toBe(true);
          expect(parseRuleText(formatRuleText(result.value), max as DecimalV1)).toStrictEqual(result);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
