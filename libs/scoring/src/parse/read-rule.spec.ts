import type { Issue } from '../model/issue.types';
import { readRule } from './read-rule';

describe('readRule', () => {
  it('names the node on every issue', () => {
    const issues: Issue[] = [];
    expect(
      readRule({ kind: 'tiers', tiers: [{ min: 1, points: 5 }] }, 2000, issues, {
        detailed: true,
        node: '4.2',
        path: '/r',
      }),
    ).toBeNull();
    expect(issues.map((issue) => [issue.code, issue.node, issue.path])).toEqual([
      ['POINTS_OUT_OF_RANGE', '4.2', '/r/tiers/0/points'],
    ]);
  });

  it('skips range checks when the max itself is unknown', () => {
    const issues: Issue[] = [];
    expect(
      readRule({ kind: 'tiers', tiers: [{ min: 1, points: 5 }] }, null, issues, { detailed: true, path: '' }),
    ).not.toBeNull();
    expect(issues).toEqual([]);
  });

  it('gives a survey rule without options the default A/B/C/D with E excluded', () => {
    const rule = readRule({ kind: 'survey' }, 1000, [], { detailed: true, path: '' });
    expect(rule).toMatchObject({ kind: 'survey', percentUnits: [100, 60, 20, 0, 0], percentScale: 0 });
    expect(rule?.kind === 'survey' && rule.options.map((option) => [option.code, option.excluded])).toEqual([
      ['A', false],
      ['B', false],
      ['C', false],
      ['D', false],
      ['E', true],
    ]);
  });
});
