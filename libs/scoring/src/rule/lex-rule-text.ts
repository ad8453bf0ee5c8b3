export type TextTokenType = 'word' | 'number' | 'quoted' | 'symbol' | 'separator';

export interface TextToken {
  readonly type: TextTokenType;
  /**
   * What the grammar matches on: a word folded (lower case, no diacritics, `đ` → `d`: `Tỷ` → `ty`), a
   * symbol normalised (`>=` → `≥`, `–` → `-`, `=>` → `→`), `#` for a number, `"` for quoted text, `;` for a
   * separator.
   */
  readonly key: string;
  /** A word or symbol as written; a number as a decimal with a point (`0,25` → `0.25`); quoted text unescaped. */
  readonly value: string;
  /** Where it stands in the text (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
}

export interface LexedText {
  readonly tokens: readonly TextToken[];
  /** Offset of a quote never closed (the rest of the text is then not lexed), else null. */
  readonly unclosedQuote: number | null;
}

const SPACE = /[^\S\n\r\u2028\u2029]+/y;
const NUMBER = /[0-9]+(?:[.,][0-9]+)?/y;
const WORD = /[\p{L}_][\p{L}\p{M}\p{N}_]*/uy;
/** Longest first. */
const SYMBOLS: readonly (readonly [string, string])[] = [
  ['>=', '≥'],
  ['<=', '≤'],
  ['=>', '→'],
  ['->', '→'],
  ['≥', '≥'],
  ['⩾', '≥'],
  ['≤', '≤'],
  ['⩽', '≤'],
  ['→', '→'],
  ['⇒', '→'],
  ['–', '-'],
  ['—', '-'],
  ['−', '-'],
  ['[', '('],
  [']', ')'],
  ['*', '•'],
  ['·', '•'],
];
/** Opening quote → closing quote; the closing quote doubled stands for itself inside. */
const QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”' };

/**
 * Splits rule text into tokens: words, numbers (decimal comma or point, a sign right before the digits when
 * no number precedes: `-5`, but `80-100` is a range), quoted text (`"…"` or `“…”`), symbols, and separators
 * (`;`, a comma that is not a decimal comma, a line break). Never throws.
 */
export function lexRuleText(text: string): LexedText {
  const tokens: TextToken[] = [];
  let at = 0;
  while (at < text.length) {
    SPACE.lastIndex = at;
    if (SPACE.test(text)) {
      at = SPACE.lastIndex;
      continue;
    }
    const char = text[at];
    if (
      char === ';' ||
      char === ',' ||
      char === '\n' ||
      char === '\r' ||
      char === '\u2028' ||
      char === '\u2029'
    ) {
      tokens.push({ type: 'separator', key: ';', value: char, start: at, end: at + 1 });
      at += 1;
      continue;
    }
    const closer = QUOTES[char];
    if (closer !== undefined) {
      const quoted = readQuoted(text, at, closer);
      if (quoted === null) return { tokens, unclosedQuote: at };
      tokens.push(quoted);
      at = quoted.end;
      continue;
    }
    const token =
      readNumber(text, at, tokens[tokens.length - 1]) ?? readWord(text, at) ?? readSymbol(text, at);
    tokens.push(token);
    at = token.end;
  }
  return { tokens, unclosedQuote: null };
}

function readQuoted(text: string, start: number, closer: string): TextToken | null {
  let value = '';
  let at = start + 1;
  while (at < text.length) {
    const next = text.indexOf(closer, at);
    if (next === -1) return null;
    value += text.slice(at, next);
    if (text[next + 1] !== closer) return { type: 'quoted', key: '"', value, start, end: next + 1 };
    value += closer;
    at = next + 2;
  }
  return null;
}

function readNumber(text: string, start: number, previous: TextToken | undefined): TextToken | null {
  let at = start;
  const signed = text[at] === '-' || text[at] === '−';
  if (signed) {
    if (previous?.type === 'number' || previous?.key === '%') return null;
    at += 1;
  }
  NUMBER.lastIndex = at;
  const match = NUMBER.exec(text);
  if (!match) return null;
  const decimal = `${signed ? '-' : ''}${match[0].replace(',', '.')}`;
  return { type: 'number', key: '#', value: decimal, start, end: NUMBER.lastIndex };
}

function readWord(text: string, start: number): TextToken | null {
  WORD.lastIndex = start;
  const match = WORD.exec(text);
  if (!match) return null;
  return { type: 'word', key: fold(match[0]), value: match[0], start, end: WORD.lastIndex };
}

function readSymbol(text: string, start: number): TextToken {
  for (const [written, key] of SYMBOLS) {
    if (text.startsWith(written, start)) {
      return { type: 'symbol', key, value: written, start, end: start + written.length };
    }
  }
  const char = String.fromCodePoint(text.codePointAt(start) ?? 0);
  return { type: 'symbol', key: char, value: char, start, end: start + char.length };
}

/** Lower case without diacritics, `đ` → `d`, so `Tỷ lệ`, `tỉ lệ` and `ty le` all read `ty le` / `ti le`. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
