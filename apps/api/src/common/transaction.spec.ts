import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/support/test-database';
import { dataSourceOptions } from '../database/data-source';
import { freePort } from '../database/embedded-database';
import { databaseFailureOf } from './database-errors';
import { toProblemInput } from './errors/problem-responder';
import { ERROR_STATUS } from './errors/error-status';
import { transactionWithRetry } from './transaction';

/** The retry on deadlock/serialization failure and the timeouts, on a real PostgreSQL. */
describe('transactions on a real PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let limited: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = await new DataSource({
      ...dataSourceOptions(database.url),
      extra: { max: 6 },
    }).initialize();
    limited = await new DataSource({
      ...dataSourceOptions(database.url, { statementTimeoutMs: 1000, lockTimeoutMs: 200 }),
    }).initialize();
  });
  beforeEach(async () => {
    await ds.query('DROP TABLE IF EXISTS counter');
    await ds.query('CREATE TABLE counter (id int PRIMARY KEY, v int NOT NULL)');
    await ds.query('INSERT INTO counter VALUES (1, 0), (2, 0)');
  });
  afterAll(async () => {
    await ds?.destroy();
    await limited?.destroy();
    await database?.drop();
  });

  /** Two transactions locking rows 1 and 2 in opposite orders, both holding their first lock: a deadlock. */
  async function deadlock(attempts: number) {
    let arrived = 0;
    let release!: () => void;
    const bothHoldFirstLock = new Promise<void>((resolve) => (release = resolve));
    const retries: number[] = [];
    const tx = (first: number, second: number) => {
      let attempt = 0;
      return transactionWithRetry(
        ds,
        async (manager) => {
          attempt += 1;
          await manager.query('UPDATE counter SET v = v + 1 WHERE id = $1', [first]);
          if (attempt === 1) {
            arrived += 1;
            if (arrived === 2) release();
            await bothHoldFirstLock;
          }
          await manager.query('UPDATE counter SET v = v + 1 WHERE id = $1', [second]);
          return attempt;
        },
        { attempts, onRetry: (n) => retries.push(n) },
      );
    };
    const results = await Promise.allSettled([tx(1, 2), tx(2, 1)]);
    const rows = await ds.query<{ id: number; v: number }[]>('SELECT id, v FROM counter ORDER BY id');
    return { results, retries, rows };
  }

  it('runs a transaction PostgreSQL chose as the deadlock victim again, whole, and both take effect once', async () => {
    const { results, retries, rows } = await deadlock(4);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const attempts = results.map((r) => (r as PromiseFulfilledResult<number>).value).sort();
    expect(attempts).toEqual([1, 2]); // the victim ran twice, the other once
    expect(retries).toEqual([1]);
    // Each transaction added 1 to both rows exactly once: the aborted attempt left nothing.
    expect(rows).toEqual([
      { id: 1, v: 2 },
      { id: 2, v: 2 },
    ]);
  });

  it('without retries the victim fails with 40P01 (what the retry saves the client from)', async () => {
    const { results, rows } = await deadlock(1);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect(databaseFailureOf(failed[0].reason)).toBe('serialization');
    expect(toProblemInput(failed[0].reason).input.code).toBe('CONFLICT');
    expect(rows).toEqual([
      { id: 1, v: 1 },
      { id: 2, v: 1 },
    ]);
  });

  it('retries a serialization failure (40001) of SERIALIZABLE transactions', async () => {
    let arrived = 0;
    let release!: () => void;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    // Each reads the sum and writes it into its own row: a write skew SERIALIZABLE refuses for one of them.
    const tx = (id: number) => {
      let attempt = 0;
      return transactionWithRetry(
        ds,
        async (manager) => {
          attempt += 1;
          runs += 1;
          const [{ s }] = await manager.query<{ s: number }[]>('SELECT sum(v)::int AS s FROM counter');
          if (attempt === 1) {
            arrived += 1;
            if (arrived === 2) release();
            await bothRead;
          }
          await manager.query('UPDATE counter SET v = $2 + 10 WHERE id = $1', [id, s]);
        },
        { isolation: 'SERIALIZABLE' },
      );
    };
    await Promise.all([tx(1), tx(2)]);
    expect(runs).toBe(3);
    const rows = await ds.query<{ v: number }[]>('SELECT v FROM counter ORDER BY v');
    expect(rows.map((r) => r.v)).toEqual([10, 20]); // as if one ran after the other
  });

  it('does not retry other errors', async () => {
    let runs = 0;
    await expect(
      transactionWithRetry(ds, async (manager) => {
        runs += 1;
        await manager.query('INSERT INTO counter VALUES (1, 0)');
      }),
    ).rejects.toMatchObject({ driverError: { code: '23505' } });
    expect(runs).toBe(1);
  });

  it('carries statement_timeout and lock_timeout on every session of the app’s pool', async () => {
    const [statement] = await limited.query<{ statement_timeout: string }[]>('SHOW statement_timeout');
    const [lock] = await limited.query<{ lock_timeout: string }[]>('SHOW lock_timeout');
    expect(statement.statement_timeout).toBe('1s');
    expect(lock.lock_timeout).toBe('200ms');
  });

  it('maps a NUL character PostgreSQL cannot store (22021) to 400 BAD_REQUEST, not 500', async () => {
    const error = await ds.query('SELECT $1::text AS t', ['x\u0000y']).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ driverError: { code: '22021' } });
    const { input } = toProblemInput(error);
    expect(input.code).toBe('BAD_REQUEST');
    expect(ERROR_STATUS[input.code]).toBe(400);
  });

  it('maps a statement past statement_timeout (57014) to 503 DATABASE_TIMEOUT', async () => {
    const error = await limited.query('SELECT pg_sleep(3)').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ driverError: { code: '57014' } });
    const { input, headers } = toProblemInput(error);
    expect(input.code).toBe('DATABASE_TIMEOUT');
    expect(ERROR_STATUS[input.code]).toBe(503);
    expect(headers).toMatchObject({ 'retry-after': expect.any(String) });
  });

  it('maps a lock not granted within lock_timeout (55P03) to 409 LOCK_TIMEOUT', async () => {
    const holder = ds.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query('SELECT * FROM counter WHERE id = 1 FOR UPDATE');
      const error = await limited.query('UPDATE counter SET v = 5 WHERE id = 1').then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ driverError: { code: '55P03' } });
      const { input } = toProblemInput(error);
      expect(input.code).toBe('LOCK_TIMEOUT');
      expect(ERROR_STATUS[input.code]).toBe(409);
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
  });

  it('maps an unreachable database to 503 DATABASE_UNAVAILABLE with Retry-After', async () => {
    const port = await freePort();
    const error = await new DataSource({
      ...dataSourceOptions(`postgres://par:x@127.0.0.1:${port}/par`),
    })
      .initialize()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).not.toBeNull();
    const { input, headers } = toProblemInput(error);
    expect(input.code).toBe('DATABASE_UNAVAILABLE');
    expect(ERROR_STATUS[input.code]).toBe(503);
    expect(headers).toEqual({ 'retry-after': '2' });
  });

  // Whether the next query sees the server's 57P01 or TypeORM's "query runner already released" (it releases
  // a runner whose connection errored) depends on timing: both are the database going away, not a 500.
  it('maps a session the server terminated (57P01) to DATABASE_UNAVAILABLE', async () => {
    const victim = ds.createQueryRunner();
    await victim.connect();
    const [{ pid }] = (await victim.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
    await ds.query('SELECT pg_terminate_backend($1)', [pid]);
    const error = await victim.query('SELECT 1').then(
      () => null,
      (e: unknown) => e,
    );
    await victim.release().catch(() => undefined);
    expect(error).not.toBeNull();
    expect(toProblemInput(error).input.code).toBe('DATABASE_UNAVAILABLE');
  });
});
