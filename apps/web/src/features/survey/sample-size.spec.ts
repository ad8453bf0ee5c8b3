import { describe, expect, it } from 'vitest';
import { marginFraction, populationOf, sampleSizeOf } from './sample-size';

describe('sample size helper', () => {
  it('reads a percent as the exact decimal fraction', () => {
    expect(marginFraction('5')).toBe('0.05');
    expect(marginFraction('2,5')).toBe('0.025');
    expect(marginFraction('1.1')).toBe('0.011');
    expect(marginFraction('10')).toBe('0.10');
    expect(marginFraction('0')).toBeNull();
    expect(marginFraction('100')).toBeNull();
    expect(marginFraction('năm')).toBeNull();
  });

  it('reads a population written with Vietnamese thousands separators', () => {
    expect(populationOf('1.200')).toBe(1200);
    expect(populationOf('1 200')).toBe(1200);
    expect(populationOf('0')).toBeNull();
    expect(populationOf('12,5')).toBeNull();
  });

  it('gives n = N / (1 + N·e²) rounded up', () => {
    // 1200 / (1 + 1200 × 0.0025) = 300 exactly; 57 / (1 + 57 × 0.0025) = 49.87… → 50.
    expect(sampleSizeOf('1200', '5')).toBe(300);
    expect(sampleSizeOf('57', '5')).toBe(50);
    expect(sampleSizeOf('100000', '3')).toBe(1099);
    expect(sampleSizeOf('', '5')).toBeNull();
  });
});
