import { formatScaled, type ScaledFormatOptions } from './format-scaled';

/** Points for people: `formatPoints(1978)` → `1,978` (Vietnamese decimal comma), `{ locale: 'en' }` → `1.978`. */
export function formatPoints(milli: number, options: ScaledFormatOptions = {}): string {
  return formatScaled(milli, 3, options);
}
