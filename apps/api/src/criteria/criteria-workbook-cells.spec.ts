import type { Cell } from './criteria-workbook-cells';
import { decimal, text } from './criteria-workbook-cells';

describe('text', () => {
  it.each<[string, Cell, string]>([
    ['empty', null, ''],
    ['a string, trimmed', '  Sở Tư pháp ', 'Sở Tư pháp'],
    ['a number', 1.5, '1.5'],
    ['a boolean', true, 'true'],
    ['rich text, joined', { richText: [{ text: ' Tiêu ' }, { text: 'chí ' }] }, 'Tiêu chí'],
    ['a formula, its result', { formula: 'A1+1', result: 3 }, '3'],
    ['a formula whose result is rich text', { formula: 'B2', result: ' x ' }, 'x'],
    ['a hyperlink, its text', { text: ' Hướng dẫn ', hyperlink: 'https://example.org' }, 'Hướng dẫn'],
    ['a date', new Date('2026-03-01T00:00:00Z'), '2026-03-01T00:00:00.000Z'],
    ['an error value', { error: '#REF!' }, ''],
  ])('%s → %j', (_, value, expected) => {
    expect(text(value)).toBe(expected);
  });
});

describe('decimal', () => {
  it.each<[Cell, string | null]>([
    [2, '2'],
    [0.25, '0.25'],
    ['1,5', '1.5'],
    [' 1 .5 ', '1.5'],
    ['10', '10'],
    ['', null],
    [null, null],
    ['-1', null],
    ['1e3', null],
    ['1,5,0', null],
    ['một', null],
    [{ formula: 'C5', result: 2.5 }, '2.5'],
  ])('%j → %j', (value, expected) => {
    expect(decimal(value)).toBe(expected);
  });
});
