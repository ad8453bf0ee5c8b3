import type { LocalizedText } from './error-codes';

/**
 * The `detail` of a top-level error (what went wrong in this case, after the code's title) where the same
 * sentence serves several routes. One-off details stay beside the error they explain.
 */
export const DETAIL_TEXTS = {
  /** How many field problems `errors[]` lists. */
  PROBLEM_COUNT: (p: { count: number }) => ({ vi: `${p.count} lỗi`, en: `${p.count} problem(s)` }),
  /** The leaf a refusal is about. */
  LEAF: (p: { leaf: string }) => ({ vi: `tiêu chí ${p.leaf}`, en: `leaf ${p.leaf}` }),
  /** EXPLANATION_NOT_ALLOWED: only leaves the appraisal adjusted are explained (item or evidence). */
  LEAF_NOT_ADJUSTED: (p: { leaf: string }) => ({
    vi: `tiêu chí ${p.leaf} không bị điều chỉnh`,
    en: `leaf ${p.leaf} was not adjusted`,
  }),
  /** FORBIDDEN in a unit's own stages. */
  ONLY_ASSESSED_UNIT: () => ({ vi: 'chỉ đơn vị được đánh giá', en: 'only the assessed unit' }),
  /** FORBIDDEN in the appraisal rounds. */
  APPRAISERS_ONLY: () => ({ vi: 'chỉ thành viên thẩm định', en: 'appraisers only' }),
  /** FORBIDDEN: finalize and bonus/penalty belong to whoever is assigned every area of the unit. */
  WHOLE_UNIT_APPRAISER: () => ({
    vi: 'chỉ người được phân công thẩm định toàn bộ đơn vị (thư ký hội đồng) hoặc quản trị',
    en: 'only the appraiser assigned the whole unit (council secretary) or an admin',
  }),
  /** NOT_FOUND: a unit that is not one of the period's participants. */
  NOT_PARTICIPATING: (p: { unit: string }) => ({
    vi: `${p.unit} không tham gia kỳ này`,
    en: `${p.unit} does not participate`,
  }),
} as const satisfies Record<string, (params: never) => LocalizedText>;

export type DetailKey = keyof typeof DETAIL_TEXTS;
