import { describe, expect, it } from 'vitest';
import { heatShade, rankChangeText } from './labels';

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

describe('heatShade', () => {
  it('no colour where nothing is lost, grey for N/A, deeper the larger the share of the maximum lost', () => {
    expect(heatShade(0, 2)).toBeUndefined();
    expect(heatShade(null, 2)).toBe('#f1f1f1');
    expect(heatShade(0.5, 2)).toBe('hsl(2, 70%, 86%)'); // 25 % lost
    expect(heatShade(2, 2)).toBe('hsl(2, 70%, 60%)');
    expect(heatShade(5, 2)).toBe('hsl(2, 70%, 60%)'); // capped
  });
});
