/** Everything a command touches outside itself, so tests can run commands in-process. */
export interface CliIo {
  /** Reads a UTF-8 text file; throws the Node error (ENOENT, EISDIR, …) when it cannot. */
  readText(path: string): string;
  /** Standard output, chunk by chunk. */
  out(chunk: string): void;
  /** Standard error. */
  err(chunk: string): void;
  /** Print stack traces of internal errors (PAR_INDEX_DEBUG=1); never for coded errors. */
  readonly debug?: boolean;
  /** Environment variables (e.g. PAR_ADMIN_PASSWORD for `seed`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** HTTP for verbs that talk to a running API (`seed`); the global fetch in the real CLI. */
  readonly fetch?: typeof fetch;
  /** Opens an output file for chunked writing. */
  openFile(path: string): { write(chunk: string): void; close(): void };
}
