import { CliError } from './cli-error';

/** A required `--flag FILE`, as a USAGE error when absent. */
export function requireOption(value: string | undefined, flag: string): string {
  if (value !== undefined && value !== '') return value;
  throw new CliError('USAGE', { vi: `thiếu tham số ${flag}.`, en: `missing ${flag}.` });
}
