import type { Issue } from '../model/issue.types';
import { lexRuleText } from './lex-rule-text';
import { reportTextIssue } from './report-text-issue';

describe('reportTextIssue', () => {
  it('quotes the part of the text it is about, spaces and line breaks folded', () => {
    const text = 'Theo mức:\n≥ 80%  ;  ≥ 50%:\t1';
    const issues: Issue[] = [];
    const tokens = lexRuleText(text).tokens.slice(4, 11);
    reportTextIssue({ text, issues, maxDecimal: null }, tokens, 'cần số điểm.', 'points are expected.');
    expect(issues).toEqual([
      {
        code: 'INVALID_RULE_TEXT',
        message: 'Tại "≥ 80% ; ≥ 50%": cần số điểm.',
        messageEn: 'At "≥ 80% ; ≥ 50%": points are expected.',
      },
    ]);
  });

  it('cuts a long part at 60 characters and starts a message about no part with a capital', () => {
    const text = `Trừ ${'rất '.repeat(30)}nhiều`;
    const issues: Issue[] = [];
    const reader = { text, issues, maxDecimal: null };
    reportTextIssue(reader, lexRuleText(text).tokens, 'x.', 'x.');
    reportTextIssue(reader, [], 'chưa ghi gì.', 'nothing written.');
    expect(issues.map((issue) => [issue.message, issue.messageEn])).toEqual([
      [`Tại "Trừ ${'rất '.repeat(13)}rất…": x.`, `At "Trừ ${'rất '.repeat(13)}rất…": x.`],
      ['Chưa ghi gì.', 'Nothing written.'],
    ]);
  });
});
