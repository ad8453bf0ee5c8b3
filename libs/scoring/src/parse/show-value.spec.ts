import { showValue } from './show-value';

/** `depth` arrays (or objects) nested in one another around `inner`, built without recursion. */
function nested(depth: number, inner: unknown, asObject = false): unknown {
  let value = inner;
  for (let level = 0; level < depth; level += 1) value = asObject ? { a: value } : [value];
  return value;
}

describe('showValue', () => {
  it.each([
    [1.2345, '1.2345'],
    ['abc', '"abc"'],
    [null, 'null'],
    [undefined, '(không có / none)'],
    [{ a: 1 }, '{"a":1}'],
    ['x'.repeat(50), `"${'x'.repeat(36)}...`],
    [[1, 'a', true, null, { b: [2] }], '[1,"a",true,null,{"b":[2]}]'],
    [{ a: undefined, b: 1 }, '{"b":1}'],
    [[undefined], '[null]'],
    [[Number.NaN, -0], '[null,0]'],
    [{}, '{}'],
    [[], '[]'],
  ])('%p → %p', (value, expected) => {
    expect(showValue(value)).toBe(expected);
  });

  it('renders the same text as JSON.stringify for short JSON values', () => {
    const value = { code: 'A', percent: [1.5, '2'], excluded: false, label: null };
    expect(showValue(value)).toBe(`${JSON.stringify(value).slice(0, 37)}...`);
  });

  it('renders only the start of deeply nested values, without exhausting the stack', () => {
    expect(showValue(nested(100_000, 1))).toBe(`${'['.repeat(37)}...`);
    expect(showValue(nested(100_000, 1, true))).toBe(`${'{"a":'.repeat(7)}{"...`);
    expect(showValue(JSON.parse('['.repeat(5000) + ']'.repeat(5000)))).toBe(`${'['.repeat(37)}...`);
  });

  it('cuts long arrays, long keys and long strings early', () => {
    expect(showValue(new Array(1_000_000).fill(7))).toBe(`[${'7,'.repeat(18)}...`);
    expect(showValue({ ['k'.repeat(1_000_000)]: 1 })).toBe(`{"${'k'.repeat(35)}...`);
  });

  it('never throws on values JSON.stringify refuses', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(showValue(cycle)).toBe('{"a":1,"self":{"a":1,"self":{"a":1,"s...');
    expect(showValue(10n)).toBe('10');
    expect(showValue(() => 1)).toBe('function');
    expect(showValue(Symbol('s'))).toBe('symbol');
  });
});
