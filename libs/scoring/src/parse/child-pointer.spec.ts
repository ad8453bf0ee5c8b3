import { childPointer } from './child-pointer';

describe('childPointer', () => {
  it.each([
    ['', 'units', '/units'],
    ['/units', 3, '/units/3'],
    ['/units/0/items', '1.2', '/units/0/items/1.2'],
    ['/items', 'a/b', '/items/a~1b'],
    ['/items', 'x~y', '/items/x~0y'],
  ])('%p + %p → %p', (base, token, expected) => {
    expect(childPointer(base, token)).toBe(expected);
  });
});
