import { describe, expect, it } from 'vitest';
import { decimalForReader, decimalFromReader, pointsText } from './points';

describe('points and decimals as the reader writes them', () => {
  it('formats points from decimals or thousandths, trimming zeros, with "—" for none', () => {
    expect(pointsText(1.25, 'vi')).toBe('1,25');
    expect(pointsText(1.25, 'en')).toBe('1.25');
    expect(pointsText(1250, 'vi', true)).toBe('1,25');
    expect(pointsText(2, 'vi')).toBe('2');
    expect(pointsText(0, 'en', true)).toBe('0');
    expect(pointsText(null, 'vi')).toBe('—');
    expect(pointsText(undefined, 'vi', true)).toBe('—');
  });

  it('writes a decimal with the reader’s separator and reads either one back', () => {
    expect(decimalForReader(95.5, 'vi')).toBe('95,5');
    expect(decimalForReader('0.25', 'en')).toBe('0.25');
    expect(decimalForReader(undefined, 'vi')).toBe('');
    expect(decimalFromReader(' 0,25 ')).toBe('0.25');
    expect(decimalFromReader('0.25')).toBe('0.25');
    expect(decimalFromReader('abc')).toBe('abc');
  });
});
