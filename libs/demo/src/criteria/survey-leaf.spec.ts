import { SURVEY_RULE } from './demo-rules';
import { surveyLeaf } from './survey-leaf';

describe('surveyLeaf', () => {
  it('makes a survey leaf led by Sở Nội vụ, naming who answers', () => {
    const leaf = surveyLeaf('8.4.1', 'Tác động', 3, 'đại biểu HĐND tỉnh');
    expect(leaf).toMatchObject({
      code: '8.4.1',
      maxPoints: 3,
      source: 'survey',
      rule: SURVEY_RULE,
      leadAgency: 'SNV',
    });
    expect(leaf.guidance).toMatch(
      /^Không tự chấm\..*A = 100 %, B = 60 %, C = 20 %, D = 0 %.*: đại biểu HĐND tỉnh\.$/,
    );
    expect(leaf.evidence).toContain('điều tra xã hội học');
  });
});
