import { isAlive } from '../support/api-process';
import { call, login, makeDataDir, startApiOn, waitFor, type Answer } from './support';

function postgresPid(output: string, after = 0): number | undefined {
  const pids = [...output.matchAll(/embedded PostgreSQL(?:: .*| restarted) \(pid (\d+)/g)].map((m) =>
    Number(m[1]),
  );
  return pids.slice(after).at(-1);
}

/**
 * kill -9 of the embedded PostgreSQL the API started: the API notices, says so, starts it again on the same
 * folder and port; /health answers 503 meanwhile and 200 after; data written before is still there.
 */
describe('the embedded PostgreSQL dying', () => {
  let data: Awaited<ReturnType<typeof makeDataDir>>;
  beforeAll(async () => {
    data = await makeDataDir('par-resilience-watchdog-');
  });
  afterAll(() => data?.remove());

  it('is noticed and restarted by the API, with health 503 meanwhile', async () => {
    const { api, base } = await startApiOn(data.dir);
    let probing = true;
    try {
      const firstPid = postgresPid(api.output());
      expect(firstPid).toBeDefined();
      const auth = await login(base);
      const before = await call(base, 'POST', '/national-standing', {
        headers: auth,
        body: { year: 2024, indexCode: 'PAR_INDEX', value: 72.23 },
      });
      expect(before.status).toBe(201);

      // Health is probed without pause from before the kill to after the restart.
      const health: Answer[] = [];
      const probe = (async () => {
        while (probing) health.push(await call(base, 'GET', '/health', { timeoutMs: 20_000 }));
      })();
      await waitFor('a first health answer', () => health.length > 0);
      process.kill(firstPid!, 'SIGKILL');

      await waitFor('the API to notice', () => /exited unexpectedly/.test(api.output()), 30_000);
      expect(api.output()).toMatch(
        new RegExp(`embedded PostgreSQL exited unexpectedly \\(pid ${firstPid}, SIGKILL\\) — restarting`),
      );
      await waitFor('the restart', () => /embedded PostgreSQL restarted/.test(api.output()), 90_000);
      const secondPid = postgresPid(api.output(), 1);
      expect(secondPid).toBeDefined();
      expect(secondPid).not.toBe(firstPid);
      expect(isAlive(secondPid!)).toBe(true);
      await waitFor('health 200 again', () => health.at(-1)?.status === 200, 60_000);
      probing = false;
      await probe;

      // Meanwhile: 503 problem+json (restarting, or the database down), never a 500 or a hang.
      const down = health.filter((a) => a.status !== 200);
      expect(down.length).toBeGreaterThan(0);
      for (const answer of down) {
        expect(answer.status).toBe(503);
        expect(answer.type).toMatch(/^application\/problem\+json/);
        expect(answer.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
        expect(['restarting', 'down']).toContain((answer.body as { db: string }).db);
      }
      expect(health.at(-1)!.body).toEqual({ status: 'ok', db: 'up' });

      // The data is intact and the API writes again, without a restart of its own.
      const listed = await call(base, 'GET', '/national-standing', { headers: auth });
      expect(listed.status).toBe(200);
      expect(listed.body).toEqual([
        expect.objectContaining({ year: 2024, indexCode: 'PAR_INDEX', value: 72.23 }),
      ]);
      const after = await call(base, 'POST', '/national-standing', {
        headers: auth,
        body: { year: 2025, indexCode: 'PAR_INDEX', value: 75 },
      });
      expect(after.status).toBe(201);

      // Ctrl-C still stops the restarted PostgreSQL with the API.
      expect(await api.interrupt()).toBe(0);
      await waitFor('the restarted PostgreSQL to stop', () => !isAlive(secondPid!), 30_000);
    } finally {
      probing = false;
      if (api.child.exitCode === null) await api.interrupt();
    }
  });
});
