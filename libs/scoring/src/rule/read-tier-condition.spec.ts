import type { Issue } from '../model/issue.types';
import { lexRuleText } from './lex-rule-text';
import { readTierCondition } from './read-tier-condition';

function read(text: string): { bounds: unknown; messages: string[] } {
  const issues: Issue[] = [];
  const bounds = readTierCondition({ text, issues, maxDecimal: '2' }, lexRuleText(text).tokens);
  return { bounds, messages: issues.map((issue) => `${issue.code}: ${issue.message}`) };
}

const EXPECTED = 'điều kiện của mức cần dạng "≥ 80%", "≤ 20%" hoặc "từ 50% đến 80%".';
const STRICT =
  'ngưỡng của mức luôn tính cả giá trị bằng: dùng "≥", "≤" hoặc "từ … đến …", không dùng ">", "<", "trên", ' +
  '"dưới". Các mức được xét lần lượt, nên "từ 50% đến dưới 80%" viết là "≥ 50%" đặt sau mức "≥ 80%".';

describe('readTierCondition', () => {
  it.each<[string, { min?: string; max?: string }]>([
    ['≥ 80%', { min: '80' }],
    ['>= 80', { min: '80' }],
    ['≥80,5%', { min: '80.5' }],
    ['từ 80% trở lên', { min: '80' }],
    ['80% trở lên', { min: '80' }],
    ['không dưới 80%', { min: '80' }],
    ['ít nhất 80', { min: '80' }],
    ['at least 80', { min: '80' }],
    ['80% or more', { min: '80' }],
    ['≥ -5', { min: '-5' }],
    ['≤ 20%', { max: '20' }],
    ['<= 20', { max: '20' }],
    ['không quá 20%', { max: '20' }],
    ['tối đa 20%', { max: '20' }],
    ['từ 20% trở xuống', { max: '20' }],
    ['đến 20%', { max: '20' }],
    ['up to 20', { max: '20' }],
    ['20 or less', { max: '20' }],
    ['từ 50% đến 80%', { min: '50', max: '80' }],
    ['Từ 50 đến 80', { min: '50', max: '80' }],
    ['50 - 80%', { min: '50', max: '80' }],
    ['50%–80%', { min: '50', max: '80' }],
    ['50-80', { min: '50', max: '80' }],
    ['50 đến 80', { min: '50', max: '80' }],
    ['≥ 50% và ≤ 80%', { min: '50', max: '80' }],
    ['≤ 80 and ≥ 50', { min: '50', max: '80' }],
    ['from 50% to 80%', { min: '50', max: '80' }],
    ['từ -10% đến -5%', { min: '-10', max: '-5' }],
    ['-10 - -5', { min: '-10', max: '-5' }],
  ])('%p → %p', (text, bounds) => {
    expect(read(text)).toEqual({ bounds, messages: [] });
  });

  it.each<[string, string]>([
    ['> 80%', STRICT],
    ['trên 80%', STRICT],
    ['dưới 50%', STRICT],
    ['từ 50% đến dưới 80%', STRICT],
    ['more than 80', STRICT],
    ['', EXPECTED],
    ['≥', EXPECTED],
    ['≥ ≤ 80', EXPECTED],
    ['≥ 80 trở xuống', EXPECTED],
    ['≥ 50 ≥ 60', EXPECTED],
    ['≥ 10 và ≤ 20 và ≤ 30', EXPECTED],
    ['đến 50 từ 80', EXPECTED],
    ['50 80', EXPECTED],
    ['≥ tám mươi', EXPECTED],
    ['80%', 'thiếu dấu so sánh: ghi "≥ 80" (từ 80 trở lên) hoặc "≤ 80" (đến 80 trở xuống).'],
    ['80,5', 'thiếu dấu so sánh: ghi "≥ 80,5" (từ 80,5 trở lên) hoặc "≤ 80,5" (đến 80,5 trở xuống).'],
  ])('refuses %p', (text, message) => {
    expect(read(text)).toEqual({
      bounds: null,
      messages: [
        `INVALID_RULE_TEXT: ${text ? `Tại "${text}": ${message}` : `${message[0].toUpperCase()}${message.slice(1)}`}`,
      ],
    });
  });

  it('explains in English too', () => {
    const issues: Issue[] = [];
    readTierCondition({ text: '80', issues, maxDecimal: null }, lexRuleText('80').tokens);
    expect(issues[0].messageEn).toBe(
      'At "80": a comparison is missing: write "≥ 80" (80 or more) or "≤ 80" (80 or less).',
    );
  });
});
