import { describe, expect, it } from 'vitest';
import { officialDate } from './official-date';

describe('officialDate', () => {
  it('writes a decision date the official way', () => {
    expect(officialDate('2026-03-06', 'vi')).toBe('ngày 06 tháng 3 năm 2026');
    expect(officialDate('2026-12-25', 'vi')).toBe('ngày 25 tháng 12 năm 2026');
    expect(officialDate('2026-03-06', 'en')).toBe('6 March 2026');
  });

  it('reads the calendar day of a date-time, not the local one', () => {
    expect(officialDate('2027-04-15T00:00:00.000Z', 'vi')).toBe('ngày 15 tháng 4 năm 2027');
  });
});
