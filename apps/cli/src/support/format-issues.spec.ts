import type { Issue } from '@par/scoring';
import { formatIssues } from './format-issues';

const ISSUES: Issue[] = [
  {
    code: 'UNKNOWN_LEAF',
    message: 'Đơn vị A, tiêu chí 9: không có.',
    messageEn: 'Unit A, leaf 9: none.',
    path: '/units/0/items/9',
  },
  { code: 'INVALID_FORMAT', message: 'Sai định dạng.', messageEn: 'Wrong format.' },
];

describe('formatIssues', () => {
  it('aligns codes and appends paths', () => {
    expect(formatIssues(ISSUES, 'vi')).toBe(
      '  UNKNOWN_LEAF    Đơn vị A, tiêu chí 9: không có.  [/units/0/items/9]\n  INVALID_FORMAT  Sai định dạng.\n',
    );
    expect(formatIssues(ISSUES, 'en')).toContain('  INVALID_FORMAT  Wrong format.\n');
  });
});
