import type { LeafInputV1 } from '@par/scoring';
import { describeInput } from './describe-input';

describe('describeInput', () => {
  it.each<[string, LeafInputV1 | null, string]>([
    ['nothing', null, ''],
    ['not applicable (wins over figures)', { notApplicable: true, value: true }, 'Không áp dụng'],
    ['direct points (win over figures)', { points: 1.25, value: 3 }, '1,25 điểm'],
    ['whole direct points', { points: 2 }, '2 điểm'],
    ['yes', { value: true }, 'Có'],
    ['no', { value: false }, 'Không'],
    ['a decimal value', { value: 2.5 }, '2,5'],
    ['a decimal value as text', { value: '0.75' }, '0,75'],
    ['a ratio', { numerator: 19, denominator: 20 }, '19/20 (95%)'],
    ['a ratio rounded to 2 decimals', { numerator: 2, denominator: 3 }, '2/3 (66,67%)'],
    ['a ratio over zero', { numerator: 0, denominator: 0 }, '0/0 (0%)'],
    ['a count', { count: 3 }, '3 trường hợp'],
    ['survey counts', { counts: { A: 12, B: 3 } }, 'A: 12; B: 3'],
    ['a survey mean', { meanPercent: 82.5 }, '82,5%'],
    ['an empty input', {}, ''],
  ])('%s → "%s"', (_name, input, text) => {
    expect(describeInput(input)).toBe(text);
  });
});
