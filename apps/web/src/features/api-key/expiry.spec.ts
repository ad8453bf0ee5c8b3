import { describe, expect, it } from 'vitest';
import { isExpired, isoDateOf } from './expiry';

describe('API key expiry (dd/mm/yyyy)', () => {
  it('reads a Vietnamese date as the ISO date', () => {
    expect(isoDateOf('31/03/2027')).toBe('2027-03-31');
    expect(isoDateOf(' 1/2/2027 ')).toBe('2027-02-01');
    expect(isoDateOf('')).toBeNull();
  });

  it('refuses impossible or other shapes', () => {
    expect(isoDateOf('30/02/2027')).toBeUndefined();
    expect(isoDateOf('2027-03-31')).toBeUndefined();
    expect(isoDateOf('03/31/2027')).toBeUndefined();
  });

  it('tells an expired key', () => {
    const now = new Date('2027-04-01T00:00:00Z');
    expect(isExpired('2027-03-31T16:59:59.999Z', now)).toBe(true);
    expect(isExpired('2027-04-01T16:59:59.999Z', now)).toBe(false);
    expect(isExpired(null, now)).toBe(false);
  });
});
