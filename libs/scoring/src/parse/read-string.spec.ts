import type { Issue } from '../model/issue.types';
import { readString } from './read-string';

describe('readString', () => {
  it.each<[unknown, boolean, string | undefined, number]>([
    ['Sở Tư pháp', true, 'Sở Tư pháp', 0],
    ['', true, undefined, 1],
    ['', false, '', 0],
    [undefined, false, undefined, 0],
    [null, false, undefined, 0],
    [undefined, true, undefined, 1],
    [42, false, undefined, 1],
  ])('%p (required %p) → %p with %p issue(s)', (raw, required, expected, issueCount) => {
    const issues: Issue[] = [];
    expect(readString(raw, issues, { path: '/name' }, required)).toBe(expected);
    expect(issues.map((issue) => issue.code)).toEqual(Array(issueCount).fill('INVALID_FIELD'));
  });
});
