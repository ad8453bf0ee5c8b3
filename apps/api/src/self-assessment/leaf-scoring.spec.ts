import type { LeafInputV1 } from '@par/scoring';
import { DomainError } from '../common/errors/domain-error';
import { leafIn, smallCriteriaSet } from '../../test/support/criteria-set';
import { pointsOf, scoreInput, whyOf } from './leaf-scoring';

const set = smallCriteriaSet();

describe('pointsOf and whyOf', () => {
  it.each<[string, LeafInputV1 | null, number | null, string, string]>([
    ['1.1', { value: true }, 1000, 'Có/không: đạt → tối đa 1 điểm.', 'Yes/no: met → full marks (1 point).'],
    ['1.1', { value: false }, 0, 'Có/không: không đạt → 0 điểm.', 'Yes/no: not met → 0 points.'],
    [
      '1.2',
      { numerator: 19, denominator: 20 },
      1900,
      'Tỷ lệ: 2 × 95 (19/20 × 100) / 100 = 1,9 điểm.',
      'Ratio: 2 × 95 (19/20 × 100) / 100 = 1.9 points.',
    ],
    [
      '1.2',
      { numerator: 2, denominator: 3 },
      1333,
      'Tỷ lệ: 2 × 66,667 (2/3 × 100) / 100 ≈ 1,333333 → 1,333 điểm (làm tròn nửa lên đến 3 chữ số thập phân).',
      'Ratio: 2 × 66.667 (2/3 × 100) / 100 ≈ 1.333333 → 1.333 points (rounded half-up to 3 decimals).',
    ],
    [
      '2.1',
      { value: 3 },
      1500,
      'Theo mức: giá trị 3 ≥ 3 → mức 1: 1,5 điểm.',
      'Tiers: value 3 ≥ 3 → tier 1: 1.5 points.',
    ],
    [
      '2.1',
      { value: 2 },
      500,
      'Theo mức: giá trị 2 ≥ 1 → mức 2: 0,5 điểm.',
      'Tiers: value 2 ≥ 1 → tier 2: 0.5 points.',
    ],
    [
      '2.1',
      { value: 0 },
      0,
      'Theo mức: giá trị 0 không đạt mức nào → 0 điểm.',
      'Tiers: value 0 meets no tier → 0 points (otherwise).',
    ],
    [
      '1.2',
      { notApplicable: true },
      0,
      'Không áp dụng: tiêu chí được loại khỏi cả điểm đạt và điểm tối đa.',
      'Not applicable: the leaf leaves both the points and the applicable max.',
    ],
    [
      '1.2',
      { points: 0.75 },
      750,
      'Điểm chấm trực tiếp (thẩm định): 0,75 điểm.',
      'Points given directly (appraisal): 0.75 points.',
    ],
    [
      '2.2',
      { meanPercent: 80 },
      400,
      'Điều tra xã hội học: bình quân 80% → 0,5 × 80% = 0,4 điểm.',
      'Survey: mean 80% → 0.5 × 80% = 0.4 points.',
    ],
    [
      '1.2',
      null,
      null,
      'Chưa có số liệu: 0 điểm, ghi vào danh sách thiếu.',
      'No input: 0 points, listed as missing.',
    ],
  ])('leaf %s, input %j → %s thousandths', (code, input, points, vi, en) => {
    const leaf = leafIn(set, code);
    expect(pointsOf(leaf, input)).toBe(points);
    expect(whyOf(leaf, input)).toBe(vi);
    expect(whyOf(leaf, input, 'en')).toBe(en);
  });
});

describe('scoreInput on a bad input', () => {
  it.each<[string, LeafInputV1, string, string, string]>([
    [
      '1.1',
      { numerator: 1 },
      'INPUT_KIND_MISMATCH',
      '',
      'Tiêu chí 1.1: quy tắc "boolean" cần value: true|false, nhận được numerator/denominator.',
    ],
    [
      '1.2',
      { numerator: 3, denominator: 0 },
      'INVALID_RATIO',
      '/denominator',
      'Tiêu chí 1.2: mẫu số phải lớn hơn 0, nhận được 0.',
    ],
    ['1.2', { points: 5 }, 'POINTS_OUT_OF_RANGE', '/points', 'Tiêu chí 1.2: điểm 5 nằm ngoài khoảng 0..2.'],
  ])('leaf %s, %j → INPUT_INVALID / %s, tagged with the leaf', (code, input, issue, field, message) => {
    const leaf = leafIn(set, code);
    let error: unknown;
    try {
      scoreInput(leaf, input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('INPUT_INVALID');
    expect((error as DomainError).options.detail).toEqual({ vi: `tiêu chí ${code}`, en: `leaf ${code}` });
    expect((error as DomainError).options.errors).toEqual([
      expect.objectContaining({ code: issue, field, message, leaf: code }),
    ]);
    expect(whyOf(leaf, input)).toBe('');
  });
});
