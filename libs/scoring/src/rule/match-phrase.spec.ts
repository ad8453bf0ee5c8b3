import { lexRuleText } from './lex-rule-text';
import { matchPhrase } from './match-phrase';

const tokens = lexRuleText('Không quá 20% trở lên').tokens;

describe('matchPhrase', () => {
  it('gives the length of the longest phrase matching at a token', () => {
    expect(matchPhrase(tokens, 0, [['khong'], ['khong', 'qua'], ['khong', 'dat']])).toBe(2);
    expect(matchPhrase(tokens, 0, [['qua']])).toBe(0);
    expect(matchPhrase(tokens, 2, [['#']])).toBe(1);
    expect(matchPhrase(tokens, 4, [['tro', 'len', 'nua']])).toBe(0);
    expect(matchPhrase(tokens, 9, [['x']])).toBe(0);
  });

  it('matches a phrase ending right before a token when backward', () => {
    expect(matchPhrase(tokens, 2, [['qua'], ['khong', 'qua']], true)).toBe(2);
    expect(matchPhrase(tokens, 2, [['khong']], true)).toBe(0);
    expect(matchPhrase(tokens, 0, [['khong']], true)).toBe(0);
  });
});
