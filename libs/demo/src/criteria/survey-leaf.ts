import type { CriteriaNodeV1 } from '@par/scoring';
import { SURVEY_RULE } from './demo-rules';

/**
 * A leaf scored by the sociological survey (never self-scored), organised by the standing agency:
 * `respondents` names who answers the question, e.g. "đại biểu HĐND tỉnh, lãnh đạo UBND xã, phường".
 */
export function surveyLeaf(
  code: string,
  title: string,
  maxPoints: number,
  respondents: string,
): CriteriaNodeV1 {
  return {
    code,
    title,
    maxPoints,
    source: 'survey',
    rule: SURVEY_RULE,
    guidance:
      `Không tự chấm. Điểm = điểm tối đa × tỷ lệ bình quân của các câu trả lời (A = 100 %, B = 60 %, ` +
      `C = 20 %, D = 0 %; E "không biết" không tính). Đối tượng khảo sát: ${respondents}.`,
    evidence: 'Kết quả điều tra xã hội học do Sở Nội vụ tổng hợp (không yêu cầu đơn vị cung cấp).',
    leadAgency: 'SNV',
  };
}
