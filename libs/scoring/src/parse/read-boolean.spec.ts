import type { Issue } from '../model/issue.types';
import { readBoolean } from './read-boolean';

describe('readBoolean', () => {
  it.each<[unknown, boolean, number]>([
    [true, true, 0],
    [false, false, 0],
    [undefined, false, 0],
    ['yes', false, 1],
    [1, false, 1],
  ])('%p → %p with %p issue(s)', (raw, expected, count) => {
    const issues: Issue[] = [];
    expect(readBoolean(raw, issues, { path: '/excluded' })).toBe(expected);
    expect(issues.map((issue) => issue.messageEn)).toEqual(
      Array(count).fill(`"excluded" must be true or false, got ${JSON.stringify(raw)}.`),
    );
  });
});
