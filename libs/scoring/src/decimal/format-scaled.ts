export type Locale = 'vi' | 'en';

export interface ScaledFormatOptions {
  /** `vi` (default): decimal comma, `.` between thousands; `en`: decimal point, `,` between thousands. */
  readonly locale?: Locale;
  /** Drop trailing fractional zeros (`9,720` → `9,72`). */
  readonly trimZeros?: boolean;
  /** Separate thousands (default true); `false` writes the digits alone (`1234,5`), as text meant to be read back. */
  readonly grouping?: boolean;
}

/** Formats the integer `units / 10^scale` exactly, as text: no float is involved. */
export function formatScaled(units: number, scale: number, options: ScaledFormatOptions = {}): string {
  const vi = (options.locale ?? 'vi') === 'vi';
  const digits = String(Math.abs(units)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  if (options.trimZeros) fraction = fraction.replace(/0+$/, '');
  const grouped = options.grouping === false ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, vi ? '.' : ',');
  const sign = units < 0 ? '-' : '';
  return fraction ? `${sign}${grouped}${vi ? ',' : '.'}${fraction}` : `${sign}${grouped}`;
}
