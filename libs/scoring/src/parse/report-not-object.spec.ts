import type { Issue } from '../model/issue.types';
import { reportNotObject } from './report-not-object';

describe('reportNotObject', () => {
  it('says what was expected and what came', () => {
    const issues: Issue[] = [];
    reportNotObject('x', issues, { unit: 'U', path: '/units/0/items' });
    reportNotObject({}, issues, { path: '/units' }, 'array');
    expect(issues.map((issue) => issue.messageEn)).toEqual([
      'Unit U: "items" must be a JSON object, got "x".',
      '"units" must be a JSON array, got {}.',
    ]);
    expect(issues[0].message).toBe('Đơn vị U: "items" phải là một đối tượng JSON, nhận được "x".');
  });
});
