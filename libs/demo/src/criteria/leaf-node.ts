import type { CriteriaNodeV1, RuleV1 } from '@par/scoring';

/** How an appraised leaf is scored, what proves it, and which agency appraises it. */
export interface LeafDetails {
  /** Cách chấm điểm. */
  readonly guidance: string;
  /** Tài liệu kiểm chứng. */
  readonly evidence: string;
  /** Cơ quan chủ trì thẩm định (a unit code). */
  readonly lead: string;
  /**
   * The indicator a provincial system pushes into this leaf (e.g. the one-stop system's on-time rate):
   * only such leaves receive pushed figures (`PUT /periods/{id}/indicators`).
   */
  readonly indicator?: string;
}

/**
 * An appraised (self-assessed, then appraised) leaf: source `assessment`. A leaf whose guidance says it may
 * not apply ("không áp dụng") lets the unit mark it so (`notApplicableAllowed`, with a note); one naturally
 * fed by another provincial system names its `indicator`.
 */
export function leafNode(
  code: string,
  title: string,
  maxPoints: number,
  rule: Exclude<RuleV1, { kind: 'survey' }>,
  { guidance, evidence, lead, indicator }: LeafDetails,
): CriteriaNodeV1 {
  return {
    code,
    title,
    maxPoints,
    source: 'assessment',
    rule,
    guidance,
    evidence,
    leadAgency: lead,
    ...(guidance.includes('không áp dụng') ? { notApplicableAllowed: true } : {}),
    ...(indicator ? { indicator } : {}),
  };
}
