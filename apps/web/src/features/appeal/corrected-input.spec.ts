import { describe, expect, it } from 'vitest';
import { parseCorrectedInput } from './corrected-input';

describe('parseCorrectedInput', () => {
  it('reads a JSON object and refuses anything else', () => {
    expect(parseCorrectedInput('{"value": true}')).toEqual({ value: true });
    expect(parseCorrectedInput('{"numerator": 19, "denominator": 20}')).toEqual({
      numerator: 19,
      denominator: 20,
    });
    expect(parseCorrectedInput('true')).toBeNull();
    expect(parseCorrectedInput('[1]')).toBeNull();
    expect(parseCorrectedInput('value: true')).toBeNull();
    expect(parseCorrectedInput('')).toBeNull();
  });
});
