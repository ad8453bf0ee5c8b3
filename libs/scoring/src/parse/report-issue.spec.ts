import type { Issue } from '../model/issue.types';
import { reportIssue } from './report-issue';

describe('reportIssue', () => {
  it('prefixes both messages with the unit and leaf', () => {
    const issues: Issue[] = [];
    reportIssue(
      issues,
      'INVALID_RATIO',
      { unit: 'STP', leaf: '2.1', path: '/units/0/items/2.1' },
      'mẫu số bằng 0.',
      'zero denominator.',
    );
    expect(issues).toEqual([
      {
        code: 'INVALID_RATIO',
        unit: 'STP',
        leaf: '2.1',
        path: '/units/0/items/2.1',
        message: 'Đơn vị STP, tiêu chí 2.1: mẫu số bằng 0.',
        messageEn: 'Unit STP, leaf 2.1: zero denominator.',
      },
    ]);
  });

  it('names a node, and leaves out location fields that are not set', () => {
    const issues: Issue[] = [];
    reportIssue(issues, 'MISSING_RULE', { node: '1.2' }, 'thiếu quy tắc.', 'no rule.');
    reportIssue(issues, 'INVALID_FORMAT', {}, 'Sai định dạng.', 'Wrong format.');
    expect(issues).toEqual([
      {
        code: 'MISSING_RULE',
        node: '1.2',
        message: 'Nút 1.2: thiếu quy tắc.',
        messageEn: 'Node 1.2: no rule.',
      },
      { code: 'INVALID_FORMAT', message: 'Sai định dạng.', messageEn: 'Wrong format.' },
    ]);
    expect(Object.keys(issues[1])).toEqual(['code', 'message', 'messageEn']);
  });
});
