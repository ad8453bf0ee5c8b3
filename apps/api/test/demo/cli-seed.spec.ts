import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../src/database/embedded-database';
import { startApi } from '../support/api-process';
import { createTestDatabase } from '../support/test-database';

const CLI = join(__dirname, '..', '..', '..', 'cli', 'bin', 'par-index.cjs');
const run = promisify(execFile);

/** `npx par-index seed --demo` against `npm start`'s bundle: the two commands a newcomer types. */
describe('par-index seed --demo against a running API', () => {
  it('loads the demo province once, and refuses a second time with a coded message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'par-cli-seed-'));
    await chmod(dir, 0o755);
    const database = await createTestDatabase();
    const port = await freePort();
    const api = startApi({
      PORT: String(port),
      PAR_DATA_DIR: dir,
      DATABASE_URL: database.url,
      PAR_ADMIN_PASSWORD: 'hat-giong-mau-1',
    });
    try {
      await api.ready;
      const args = [
        CLI,
        'seed',
        '--demo',
        '--url',
        `http://127.0.0.1:${port}`,
        '--password',
        'hat-giong-mau-1',
      ];
      const first = await run(process.execPath, args, { timeout: 300_000 });
      expect(first.stdout).toContain('Đã nạp tỉnh Lam Giang: 34 đơn vị');
      expect(first.stdout).toContain('stc.canbo');
      const second = await run(process.execPath, args).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(second?.code).toBe(1);
      expect(second?.stderr).toContain('ALREADY_SEEDED');
      expect(second?.stderr).not.toMatch(/\n\s+at /);

      // The bundle (not only the sources under Jest) renders the PDF for signature with its fonts.
      const base = `http://127.0.0.1:${port}/api/v1`;
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'stc.lanhdao', password: 'LamGiang@2026' }),
      });
      const auth = {
        authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}`,
      };
      const periods = (
        (await (await fetch(`${base}/periods`, { headers: auth })).json()) as {
          items: { id: string; year: number }[];
        }
      ).items;
      const current = periods.find((p) => p.year === 2026)!;
      const pdf = await fetch(`${base}/periods/${current.id}/assessments/STC/export.pdf`, { headers: auth });
      expect(pdf.status).toBe(200);
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    } finally {
      await api.interrupt();
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    }
  }, 420_000);
});
