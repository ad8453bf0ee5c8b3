import { surveySampleSize } from '@par/scoring';

/**
 * A margin typed as a percent ("5", "2,5") as the decimal fraction text `surveySampleSize` reads exactly
 * ("0.05", "0.025"): shifted as text, so no float error creeps in. Null when it is not a percent in (0, 100).
 */
export function marginFraction(percentText: string): string | null {
  const text = percentText.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,4})?$/.test(text)) return null;
  const [whole, fraction = ''] = text.split('.');
  const digits = `${whole}${fraction}`.replace(/^0+/, '');
  if (!digits) return null;
  return `0.${digits.padStart(fraction.length + 2, '0')}`;
}

/** A population typed by a person ("1.200", "1 200", "1200") as a whole number, else null. */
export function populationOf(text: string): number | null {
  const digits = text.trim().replace(/[.\s\u00a0]/g, '');
  if (!/^\d{1,9}$/.test(digits)) return null;
  const population = Number(digits);
  return population >= 1 ? population : null;
}

/** n = N / (1 + N·e²) rounded up (the same function the API uses), or null while an input is incomplete. */
export function sampleSizeOf(populationText: string, marginPercentText: string): number | null {
  const population = populationOf(populationText);
  const margin = marginFraction(marginPercentText);
  if (population === null || margin === null) return null;
  return surveySampleSize(population, margin);
}
