import type { Issue } from '../model/issue.types';
import { makeLeaf } from '../__fixtures__/make-set';
import { readLeafInput } from './read-leaf-input';

describe('readLeafInput', () => {
  it('carries the unit and leaf of the location onto every issue', () => {
    const issues: Issue[] = [];
    const leaf = makeLeaf({ kind: 'deduction', perItem: 0.5 }, 1);
    expect(
      readLeafInput(leaf, { count: 2, value: 3 }, issues, {
        detailed: true,
        unit: 'UBND-X',
        leaf: '1.1',
        path: '/u',
      }),
    ).toBeNull();
    expect(issues.map((issue) => [issue.code, issue.unit, issue.leaf, issue.path])).toEqual([
      ['INPUT_CONFLICT', 'UBND-X', '1.1', '/u'],
    ]);
  });

  it('keeps a comment-only item as an empty (missing) input', () => {
    const issues: Issue[] = [];
    expect(
      readLeafInput(makeLeaf({ kind: 'manual' }, 1), { comment: 'chưa nộp' }, issues, { detailed: false }),
    ).toEqual({});
    expect(issues).toEqual([]);
  });
});
