import type { SurveyOption } from './api/types';

/**
 * The option a key stands for on the paper-entry screen: the option's own code (A–E, case ignored) or its
 * position (1–9). Null for any other key.
 */
export function optionForKey(options: readonly SurveyOption[], key: string): SurveyOption | null {
  if (key.length !== 1) return null;
  const byCode = options.find((option) => option.code.toUpperCase() === key.toUpperCase());
  if (byCode) return byCode;
  if (/^[1-9]$/.test(key)) return options[Number(key) - 1] ?? null;
  return null;
}

/** Keys that leave a question blank and move on (a question the respondent skipped). */
export const SKIP_KEYS: ReadonlySet<string> = new Set(['0', '-', '.']);

/** The next serial of a stack of forms: the trailing number plus one, padded as before ("BD-000124"). */
export function nextSerial(serial: string): string {
  const match = /^(.*?)(\d+)$/.exec(serial.trim());
  if (!match) return '';
  const [, prefix, digits] = match;
  return `${prefix}${String(Number(digits) + 1).padStart(digits.length, '0')}`;
}

/** Options in reading order: the scored ones as given, then the excluded ("Không biết / không trả lời"). */
export function orderedOptions<T extends Pick<SurveyOption, 'excluded'>>(options: readonly T[]): T[] {
  return [...options.filter((option) => !option.excluded), ...options.filter((option) => option.excluded)];
}
