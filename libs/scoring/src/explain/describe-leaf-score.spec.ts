import type { RuleV1 } from '../model/interchange-v1.types';
import { makeInput, makeLeaf } from '../__fixtures__/make-set';
import { scoreLeaf } from '../score/score-leaf';
import { describeLeafScore } from './describe-leaf-score';

function explain(rule: RuleV1, maxPoints: number, raw: unknown): [string, string] {
  const leaf = makeLeaf(rule, maxPoints);
  const score = scoreLeaf(leaf, raw === undefined ? undefined : makeInput(leaf, raw));
  return [describeLeafScore(leaf, score), describeLeafScore(leaf, score, 'en')];
}

const TIERS: RuleV1 = {
  kind: 'tiers',
  tiers: [
    { max: 0, points: 2 },
    { min: 1, max: 5, points: 1.25 },
  ],
  otherwise: 0.5,
};

describe('describeLeafScore', () => {
  it.each<[string, RuleV1, number, unknown, string, string]>([
    [
      'boolean met',
      { kind: 'boolean' },
      1,
      { value: true },
      'Có/không: đạt → tối đa 1 điểm.',
      'Yes/no: met → full marks (1 point).',
    ],
    [
      'boolean not met',
      { kind: 'boolean' },
      1,
      { value: false },
      'Có/không: không đạt → 0 điểm.',
      'Yes/no: not met → 0 points.',
    ],
    [
      'tier by max',
      TIERS,
      2,
      { value: 0 },
      'Theo mức: giá trị 0 ≤ 0 → mức 1: 2 điểm.',
      'Tiers: value 0 ≤ 0 → tier 1: 2 points.',
    ],
    [
      'tier by range, from a ratio',
      TIERS,
      2,
      { numerator: 3, denominator: 100 },
      'Theo mức: giá trị 3 (3/100 × 100) trong khoảng 1..5 → mức 2: 1,25 điểm.',
      'Tiers: value 3 (3/100 × 100) within 1..5 → tier 2: 1.25 points.',
    ],
    [
      'no tier',
      TIERS,
      2,
      { value: 0.5 },
      'Theo mức: giá trị 0,5 không đạt mức nào → 0,5 điểm.',
      'Tiers: value 0.5 meets no tier → 0.5 points (otherwise).',
    ],
    [
      'ratio with rounding',
      { kind: 'ratio' },
      2,
      { value: 99.99 },
      'Tỷ lệ: 2 × 99,99 / 100 = 1,9998 → 2 điểm (làm tròn nửa lên đến 3 chữ số thập phân).',
      'Ratio: 2 × 99.99 / 100 = 1.9998 → 2 points (rounded half-up to 3 decimals).',
    ],
    [
      'ratio with a repeating decimal',
      { kind: 'ratio' },
      1,
      { numerator: 2, denominator: 3 },
      'Tỷ lệ: 1 × 66,667 (2/3 × 100) / 100 ≈ 0,666667 → 0,667 điểm (làm tròn nửa lên đến 3 chữ số thập phân).',
      'Ratio: 1 × 66.667 (2/3 × 100) / 100 ≈ 0.666667 → 0.667 points (rounded half-up to 3 decimals).',
    ],
    [
      'ratio capped',
      { kind: 'ratio', target: 90 },
      2,
      { value: 95 },
      'Tỷ lệ: giá trị 95 ≥ mục tiêu 90 → tối đa 2 điểm.',
      'Ratio: value 95 ≥ target 90 → full marks (2 points).',
    ],
    [
      'deduction',
      { kind: 'deduction', perItem: 0.25 },
      1,
      { count: 3 },
      'Trừ điểm: 1 − 0,25 × 3 = 0,25 điểm.',
      'Deduction: 1 − 0.25 × 3 = 0.25 points.',
    ],
    [
      'deduction floored',
      { kind: 'deduction', perItem: 0.25 },
      1,
      { count: 5 },
      'Trừ điểm: 1 − 0,25 × 5 < 0 → 0 điểm (không âm).',
      'Deduction: 1 − 0.25 × 5 < 0 → 0 points (floor 0).',
    ],
    [
      'survey counts',
      { kind: 'survey' },
      3,
      { counts: { A: 20, B: 8, C: 2, E: 3 } },
      'Điều tra xã hội học: 30 phiếu được tính (3 phiếu loại trừ), bình quân 84% → 3 × 84% = 2,52 điểm.',
      'Survey: 30 counted answers (3 excluded), mean 84% → 3 × 84% = 2.52 points.',
    ],
    [
      'survey mean',
      { kind: 'survey' },
      1,
      { meanPercent: 33.35 },
      'Điều tra xã hội học: bình quân 33,35% → 1 × 33,35% = 0,3335 → 0,334 điểm (làm tròn nửa lên đến 3 chữ số thập phân).',
      'Survey: mean 33.35% → 1 × 33.35% = 0.3335 → 0.334 points (rounded half-up to 3 decimals).',
    ],
    [
      'survey without counted answers',
      { kind: 'survey' },
      3,
      { counts: { E: 4 } },
      'Không có phiếu khảo sát nào được tính: 0 điểm, ghi vào danh sách thiếu.',
      'No counted survey answers: 0 points, listed as missing.',
    ],
    [
      'no input',
      { kind: 'manual' },
      1,
      undefined,
      'Chưa có số liệu: 0 điểm, ghi vào danh sách thiếu.',
      'No input: 0 points, listed as missing.',
    ],
    [
      'not applicable',
      { kind: 'manual' },
      1,
      { notApplicable: true },
      'Không áp dụng: tiêu chí được loại khỏi cả điểm đạt và điểm tối đa.',
      'Not applicable: the leaf leaves both the points and the applicable max.',
    ],
    [
      'override beside figures',
      { kind: 'ratio' },
      2,
      { value: 50, points: 1.5 },
      'Điểm chấm trực tiếp (thẩm định): 1,5 điểm. Nếu chấm theo số liệu: Tỷ lệ: 2 × 50 / 100 = 1 điểm.',
      'Points given directly (appraisal): 1.5 points. By the figures alone: Ratio: 2 × 50 / 100 = 1 point.',
    ],
  ])('%s', (_name, rule, max, raw, vi, en) => {
    expect(explain(rule, max, raw)).toEqual([vi, en]);
  });
});
