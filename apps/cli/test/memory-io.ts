import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../src/run-cli';
import type { CliIo } from '../src/support/cli-io';

/** The reference example (one copy, kept with the scoring lib's fixtures). */
export const EXAMPLE = join(__dirname, '../../../libs/scoring/src/__fixtures__/example');
export const EXAMPLE_SET = join(EXAMPLE, 'criteria-set.json');
export const EXAMPLE_ASSESSMENTS = join(EXAMPLE, 'assessments.json');
export const EXAMPLE_RESULTS = join(EXAMPLE, 'results.json');

export interface MemoryIo extends CliIo {
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly written: Map<string, string>;
}

/** In-memory I/O for running commands in-process: virtual files first, then the disk. */
export function memoryIo(files: Record<string, string> = {}): MemoryIo {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  return {
    readText: (path) => files[path] ?? readFileSync(path, 'utf8'),
    out: (chunk) => {
      stdout += chunk;
    },
    err: (chunk) => {
      stderr += chunk;
    },
    openFile: (path) => {
      written.set(path, '');
      return {
        write: (chunk) => written.set(path, (written.get(path) ?? '') + chunk),
        close: () => undefined,
      };
    },
    stdout: () => stdout,
    stderr: () => stderr,
    written,
  };
}

/** Runs `par-index <verb> --criteria <example> --assessments <example> …args` in-process. */
export async function runOnExample(
  verb: string,
  args: readonly string[],
  files: Record<string, string> = {},
) {
  const io = memoryIo(files);
  const code = await runCli(
    [verb, '--criteria', EXAMPLE_SET, '--assessments', EXAMPLE_ASSESSMENTS, ...args],
    io,
  );
  return { code, io };
}

/** The example assessments with changes applied to a copy. */
export function exampleAssessments(change: (doc: { units: Record<string, unknown>[] }) => void): string {
  const doc = JSON.parse(readFileSync(EXAMPLE_ASSESSMENTS, 'utf8')) as { units: Record<string, unknown>[] };
  change(doc);
  return JSON.stringify(doc);
}
