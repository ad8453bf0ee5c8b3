import type { Locale } from '@par/scoring';
import { CliError } from './cli-error';

/** `--lang vi|en` (Vietnamese by default). */
export function readLang(value: string | undefined): Locale {
  if (value === undefined || value === 'vi') return 'vi';
  if (value === 'en') return 'en';
  throw new CliError('USAGE', {
    vi: `--lang chỉ nhận "vi" hoặc "en", nhận được "${value}".`,
    en: `--lang takes "vi" or "en", got "${value}".`,
  });
}
