import type { Issue } from '@par/scoring';

/** CLI-level error codes (input issues carry the lib's own codes). */
export type CliErrorCode =
  | 'USAGE'
  | 'FILE_UNREADABLE'
  | 'INVALID_JSON'
  | 'INVALID_INPUT'
  | 'INVALID_FORMAT'
  | 'API_UNREACHABLE'
  | 'API_REFUSED'
  | 'ALREADY_SEEDED'
  | 'API_NOT_BUILT';

/** Exit codes: 0 done, 1 input refused, 2 wrong usage, 3 internal error. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 3 } as const;

/** A failure the CLI reports as a coded message (never a stack trace). */
export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    readonly messages: { readonly vi: string; readonly en: string },
    readonly issues: readonly Issue[] = [],
  ) {
    super(messages.en);
  }

  get exitCode(): number {
    return this.code === 'USAGE' ? EXIT.usage : EXIT.invalidInput;
  }
}
