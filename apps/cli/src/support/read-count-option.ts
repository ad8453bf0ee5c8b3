import { CliError } from './cli-error';

/** A whole-number flag (`--top 10`, `--iterations 1000`, `--seed 7`) within [min, max]. */
export function readCountOption(
  value: string | undefined,
  flag: string,
  fallback: number,
  min = 1,
  max = 10_000_000,
): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (Number.isInteger(number) && number >= min && number <= max) return number;
  throw new CliError('USAGE', {
    vi: `${flag} phải là số nguyên từ ${min} đến ${max}, nhận được "${value}".`,
    en: `${flag} must be an integer from ${min} to ${max}, got "${value}".`,
  });
}
