import type { Issue } from '../model/issue.types';
import { readMaxMilli } from './read-max-milli';

describe('readMaxMilli', () => {
  it.each<[unknown, number | null, string[]]>([
    [2, 2000, []],
    ['1.25', 1250, []],
    [0, 0, []],
    [-1, null, ['POINTS_OUT_OF_RANGE']],
    [1.2345, null, ['INVALID_DECIMAL']],
    ['hai', null, ['INVALID_DECIMAL']],
  ])('%p → %p', (raw, expected, codes) => {
    const issues: Issue[] = [];
    expect(readMaxMilli(raw, issues, { node: '1.2', path: '/maxPoints' })).toBe(expected);
    expect(issues.map((issue) => issue.code)).toEqual(codes);
  });

  it('names the node and the value', () => {
    const issues: Issue[] = [];
    readMaxMilli(-1, issues, { node: '1.2', path: '/maxPoints' });
    expect(issues).toEqual([
      {
        code: 'POINTS_OUT_OF_RANGE',
        node: '1.2',
        path: '/maxPoints',
        message: 'Nút 1.2: điểm tối đa không được âm, nhận được -1.',
        messageEn: 'Node 1.2: maxPoints must not be negative, got -1.',
      },
    ]);
  });
});
