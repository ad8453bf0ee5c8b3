import { formatScaled, type ScaledFormatOptions } from './format-scaled';

/** An index for people: `formatIndex(9720)` → `97,20`; null (nothing applies) → `—`. */
export function formatIndex(centi: number | null, options: ScaledFormatOptions = {}): string {
  return centi === null ? '—' : formatScaled(centi, 2, options);
}
