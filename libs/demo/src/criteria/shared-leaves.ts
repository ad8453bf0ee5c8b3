import type { CriteriaNodeV1 } from '@par/scoring';
import { RATIO } from './demo-rules';
import { leafNode } from './leaf-node';
import { tiersRule } from './tiers-rule';

// Leaves, and 2026 changes, that agencies and communes share word for word (same code in both sets).

/** 3.3.3 — dossiers sent back more than once: tiers by max, less is better. */
export const RESUBMITTED_DOSSIERS: CriteriaNodeV1 = leafNode(
  '3.3.3',
  'Tỷ lệ hồ sơ TTHC phải yêu cầu bổ sung, hoàn thiện quá 01 lần',
  1.5,
  tiersRule('max', [
    [1, 1.5],
    [3, 1],
    [5, 0.5],
  ]),
  {
    guidance:
      'Tỷ lệ (%) càng thấp càng tốt: không quá 1 % → 1,5 điểm; không quá 3 % → 1; không quá 5 % → 0,5; trên 5 % → 0.',
    evidence: 'Thống kê hồ sơ yêu cầu bổ sung từ Hệ thống thông tin giải quyết TTHC tỉnh.',
    lead: 'VPUBND',
  },
);

/** 3.3.3 from 2026: two points, half a point more at each tier. */
export const RESUBMITTED_DOSSIERS_2026: Partial<CriteriaNodeV1> = {
  maxPoints: 2,
  rule: tiersRule('max', [
    [1, 2],
    [3, 1.5],
    [5, 1],
  ]),
  guidance:
    'Tỷ lệ (%) càng thấp càng tốt: không quá 1 % → 2 điểm; không quá 3 % → 1,5; không quá 5 % → 1; trên 5 % → 0.',
};

/** 8.3.2 from 2026 (share of last year's shortcomings remedied): 1.5 points. */
export const REMEDIATION_2026: Partial<CriteriaNodeV1> = {
  maxPoints: 1.5,
  rule: tiersRule('min', [
    [100, 1.5],
    [70, 0.75],
  ]),
  guidance:
    'Số hạn chế đã khắc phục / số hạn chế nêu trong kế hoạch: 100 % → 1,5 điểm; từ 70 % → 0,75; dưới 70 % → 0.',
};

/** 7.3.1 — outgoing documents signed digitally and sent electronically. */
export const SIGNED_DOCUMENTS: CriteriaNodeV1 = leafNode(
  '7.3.1',
  'Tỷ lệ văn bản đi được ký số và gửi, nhận trên môi trường điện tử',
  1.5,
  tiersRule('min', [
    [95, 1.5],
    [90, 1],
    [80, 0.5],
  ]),
  {
    guidance: 'Trừ văn bản mật: từ 95 % → 1,5 điểm; từ 90 % → 1; từ 80 % → 0,5; dưới 80 % → 0.',
    evidence: 'Thống kê từ Hệ thống quản lý văn bản và điều hành của tỉnh.',
    lead: 'SKHCN',
  },
);

/** 7.3.2 — periodic reports sent through the provincial reporting system. */
export const SYSTEM_REPORTS: CriteriaNodeV1 = leafNode(
  '7.3.2',
  'Tỷ lệ báo cáo định kỳ được gửi qua Hệ thống thông tin báo cáo của tỉnh',
  1,
  RATIO,
  {
    guidance: 'Điểm = 1 × số báo cáo gửi qua hệ thống / số báo cáo định kỳ phải gửi.',
    evidence: 'Trích xuất Hệ thống thông tin báo cáo của tỉnh.',
    lead: 'VPUBND',
  },
);
