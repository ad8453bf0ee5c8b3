import type { Issue } from '../model/issue.types';
import { readBands } from './read-bands';

describe('readBands', () => {
  it('reports under the given base path', () => {
    const issues: Issue[] = [];
    expect(readBands([{ code: 'A', label: 'A', minIndex: 'x' }], issues, '/bands')).toBeNull();
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_DECIMAL', '/bands/0/minIndex'],
    ]);
  });

  it('keeps equal thresholds in file order', () => {
    const bands = readBands(
      [
        { code: 'A', label: 'A', minIndex: 50 },
        { code: 'B', label: 'B', minIndex: 80 },
        { code: 'C', label: 'C', minIndex: 50 },
      ],
      [],
      '',
    );
    expect(bands?.map((band) => band.code)).toEqual(['B', 'A', 'C']);
  });
});
