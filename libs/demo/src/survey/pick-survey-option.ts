import type { RandomSource } from '@par/scoring';

/**
 * One answer of a respondent about a unit of `strength` (0..1), among options listed best first with
 * the "don't know" ones marked `excluded`: about 6 % don't know; otherwise a strong unit mostly gets the
 * best options and a weak one spreads towards the worst.
 */
export function pickSurveyOption(
  strength: number,
  options: readonly { readonly code: string; readonly excluded: boolean }[],
  random: RandomSource,
): string {
  const counted = options.filter((o) => !o.excluded);
  const unsure = options.find((o) => o.excluded);
  if (unsure && random.next() < 0.06) return unsure.code;
  if (counted.length === 0) return options[0]?.code ?? '';
  // Position 0 (best) .. 1 (worst): a skewed draw centred lower the stronger the unit is.
  const position = Math.min(
    0.999,
    Math.max(0, (1 - strength) * 1.6 * random.next() + 0.15 * random.normal() ** 2 * (1 - strength)),
  );
  return counted[Math.floor(position * counted.length)].code;
}
