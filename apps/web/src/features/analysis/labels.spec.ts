import { describe, expect, it } from 'vitest';
import { rankChangeText } from './labels';

describe('rankChangeText', () => {
  const t = (key: string, params?: Record<string, string | number>) =>
    `${key}${params ? JSON.stringify(params) : ''}`;
  it('says up for a positive change, down for a negative one, and a dash without one', () => {
    expect(rankChangeText(38, t as never)).toBe('analysis.standing.up{"n":38}');
    expect(rankChangeText(-8, t as never)).toBe('analysis.standing.down{"n":8}');
    expect(rankChangeText(0, t as never)).toBe('analysis.standing.same');
    expect(rankChangeText(null, t as never)).toBe('—');
  });
});
