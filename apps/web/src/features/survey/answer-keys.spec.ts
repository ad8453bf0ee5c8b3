import { describe, expect, it } from 'vitest';
import type { SurveyOption } from './api/types';
import { nextSerial, optionForKey, orderedOptions } from './answer-keys';

const option = (code: string, excluded = false): SurveyOption => ({
  code,
  label: code,
  percent: 0,
  excluded,
});
const OPTIONS = [option('A'), option('B'), option('C'), option('D'), option('E', true)];

describe('paper-entry keys', () => {
  it('takes an option by its code or its position', () => {
    expect(optionForKey(OPTIONS, 'b')?.code).toBe('B');
    expect(optionForKey(OPTIONS, 'E')?.code).toBe('E');
    expect(optionForKey(OPTIONS, '1')?.code).toBe('A');
    expect(optionForKey(OPTIONS, '5')?.code).toBe('E');
    expect(optionForKey(OPTIONS, '6')).toBeNull();
    expect(optionForKey(OPTIONS, 'x')).toBeNull();
    expect(optionForKey(OPTIONS, 'Enter')).toBeNull();
  });

  it('counts the serial on, keeping its padding', () => {
    expect(nextSerial('BD-000123')).toBe('BD-000124');
    expect(nextSerial('BD-0999')).toBe('BD-1000');
    expect(nextSerial('17')).toBe('18');
    expect(nextSerial('PHIEU')).toBe('');
  });

  it('puts the excluded option last', () => {
    expect(orderedOptions([option('E', true), option('A'), option('B')]).map((o) => o.code)).toEqual([
      'A',
      'B',
      'E',
    ]);
  });
});
