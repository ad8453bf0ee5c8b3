import { CliError } from './cli-error';

/** `--format` limited to the values a command offers (the first one is the default). */
export function readFormat<T extends string>(value: string | undefined, allowed: readonly [T, ...T[]]): T {
  if (value === undefined) return allowed[0];
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError('USAGE', {
    vi: `--format chỉ nhận ${allowed.join(' | ')}, nhận được "${value}".`,
    en: `--format takes ${allowed.join(' | ')}, got "${value}".`,
  });
}
