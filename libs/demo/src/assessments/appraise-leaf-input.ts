import { fromMilli, type LeafInputV1, type LeafNode, type RandomSource } from '@par/scoring';
import { scoreInput } from './score-input';

const STEP = 250;

const LOWERED = [
  'Tài liệu kiểm chứng chưa đầy đủ; Hội đồng thẩm định chấm lại.',
  'Số liệu tự đánh giá chưa khớp với số liệu của cơ quan chủ trì thẩm định.',
  'Văn bản ban hành sau thời hạn quy định; chấm theo kết quả thẩm định.',
  'Báo cáo chưa nêu rõ sản phẩm, kết quả cụ thể; trừ điểm theo hướng dẫn.',
];
const RAISED = 'Chấp nhận giải trình và tài liệu kiểm chứng bổ sung của đơn vị.';

/**
 * An appraiser's `points` over the unit's figures, with the reason: usually a quarter point or more below
 * what the figures score (evidence missing, figures not matching the one-stop system), sometimes above
 * after an accepted explanation. Returns the input unchanged when neither is possible.
 */
export function appraiseLeafInput(leaf: LeafNode, input: LeafInputV1, random: RandomSource): LeafInputV1 {
  const measured = scoreInput(leaf, input);
  const lower = Math.ceil(measured / STEP) * STEP - STEP;
  const higher = Math.floor(measured / STEP) * STEP + STEP;
  if (lower >= 0 && (random.next() < 0.75 || higher > leaf.maxMilli)) {
    return {
      ...input,
      points: fromMilli(lower),
      comment: LOWERED[Math.floor(random.next() * LOWERED.length)],
    };
  }
  if (higher <= leaf.maxMilli) return { ...input, points: fromMilli(higher), comment: RAISED };
  return input;
}
