import type { TextToken } from './lex-rule-text';

/** A phrase as token keys (`ty le` → ['ty', 'le']); see `rule-text-words.ts`. */
export type Phrase = readonly string[];

/**
 * How many tokens the longest of `phrases` covers starting at `tokens[at]` (0 when none matches). With
 * `backward`, the phrase must instead end right before `tokens[at]`.
 */
export function matchPhrase(
  tokens: readonly TextToken[],
  at: number,
  phrases: readonly Phrase[],
  backward = false,
): number {
  let longest = 0;
  for (const phrase of phrases) {
    const start = backward ? at - phrase.length : at;
    if (phrase.length <= longest || start < 0 || start + phrase.length > tokens.length) continue;
    if (phrase.every((key, offset) => tokens[start + offset].key === key)) longest = phrase.length;
  }
  return longest;
}
