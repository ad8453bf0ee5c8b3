import { lexRuleText } from './lex-rule-text';

/** [type, key, value] of every token. */
function lex(text: string): string[][] {
  return lexRuleText(text).tokens.map((token) => [token.type, token.key, token.value]);
}

describe('lexRuleText', () => {
  it('splits a tier rule into folded words, symbols, numbers and separators', () => {
    expect(lex('Theo mức: ≥ 100%: 2 điểm; còn lại: 0')).toEqual([
      ['word', 'theo', 'Theo'],
      ['word', 'muc', 'mức'],
      ['symbol', ':', ':'],
      ['symbol', '≥', '≥'],
      ['number', '#', '100'],
      ['symbol', '%', '%'],
      ['symbol', ':', ':'],
      ['number', '#', '2'],
      ['word', 'diem', 'điểm'],
      ['separator', ';', ';'],
      ['word', 'con', 'còn'],
      ['word', 'lai', 'lại'],
      ['symbol', ':', ':'],
      ['number', '#', '0'],
    ]);
  });

  it('reads a decimal comma or point; any other comma, a semicolon or a line break separates', () => {
    expect(lex('0,25; 1.5, 2,\r\n3')).toEqual([
      ['number', '#', '0.25'],
      ['separator', ';', ';'],
      ['number', '#', '1.5'],
      ['separator', ';', ','],
      ['number', '#', '2'],
      ['separator', ';', ','],
      ['separator', ';', '\r'],
      ['separator', ';', '\n'],
      ['number', '#', '3'],
    ]);
  });

  it('takes a minus as a sign unless a number (or %) precedes it: 80-100 is a range', () => {
    expect(lex('-5 80-100 ≥ −0,5 10% - 20 từ -1')).toEqual([
      ['number', '#', '-5'],
      ['number', '#', '80'],
      ['symbol', '-', '-'],
      ['number', '#', '100'],
      ['symbol', '≥', '≥'],
      ['number', '#', '-0.5'],
      ['number', '#', '10'],
      ['symbol', '%', '%'],
      ['symbol', '-', '-'],
      ['number', '#', '20'],
      ['word', 'tu', 'từ'],
      ['number', '#', '-1'],
    ]);
  });

  it('normalises comparison, arrow and dash symbols', () => {
    expect(lex('>= <= => -> ⩾ ⩽ ⇒ – — [ ] * > < ='.replace(/ /g, '  ')).map(([, key]) => key)).toEqual([
      '≥',
      '≤',
      '→',
      '→',
      '≥',
      '≤',
      '→',
      '-',
      '-',
      '(',
      ')',
      '•',
      '>',
      '<',
      '=',
    ]);
  });

  it('folds case and diacritics (also of decomposed text) but keeps what was written', () => {
    expect(lex(`Tỷ lệ TỈ LỆ ĐTXHH ${'Tỷ'.normalize('NFD')} A1 _x`)).toEqual([
      ['word', 'ty', 'Tỷ'],
      ['word', 'le', 'lệ'],
      ['word', 'ti', 'TỈ'],
      ['word', 'le', 'LỆ'],
      ['word', 'dtxhh', 'ĐTXHH'],
      ['word', 'ty', 'Tỷ'.normalize('NFD')],
      ['word', 'a1', 'A1'],
      ['word', '_x', '_x'],
    ]);
  });

  it('reads quoted text verbatim, with the closing quote written twice standing for itself', () => {
    expect(lex('"a ""b"";\n" “c ””d” "" x')).toEqual([
      ['quoted', '"', 'a "b";\n'],
      ['quoted', '"', 'c ”d'],
      ['quoted', '"', ''],
      ['word', 'x', 'x'],
    ]);
  });

  it('stops at a quote never closed and says where it opened', () => {
    expect(lexRuleText('≥ 80% "Đạt: 1')).toMatchObject({
      tokens: [{ key: '≥' }, { key: '#' }, { key: '%' }],
      unclosedQuote: 6,
    });
    expect(lexRuleText('"a"" b').unclosedQuote).toBe(0);
    expect(lexRuleText('“a').unclosedQuote).toBe(0);
  });

  it('keeps offsets into the text and lexes any other character as a symbol of its own', () => {
    expect(lexRuleText(' 12,5 😀').tokens).toEqual([
      { type: 'number', key: '#', value: '12.5', start: 1, end: 5 },
      { type: 'symbol', key: '😀', value: '😀', start: 6, end: 8 },
    ]);
    expect(lexRuleText('').tokens).toEqual([]);
  });
});
