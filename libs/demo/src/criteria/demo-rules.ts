import type { BandV1, RuleV1 } from '@par/scoring';

/** `value: true` → max. */
export const BOOLEAN = { kind: 'boolean' } as const satisfies RuleV1;
/** The appraiser gives the points. */
export const MANUAL = { kind: 'manual' } as const satisfies RuleV1;
/** Share of a target of 100 %: max × min(1, value / 100). */
export const RATIO = { kind: 'ratio', target: 100 } as const satisfies RuleV1;

/** The survey answer options (default weights, "don't know" excluded). */
export const SURVEY_RULE: RuleV1 = {
  kind: 'survey',
  options: [
    { code: 'A', percent: 100, label: 'Rất tốt' },
    { code: 'B', percent: 60, label: 'Tốt' },
    { code: 'C', percent: 20, label: 'Chưa tốt' },
    { code: 'D', percent: 0, label: 'Kém' },
    { code: 'E', percent: 0, excluded: true, label: 'Không biết, không trả lời' },
  ],
};

/** Classification of provincial agencies (xếp loại). */
export const DEPARTMENT_BANDS: readonly BandV1[] = [
  { code: 'XS', label: 'Xuất sắc', minIndex: 90 },
  { code: 'T', label: 'Tốt', minIndex: 80 },
  { code: 'K', label: 'Khá', minIndex: 70 },
  { code: 'TB', label: 'Trung bình', minIndex: 50 },
  { code: 'Y', label: 'Yếu', minIndex: 0 },
];

/** Communes and wards: the same, but "Khá" from 65 (bands are data: they differ by unit type). */
export const COMMUNE_BANDS: readonly BandV1[] = DEPARTMENT_BANDS.map((b) =>
  b.code === 'K' ? { ...b, minIndex: 65 } : b,
);

/** Bonus (điểm thưởng) up to 2, penalty (điểm trừ) up to 3 points. */
export const ADJUSTMENTS = { bonusMax: 2, penaltyMax: 3 } as const;
