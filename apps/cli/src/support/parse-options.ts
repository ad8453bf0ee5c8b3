import type { Locale } from '@par/scoring';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';
import { readLang } from './lang';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Common flags every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies Options;

/** Strict flag parsing plus `--lang`; unknown or malformed flags become a USAGE error. */
export function parseOptions<T extends Options>(args: readonly string[], options: T, positionals = false) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...options },
      strict: true,
      allowPositionals: positionals,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError('USAGE', {
      vi: `tham số không hợp lệ: ${detail}`,
      en: `invalid arguments: ${detail}`,
    });
  }
  const common: { readonly lang?: unknown } = parsed.values;
  const lang: Locale = readLang(typeof common.lang === 'string' ? common.lang : undefined);
  return { ...parsed, lang };
}
