import { hashCode } from './hash-code';

describe('hashCode', () => {
  it('is FNV-1a 32-bit: the same parts, the same unsigned hash', () => {
    expect(hashCode('')).toBe(0x811c9dc5);
    expect(hashCode('a')).toBe(0xe40c292c);
    expect(hashCode(2025, 'STP', '1.1.1')).toBe(hashCode(2025, 'STP', '1.1.1'));
  });

  it('tells the parts apart: other order or other split, other hash', () => {
    expect(hashCode('a', 'bc')).not.toBe(hashCode('ab', 'c'));
    expect(hashCode(1, 'STP')).not.toBe(hashCode('STP', 1));
    expect(hashCode(1, 'STP')).not.toBe(hashCode(2, 'STP'));
  });
});
