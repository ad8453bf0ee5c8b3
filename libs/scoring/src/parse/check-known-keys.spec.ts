import type { Issue } from '../model/issue.types';
import { checkKnownKeys } from './check-known-keys';

describe('checkKnownKeys', () => {
  it('reports each unknown key with its own path', () => {
    const issues: Issue[] = [];
    checkKnownKeys({ kind: 'x', typo: 1, 'a/b': 2 }, new Set(['kind']), issues, {
      node: '1.1',
      path: '/rule',
    });
    expect(issues.map((issue) => [issue.code, issue.node, issue.path])).toEqual([
      ['UNKNOWN_FIELD', '1.1', '/rule/typo'],
      ['UNKNOWN_FIELD', '1.1', '/rule/a~1b'],
    ]);
  });

  it('accepts known keys silently', () => {
    const issues: Issue[] = [];
    checkKnownKeys({ kind: 'x' }, new Set(['kind', 'target']), issues, {});
    expect(issues).toEqual([]);
  });
});
