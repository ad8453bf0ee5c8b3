import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { CliIo } from './cli-io';

/** The real process I/O. */
export function nodeIo(): CliIo {
  return {
    debug: Boolean(process.env.PAR_INDEX_DEBUG),
    env: process.env,
    fetch: globalThis.fetch,
    readText: (path) => readFileSync(path, 'utf8'),
    out: (chunk) => {
      process.stdout.write(chunk);
    },
    err: (chunk) => {
      process.stderr.write(chunk);
    },
    openFile: (path) => {
      const fd = openSync(path, 'w');
      return {
        write: (chunk) => {
          writeSync(fd, chunk);
        },
        close: () => closeSync(fd),
      };
    },
  };
}
