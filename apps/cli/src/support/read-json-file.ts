import type { CliIo } from './cli-io';
import { CliError } from './cli-error';

/** Reads and parses a JSON file, as coded errors naming the file (FILE_UNREADABLE, INVALID_JSON). */
export function readJsonFile(io: CliIo, path: string): unknown {
  let text: string;
  try {
    text = io.readText(path);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new CliError('FILE_UNREADABLE', {
      vi: `không đọc được tệp "${path}" (${reason}).`,
      en: `cannot read file "${path}" (${reason}).`,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError('INVALID_JSON', {
      vi: `tệp "${path}" không phải JSON hợp lệ: ${reason}`,
      en: `file "${path}" is not valid JSON: ${reason}`,
    });
  }
}
