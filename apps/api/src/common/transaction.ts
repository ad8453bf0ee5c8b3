import type { DataSource, EntityManager } from 'typeorm';
type IsolationLevel = 'READ UNCOMMITTED' | 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';
import { isRetryableTransactionError } from './database-errors';

export interface RetryOptions {
  /** Tries in all, the first included (default 4). */
  attempts?: number;
  /** Base of the jittered backoff between tries, in ms (default 25: 25–50, 50–100, 100–200 ms…). */
  baseDelayMs?: number;
  isolation?: IsolationLevel;
  /** Told of each retry (tests count them). */
  onRetry?: (attempt: number, error: unknown) => void;
}

/**
 * Runs `work` in one transaction and runs it again, whole, when PostgreSQL aborts it with a serialization
 * failure (40001) or a deadlock (40P01) — a bounded number of times, after a jittered pause. Only for work
 * whose effects are all inside the transaction (no file written, no mail sent, no outside call): a retried
 * callback must be safe to run twice. Any other error, or the last failure, goes to the caller unchanged.
 */
export async function transactionWithRetry<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const base = options.baseDelayMs ?? 25;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return options.isolation
        ? await dataSource.transaction(options.isolation, work)
        : await dataSource.transaction(work);
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      options.onRetry?.(attempt, error);
      const ceiling = base * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, ceiling + Math.random() * ceiling));
    }
  }
}
