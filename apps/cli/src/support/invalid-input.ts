import type { Issue } from '@par/scoring';
import { CliError } from './cli-error';

/** INVALID_INPUT for a file, carrying every issue the lib found in it. */
export function invalidInput(path: string, issues: readonly Issue[]): CliError {
  return new CliError(
    'INVALID_INPUT',
    {
      vi: `tệp "${path}" không hợp lệ (${issues.length} lỗi).`,
      en: `file "${path}" is invalid (${issues.length} issues).`,
    },
    issues,
  );
}
