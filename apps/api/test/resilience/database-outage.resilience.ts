import {
  call,
  login,
  makeDataDir,
  startApiOn,
  startTestPostgres,
  waitFor,
  type Answer,
  type TestPostgres,
} from './support';

const PROBLEM = /^application\/problem\+json/;

/**
 * PostgreSQL stopped (fast shutdown) and started again while writers keep the API busy: during the outage every
 * request answers at once with 503 DATABASE_UNAVAILABLE (problem+json, Vietnamese and English) — no hang, no
 * 500 — the API recovers without a restart, and every write it acknowledged is in the database.
 */
describe('PostgreSQL stopped and restarted under load', () => {
  let pg: TestPostgres;
  let data: Awaited<ReturnType<typeof makeDataDir>>;

  beforeAll(async () => {
    pg = await startTestPostgres();
    data = await makeDataDir('par-resilience-outage-');
  });
  afterAll(async () => {
    await pg?.destroy();
    await data?.remove();
  });

  it('answers 503 problem+json during the outage, recovers by itself and keeps every acknowledged write', async () => {
    const { api, base } = await startApiOn(data.dir, pg);
    let running = true;
    try {
      const auth = await login(base);
      type Phase = 'before' | 'outage' | 'after';
      let phase: Phase = 'before';
      let sequence = 0;
      const acknowledged: { year: number; index: string; area: string; id: string }[] = [];
      const answers: { phase: Phase; answer: Answer; route: string }[] = [];
      const INDEXES = ['PAR_INDEX', 'SIPAS', 'PAPI'];

      const writer = async (n: number) => {
        while (running) {
          sequence += 1;
          const k = sequence;
          const row = { year: 2000 + (k % 100), index: INDEXES[k % 3], area: `W${n}-${k}` };
          const at = phase;
          const answer = await call(base, 'POST', '/national-standing', {
            headers: auth,
            body: { year: row.year, indexCode: row.index, areaCode: row.area, value: 50 },
            timeoutMs: 20_000,
          });
          answers.push({ phase: at === phase ? at : 'outage', answer, route: 'POST /national-standing' });
          if (answer.status === 201) acknowledged.push({ ...row, id: (answer.body as { id: string }).id });
          // A read, and the health probe, in between.
          const read = await call(base, 'GET', '/national-standing?indexCode=SIPAS', {
            headers: auth,
            timeoutMs: 20_000,
          });
          answers.push({
            phase: at === phase ? at : 'outage',
            answer: read,
            route: 'GET /national-standing',
          });
          if (answer.status !== 201) await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      const writers = Array.from({ length: 6 }, (_, n) => writer(n));
      const count = (p: Phase, test: (a: Answer) => boolean) =>
        answers.filter((x) => x.phase === p && test(x.answer)).length;

      await waitFor('writes before the outage', () => acknowledged.length >= 30, 60_000);
      phase = 'outage';
      await pg.stop();
      // While the database is down, requests keep coming and are answered 503 straight away.
      await waitFor(
        '503 answers during the outage',
        () => count('outage', (a) => a.status === 503) >= 20,
        60_000,
      ).catch((error: Error) => {
        const seen = answers
          .filter((x) => x.phase === 'outage')
          .slice(0, 12)
          .map(
            (x) =>
              `${x.route} ${x.answer.status} ${x.answer.ms}ms ${JSON.stringify(x.answer.body).slice(0, 300)}`,
          );
        throw new Error(`${error.message}\n${seen.join('\n')}\n${api.output().slice(-3000)}`);
      });
      const health = await call(base, 'GET', '/health');
      expect(health.status).toBe(503);
      expect(health.type).toMatch(PROBLEM);
      const ackedBeforeRestart = acknowledged.length;

      await pg.start();
      phase = 'after';
      await waitFor(
        'health to come back',
        async () => (await call(base, 'GET', '/health')).status === 200,
        60_000,
      );
      await waitFor('writes after the restart', () => acknowledged.length >= ackedBeforeRestart + 30, 60_000);
      running = false;
      await Promise.all(writers);

      // No 500 and no hang, ever; during the outage only 503 DATABASE_UNAVAILABLE as problem+json.
      const serverErrors = answers.filter((x) => x.answer.status >= 500 && x.answer.status !== 503);
      expect(
        serverErrors.map((x) => `${x.route} ${x.answer.status} ${JSON.stringify(x.answer.body)}`),
      ).toEqual([]);
      const noAnswer = answers.filter((x) => x.answer.status === 0);
      expect(noAnswer.map((x) => `${x.route} ${String(x.answer.body)} after ${x.answer.ms} ms`)).toEqual([]);
      const unavailable = answers.filter((x) => x.answer.status === 503);
      expect(unavailable.length).toBeGreaterThanOrEqual(20);
      for (const { answer } of unavailable) {
        expect(answer.type).toMatch(PROBLEM);
        expect(answer.body).toMatchObject({
          status: 503,
          code: 'DATABASE_UNAVAILABLE',
          messages: { vi: expect.stringContaining('Cơ sở dữ liệu'), en: expect.stringContaining('database') },
        });
        expect(answer.ms).toBeLessThan(15_000);
      }
      // Anything else refused is a 4xx the client can act on (none expected here).
      const other = answers.filter((x) => ![200, 201, 503].includes(x.answer.status));
      expect(
        other.map((x) => `${x.phase} ${x.route} ${x.answer.status} ${JSON.stringify(x.answer.body)}`),
      ).toEqual([]);
      expect(count('after', (a) => a.status === 201)).toBeGreaterThan(0);

      // Every acknowledged write is there, exactly as acknowledged.
      const rows = await pg.query<{ id: string; year: number; index_code: string; area_code: string }>(
        `SELECT id, year, index_code, area_code FROM national_standing`,
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const missing = acknowledged.filter((a) => {
        const row = byId.get(a.id);
        return !row || row.year !== a.year || row.index_code !== a.index || row.area_code !== a.area;
      });
      expect(missing).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    } finally {
      running = false;
      await api.interrupt();
    }
  });
});
