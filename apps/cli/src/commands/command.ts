import type { CliIo } from '../support/cli-io';

/** One `par-index` verb: a file per command under commands/, registered in commands/commands.ts. */
export interface Command {
  readonly name: string;
  readonly summary: { readonly vi: string; readonly en: string };
  /** Flags, one per line, shown by `par-index <name> --help`. */
  readonly usage: string;
  /** Returns the exit code; throws CliError for coded failures. May be async (future import/seed verbs). */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}
