import type { Issue } from '@par/scoring';
import { issuesToProblems } from './issues';

describe('issuesToProblems', () => {
  it.each<[string, Issue, object]>([
    [
      'a node issue with its pointer',
      {
        code: 'MAX_POINTS_MISMATCH',
        message: 'Tiêu chí 1: …',
        messageEn: 'Node 1: …',
        node: '1',
        path: '/nodes/0/maxPoints',
      },
      {
        code: 'MAX_POINTS_MISMATCH',
        message: 'Tiêu chí 1: …',
        messageEn: 'Node 1: …',
        field: '/nodes/0/maxPoints',
        node: '1',
      },
    ],
    [
      'a unit and leaf issue',
      { code: 'UNKNOWN_LEAF', message: 'vi', messageEn: 'en', unit: 'STP', leaf: '9.9' },
      { code: 'UNKNOWN_LEAF', message: 'vi', messageEn: 'en', unit: 'STP', leaf: '9.9' },
    ],
    [
      'an issue about the whole document',
      { code: 'INVALID_FORMAT', message: 'vi', messageEn: 'en' },
      { code: 'INVALID_FORMAT', message: 'vi', messageEn: 'en' },
    ],
  ])('%s', (_, issue, expected) => {
    expect(issuesToProblems([issue])).toEqual([expected]);
  });

  it('keeps the order and count', () => {
    const issues: Issue[] = ['A', 'B', 'C'].map((node) => ({
      code: 'DUPLICATE_CODE',
      message: node,
      messageEn: node,
      node,
    }));
    expect(issuesToProblems(issues).map((problem) => problem.node)).toEqual(['A', 'B', 'C']);
    expect(issuesToProblems([])).toEqual([]);
  });
});
