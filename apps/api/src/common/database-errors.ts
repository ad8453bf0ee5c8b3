/** True when `error` is PostgreSQL's unique_violation (23505), optionally on one constraint/index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = e?.code ?? e?.driverError?.code;
  const name = e?.constraint ?? e?.driverError?.constraint;
  return code === '23505' && (!constraint || name === constraint);
}

/** An ILIKE pattern matching `text` anywhere, with the user's `%`, `_` and `\\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

/** What a failed database call means for the client, or null when it is not a database failure we classify. */
export type DatabaseFailure = 'unavailable' | 'timeout' | 'lock_timeout' | 'serialization';

const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /is not queryable/i,
  /Client was closed/i,
  /Connection is not established/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to/i,
  /server closed the connection unexpectedly/i,
  /Cannot use a pool after calling end/i,
];

/**
 * Classifies an error thrown by `pg`/TypeORM: the server unreachable or going away (socket errors,
 * SQLSTATE class 08, 57P01–57P03, 53300), a statement cancelled by `statement_timeout` (57014), a lock not
 * granted within `lock_timeout` (55P03), or a serialization failure/deadlock (40001/40P01). A query on a
 * TypeORM query runner that was released because its connection broke counts as unavailable too.
 */
export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  const e = error as {
    code?: unknown;
    message?: unknown;
    driverError?: { code?: unknown; message?: unknown };
  };
  if (!e || typeof e !== 'object') return null;
  // TypeORM releases a query runner whose connection failed; the transaction's next query then says so.
  if ((error as { name?: unknown }).name === 'QueryRunnerAlreadyReleasedError') return 'unavailable';
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const code = text(e.driverError?.code) || text(e.code);
  if (code === '57014') return 'timeout';
  if (code === '55P03') return 'lock_timeout';
  if (code === '40001' || code === '40P01') return 'serialization';
  if (/^08/.test(code) || ['57P01', '57P02', '57P03', '53300'].includes(code)) return 'unavailable';
  if (UNAVAILABLE_SOCKET_CODES.has(code)) return 'unavailable';
  const message = `${text(e.message)} ${text(e.driverError?.message)}`;
  if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return 'unavailable';
  // An AggregateError (a connection attempt to several addresses) carries the socket errors inside.
  const inner = (error as { errors?: unknown[] }).errors;
  if (Array.isArray(inner) && inner.some((x) => databaseFailureOf(x) === 'unavailable')) return 'unavailable';
  return null;
}

/** A serialization failure (40001) or deadlock (40P01): the whole transaction may run again. */
export function isRetryableTransactionError(error: unknown): boolean {
  return databaseFailureOf(error) === 'serialization';
}
