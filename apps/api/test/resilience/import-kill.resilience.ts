import { isAlive } from '../support/api-process';
import {
  call,
  killHard,
  login,
  makeDataDir,
  startApiOn,
  startTestPostgres,
  waitFor,
  type TestPostgres,
} from './support';

/**
 * kill -9 of the API in the middle of the largest row-by-row bulk write (the national standing import: one
 * transaction, a locked read and an insert per row) → after a restart the import left all rows or none, and
 * it runs again to the end.
 */
describe('kill -9 of the API during a bulk import', () => {
  let pg: TestPostgres;
  let data: Awaited<ReturnType<typeof makeDataDir>>;

  beforeAll(async () => {
    pg = await startTestPostgres();
    data = await makeDataDir('par-resilience-import-');
  });
  afterAll(async () => {
    await pg?.destroy();
    await data?.remove();
  });

  // 100 years × 3 indexes × 12 areas.
  const INDEXES = ['PAR_INDEX', 'SIPAS', 'PAPI'];
  const rows: string[] = [];
  for (let year = 2000; year < 2100; year += 1)
    for (const index of INDEXES)
      for (let area = 1; area <= 12; area += 1)
        rows.push(`${year},${index},A${area},Lĩnh vực ${area},${area}.5,,,`);
  const csv = `year,index,area,areaTitle,value,maxPoints,rank,rankOf\n${rows.join('\n')}\n`;

  const importNow = (base: string, auth: Record<string, string>) =>
    call(base, 'POST', '/national-standing/import', {
      headers: { ...auth, 'content-type': 'text/csv' },
      raw: csv,
      timeoutMs: 170_000,
    });
  const stored = async () =>
    Number((await pg.query<{ n: string }>('SELECT count(*) AS n FROM national_standing'))[0].n);
  /** Sessions of the API that have written in their open transaction (the import, mid-flight). */
  const writing = async () =>
    Number(
      (
        await pg.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = 'par' AND application_name = 'par-index' AND backend_xid IS NOT NULL`,
        )
      )[0].n,
    );
  const apiSessions = async () =>
    Number(
      (
        await pg.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = 'par' AND application_name = 'par-index'`,
        )
      )[0].n,
    );

  it('leaves all rows or none, and the import can be run again to the end', async () => {
    const first = await startApiOn(data.dir, pg);
    const auth = await login(first.base);
    const pending = importNow(first.base, auth);
    // Mid-flight: the import's transaction has written rows nobody else can see yet.
    await waitFor('the import transaction to write', async () => (await writing()) > 0, 60_000, 10);
    await killHard(first.api);
    expect(isAlive(first.api.child.pid!)).toBe(false);
    const answer = await pending;
    expect(answer.status).toBe(0); // the connection died with the process: no answer

    // PostgreSQL notices the dead client and rolls its transaction back.
    await waitFor('the killed API’s sessions to end', async () => (await apiSessions()) === 0, 60_000);
    const afterKill = await stored();
    expect([0, rows.length]).toContain(afterKill);
    expect(afterKill).toBe(0); // killed before its commit: nothing of it is visible
    const audits = await pg.query(`SELECT 1 FROM audit_log WHERE action = 'national_standing.import'`);
    expect(audits).toHaveLength(0);

    // A restart (same database, same data folder) and the same file again: every row, once.
    const second = await startApiOn(data.dir, pg);
    try {
      const again = await importNow(second.base, await login(second.base));
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ created: rows.length, updated: 0, unchanged: 0 });
      expect(await stored()).toBe(rows.length);
      const keys = await pg.query<{ n: string }>(
        `SELECT count(DISTINCT (year, index_code, area_code)) AS n FROM national_standing`,
      );
      expect(Number(keys[0].n)).toBe(rows.length);
      // And once more: a re-run of a completed import changes nothing.
      const third = await importNow(second.base, await login(second.base));
      expect(third.body).toEqual({ created: 0, updated: 0, unchanged: rows.length });
    } finally {
      await second.api.interrupt();
    }
  });
});
