import type { ErrorCode, FieldProblem, LocalizedText } from '@par/contracts';

export interface DomainErrorOptions {
  /** What went wrong in this case, in both languages (the code's title says what kind of error it is). */
  detail?: LocalizedText;
  errors?: FieldProblem[];
  /** Extra members of the problem document, e.g. `current` for a 409 with the current state. */
  extensions?: Record<string, unknown>;
  /** Response headers, e.g. `Retry-After`. */
  headers?: Record<string, string>;
}

/** An expected failure with a stable code; the problem filter turns it into problem+json. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: DomainErrorOptions = {},
  ) {
    super(options.detail?.en ?? code);
    this.name = 'DomainError';
  }
}

/** Shorthand for the common "X not found" case. */
export function notFound(what: LocalizedText): DomainError {
  return new DomainError('NOT_FOUND', { detail: what });
}
