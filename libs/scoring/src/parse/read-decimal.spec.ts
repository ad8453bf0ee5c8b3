import type { Issue } from '../model/issue.types';
import { readDecimal } from './read-decimal';

describe('readDecimal', () => {
  it('reads any decimal when no scale is imposed', () => {
    const issues: Issue[] = [];
    expect(readDecimal(33.33333, issues, { path: '/value' })).toEqual({ units: 3333333, scale: 5 });
    expect(issues).toEqual([]);
  });

  it('reports INVALID_DECIMAL naming the field and the digit limit', () => {
    const issues: Issue[] = [];
    expect(readDecimal(50.125, issues, { path: '/bands/1/minIndex' }, 2)).toBeNull();
    expect(issues).toEqual([
      {
        code: 'INVALID_DECIMAL',
        path: '/bands/1/minIndex',
        message: '"minIndex" phải là một số có tối đa 2 chữ số thập phân, nhận được 50.125.',
        messageEn: '"minIndex" must be a decimal number with at most 2 fractional digits, got 50.125.',
      },
    ]);
  });
});
