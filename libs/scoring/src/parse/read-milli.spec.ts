import type { Issue } from '../model/issue.types';
import { readMilli } from './read-milli';

describe('readMilli', () => {
  it.each([
    [1.25, 1250],
    ['15.753', 15753],
    [-0.5, -500],
  ])('%p → %p thousandths', (raw, expected) => {
    const issues: Issue[] = [];
    expect(readMilli(raw, issues, { path: '/points' })).toBe(expected);
    expect(issues).toEqual([]);
  });

  it.each([[1.0005], ['1,5'], [true]])('refuses %p with INVALID_DECIMAL', (raw) => {
    const issues: Issue[] = [];
    expect(readMilli(raw, issues, { path: '/points' })).toBeNull();
    expect(issues.map((issue) => issue.code)).toEqual(['INVALID_DECIMAL']);
  });
});
