import { fieldName } from './field-name';

describe('fieldName', () => {
  it.each([
    ['/nodes/0/maxPoints', 'maxPoints'],
    ['/items/a~1b', 'a/b'],
    ['/items/x~0y', 'x~y'],
    ['', '(gốc / root)'],
    [undefined, '(gốc / root)'],
  ])('%p → %p', (pointer, expected) => {
    expect(fieldName(pointer)).toBe(expected);
  });
});
