import { formatPoints, toMilli, type DecimalV1 } from '@par/scoring';
import type { Language } from './i18n';

/**
 * Points in the reader's language (`vi`: 1,25), from the API's decimal number or — with `milli` — from
 * thousandths; "—" for none.
 */
export function pointsText(points: number | null | undefined, lang: Language, milli = false): string {
  if (points === null || points === undefined) return '—';
  return formatPoints(milli ? points : toMilli(points), { locale: lang, trimZeros: true });
}

/** A decimal as the reader writes it: `0,25` in Vietnamese, `0.25` in English; none is empty. */
export function decimalForReader(value: DecimalV1 | undefined, lang: Language): string {
  if (value === undefined) return '';
  const text = String(value);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** Typed text as a v1 decimal: trimmed, a decimal comma read as a point (`0,25` → `"0.25"`). */
export const decimalFromReader = (text: string): string => text.trim().replace(',', '.');
