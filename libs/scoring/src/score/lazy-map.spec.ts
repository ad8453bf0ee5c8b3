import { LazyMap } from './lazy-map';

describe('LazyMap', () => {
  const made: number[] = [];
  const map = new LazyMap(
    ['a', 'b', 'c'],
    new Map([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]),
    (position) => {
      made.push(position);
      return position * 10;
    },
  );

  it('behaves like a read-only Map in code order', () => {
    expect(map.size).toBe(3);
    expect([map.get('b'), map.get('z'), map.has('c'), map.has('z')]).toEqual([10, undefined, true, false]);
    expect([...map]).toEqual([
      ['a', 0],
      ['b', 10],
      ['c', 20],
    ]);
    expect([...map.keys()]).toEqual(['a', 'b', 'c']);
    expect([...map.values()]).toEqual([0, 10, 20]);
    const seen: string[] = [];
    map.forEach((value, key, self) => seen.push(`${key}=${value}:${self === map}`));
    expect(seen).toEqual(['a=0:true', 'b=10:true', 'c=20:true']);
  });

  it('makes values only when they are read', () => {
    made.length = 0;
    map.get('c');
    expect(made).toEqual([2]);
  });
});
