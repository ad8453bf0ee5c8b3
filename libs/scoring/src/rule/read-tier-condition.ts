import type { TextToken } from './lex-rule-text';
import { matchPhrase, type Phrase } from './match-phrase';
import { reportTextIssue } from './report-text-issue';
import type { Clause, RuleTextReader } from './rule-text-reader';
import {
  AND_WORDS,
  AT_LEAST,
  AT_LEAST_AFTER,
  AT_MOST,
  AT_MOST_AFTER,
  FROM_WORDS,
  STRICT_WORDS,
  TO_WORDS,
} from './rule-text-words';

/** A tier's bounds as decimals with a point (`min` ≤ value ≤ `max`, the bounds given). */
export interface TierBounds {
  readonly min?: string;
  readonly max?: string;
}

type Side = 'min' | 'max' | 'from' | 'to' | 'strict';

const PREFIXES: readonly (readonly [readonly Phrase[], Side])[] = [
  [AT_LEAST, 'min'],
  [AT_MOST, 'max'],
  [FROM_WORDS, 'from'],
  [TO_WORDS, 'to'],
  [STRICT_WORDS, 'strict'],
];

interface Bound {
  /** null: a bare number (`80` in `80 - 100%`). */
  readonly side: Side | null;
  readonly decimal: string;
}

const EXPECTED_VI = 'điều kiện của mức cần dạng "≥ 80%", "≤ 20%" hoặc "từ 50% đến 80%".';
const EXPECTED_EN = 'a tier condition reads "≥ 80%", "≤ 20%" or "from 50% to 80%".';

/**
 * Reads a tier condition — `≥ 80%`, `>= 80`, `từ 80% trở lên`, `≤ 20%`, `không quá 20%`, `từ 50% đến 80%`,
 * `50 - 80%`, `≥ 50% và ≤ 80%`, `from 50% to 80%`, `80% or more` — into inclusive bounds. Strict
 * comparisons (`>`, `dưới`, `below`) are refused with an explanation. Reports INVALID_RULE_TEXT and returns
 * null when the condition does not read.
 */
export function readTierCondition(reader: RuleTextReader, tokens: Clause): TierBounds | null {
  const bounds: Bound[] = [];
  let at = 0;
  while (at < tokens.length) {
    if (bounds.length > 0) at += matchPhrase(tokens, at, AND_WORDS);
    const sides: Side[] = [];
    for (let length = prefixAt(tokens, at, sides); length > 0; length = prefixAt(tokens, at, sides)) {
      at += length;
    }
    if (sides.includes('strict')) return reportStrict(reader, tokens);
    const number = tokens[at];
    if (number?.type !== 'number' || sides.length > 1) return reportExpected(reader, tokens);
    at += tokens[at + 1]?.key === '%' ? 2 : 1;
    const after = matchPhrase(tokens, at, AT_LEAST_AFTER)
      ? 'min'
      : matchPhrase(tokens, at, AT_MOST_AFTER)
        ? 'max'
        : null;
    at += matchPhrase(tokens, at, after === 'min' ? AT_LEAST_AFTER : AT_MOST_AFTER);
    const prefix = sides[0] ?? null;
    if (after && (prefix === 'min' || prefix === 'max') && prefix !== after)
      return reportExpected(reader, tokens);
    bounds.push({ side: after ?? prefix, decimal: number.value });
  }
  return resolve(bounds) ?? reportBounds(reader, tokens, bounds);
}

function prefixAt(tokens: Clause, at: number, sides: Side[]): number {
  let longest = 0;
  let side: Side | null = null;
  for (const [phrases, candidate] of PREFIXES) {
    const length = matchPhrase(tokens, at, phrases);
    if (length > longest) {
      longest = length;
      side = candidate;
    }
  }
  if (side) sides.push(side);
  return longest;
}

/** One bound `≥ a` / `≤ b`, or a range whose first number is the lower bound: `từ a đến b`, `a - b`. */
function resolve(bounds: readonly Bound[]): TierBounds | null {
  if (bounds.length === 1) {
    const [only] = bounds;
    if (only.side === 'min' || only.side === 'from') return { min: only.decimal };
    if (only.side === 'max' || only.side === 'to') return { max: only.decimal };
    return null;
  }
  if (bounds.length !== 2) return null;
  const [first, second] = bounds;
  const firstSide = first.side === 'max' ? 'max' : first.side === 'to' ? null : 'min';
  const secondSide =
    second.side === 'max' || second.side === 'to' ? 'max' : second.side === null ? null : 'min';
  if (!firstSide || !secondSide || firstSide === secondSide) return null;
  return firstSide === 'min'
    ? { min: first.decimal, max: second.decimal }
    : { min: second.decimal, max: first.decimal };
}

function reportBounds(reader: RuleTextReader, tokens: Clause, bounds: readonly Bound[]): null {
  const [only] = bounds;
  if (bounds.length !== 1 || only.side !== null) return reportExpected(reader, tokens);
  const shown = numberText(reader, tokens);
  reportTextIssue(
    reader,
    tokens,
    `thiếu dấu so sánh: ghi "≥ ${shown}" (từ ${shown} trở lên) hoặc "≤ ${shown}" (đến ${shown} trở xuống).`,
    `a comparison is missing: write "≥ ${shown}" (${shown} or more) or "≤ ${shown}" (${shown} or less).`,
  );
  return null;
}

function reportExpected(reader: RuleTextReader, tokens: Clause): null {
  reportTextIssue(reader, tokens, EXPECTED_VI, EXPECTED_EN);
  return null;
}

function reportStrict(reader: RuleTextReader, tokens: Clause): null {
  reportTextIssue(
    reader,
    tokens,
    'ngưỡng của mức luôn tính cả giá trị bằng: dùng "≥", "≤" hoặc "từ … đến …", không dùng ">", "<", "trên", ' +
      '"dưới". Các mức được xét lần lượt, nên "từ 50% đến dưới 80%" viết là "≥ 50%" đặt sau mức "≥ 80%".',
    'tier bounds are inclusive: use "≥", "≤" or "from … to …", not ">", "<", "above", "below". Tiers are ' +
      'tried in order, so "50% to below 80%" is written "≥ 50%" after the tier "≥ 80%".',
  );
  return null;
}

function numberText(reader: RuleTextReader, tokens: Clause): string {
  const number: TextToken | undefined = tokens.find((token) => token.type === 'number');
  return number ? reader.text.slice(number.start, number.end) : '';
}
