/**
 * The one factory of criteria sets for the SPA's tests: the worked example (the same document as the API's
 * `apps/api/test/fixtures/criteria-set.json`: every rule kind, a survey leaf) and builders for a set of
 * one's own whose branch maxima are the sums of their children.
 */
import {
  CRITERIA_SET_FORMAT,
  fromMilli,
  toMilli,
  type CriteriaNodeV1,
  type CriteriaSetV1,
  type DecimalV1,
  type RuleV1,
} from '@par/scoring';

const EXAMPLE: CriteriaSetV1 = {
  format: 'par-index.criteria-set/v1',
  code: 'VD-SO-2026',
  name: 'Ví dụ: bộ tiêu chí các sở (rút gọn)',
  year: 2026,
  unitType: 'department',
  bands: [
    { code: 'XS', label: 'Xuất sắc', minIndex: 90 },
    { code: 'T', label: 'Tốt', minIndex: 80 },
    { code: 'K', label: 'Khá', minIndex: 70 },
    { code: 'TB', label: 'Trung bình', minIndex: 50 },
    { code: 'Y', label: 'Yếu', minIndex: 0 },
  ],
  adjustments: { bonusMax: 1, penaltyMax: 2 },
  nodes: [
    {
      code: '1',
      title: 'Công tác chỉ đạo, điều hành CCHC',
      maxPoints: 4,
      children: [
        {
          code: '1.1',
          title: 'Ban hành kế hoạch CCHC năm đúng thời hạn',
          maxPoints: 1,
          source: 'assessment',
          rule: { kind: 'boolean' },
        },
        {
          code: '1.2',
          title: 'Mức độ hoàn thành kế hoạch CCHC',
          maxPoints: 2,
          source: 'assessment',
          rule: {
            kind: 'tiers',
            tiers: [
              { min: 100, points: 2 },
              { min: 80, points: 1 },
            ],
            otherwise: 0,
          },
        },
        {
          code: '1.3',
          title: 'Số báo cáo CCHC nộp trễ hạn',
          maxPoints: 1,
          source: 'assessment',
          rule: { kind: 'deduction', perItem: 0.25 },
        },
      ],
    },
    {
      code: '2',
      title: 'Cải cách thủ tục hành chính',
      maxPoints: 3,
      children: [
        {
          code: '2.1',
          title: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
          maxPoints: 2,
          source: 'assessment',
          rule: { kind: 'ratio', target: 100 },
        },
        {
          code: '2.2',
          title: 'Rà soát, đơn giản hóa TTHC',
          maxPoints: 1,
          source: 'assessment',
          rule: { kind: 'manual' },
        },
      ],
    },
    {
      code: '3',
      title: 'Đánh giá qua điều tra xã hội học',
      maxPoints: 3,
      children: [
        {
          code: '3.1',
          title: 'Mức độ hài lòng về chất lượng phục vụ',
          maxPoints: 3,
          source: 'survey',
          rule: {
            kind: 'survey',
            options: [
              { code: 'A', percent: 100 },
              { code: 'B', percent: 60 },
              { code: 'C', percent: 20 },
              { code: 'D', percent: 0 },
              { code: 'E', percent: 0, excluded: true },
            ],
          },
        },
      ],
    },
  ],
};

/** The worked example as criteria-set/v1 (a fresh copy), with top-level fields replaced by `overrides`. */
export function exampleCriteriaSet(overrides: Partial<CriteriaSetV1> = {}): CriteriaSetV1 {
  return { ...structuredClone(EXAMPLE), ...overrides };
}

/** A leaf; its source follows the rule (survey rule → survey leaf) unless `extra` says otherwise. */
export function leaf(
  code: string,
  title: string,
  maxPoints: DecimalV1,
  rule: RuleV1,
  extra: Partial<CriteriaNodeV1> = {},
): CriteriaNodeV1 {
  return { code, title, maxPoints, source: rule.kind === 'survey' ? 'survey' : 'assessment', rule, ...extra };
}

/** A branch (area or criterion) whose maximum is the sum of its children's. */
export function branch(
  code: string,
  title: string,
  children: CriteriaNodeV1[],
  extra: Partial<CriteriaNodeV1> = {},
): CriteriaNodeV1 {
  const milli = children.reduce((sum, child) => sum + toMilli(child.maxPoints), 0);
  return { code, title, maxPoints: fromMilli(milli), ...extra, children };
}

/** A set of one's own around `nodes`; the other fields default to a department set of 2026. */
export function criteriaSetDocument(
  nodes: CriteriaNodeV1[],
  fields: Partial<Omit<CriteriaSetV1, 'nodes'>> = {},
): CriteriaSetV1 {
  return {
    format: CRITERIA_SET_FORMAT,
    code: 'TEST-2026',
    name: 'Bộ tiêu chí kiểm thử',
    year: 2026,
    unitType: 'department',
    ...fields,
    nodes,
  };
}
