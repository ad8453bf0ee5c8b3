import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';

/**
 * The database verbs (`backup`, `restore`) run the API build's own entry `apps/api/dist/backup.js` in a
 * child process: the database, migration and evidence-storage code stays in the API (one copy, the API's
 * way of finding its database), and the CLI bundle keeps no dependency on it (apps never import apps).
 */
export function findApiEntry(name: string, from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'api', 'dist', name), join(dir, 'apps', 'api', 'dist', name)]) {
      if (existsSync(candidate)) return candidate;
    }
    if (dir === parse(dir).root) break;
  }
  throw new CliError('API_NOT_BUILT', {
    vi: `chưa build API (thiếu apps/api/dist/${name}): chạy npm run build`,
    en: `the API is not built (apps/api/dist/${name} missing): run npm run build`,
  });
}

/** Runs `node ENTRY ...args`, its output streamed to the CLI's; resolves with its exit code. */
export function runNodeEntry(io: CliIo, entry: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [entry, ...args], {
      env: { ...process.env, ...(io.env ?? {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => io.out(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => io.err(chunk.toString()));
    child.once('error', (error) => {
      io.err(`INTERNAL_ERROR — ${error.message}\n`);
      resolve(3);
    });
    child.once('close', (code) => resolve(code ?? 3));
  });
}
