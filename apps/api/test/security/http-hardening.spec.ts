import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { freshIp, loginAdmin, type Session } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Issue 20: the HTTP edge — caching, body limits before authentication, hostile paths, request ids. */
describe('security: HTTP edge', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  it('answers authenticated JSON with Cache-Control: no-store', async () => {
    const me = await t.http().get('/api/v1/auth/me').set(admin.auth).expect(200);
    expect(me.headers['cache-control']).toBe('no-store');
    const units = await t.http().get('/api/v1/units').set(admin.auth).expect(200);
    expect(units.headers['cache-control']).toBe('no-store');
  });

  it('refuses a large body with a made-up token before reading it', async () => {
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // 15 MB announced, 1 KB sent: a server that waits for the body before checking the token never answers.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/criteria-sets/import.xlsx',
          headers: {
            'content-type': XLSX,
            'content-length': String(15 * 1024 * 1024),
            authorization: 'Bearer made.up.token',
          },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body });
            req.destroy();
          });
        },
      );
      req.on('error', reject);
      req.setTimeout(5000, () => reject(new Error('no answer before the body was sent')));
      req.write(Buffer.alloc(1024));
    });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body).code).toBe('TOKEN_INVALID');
  });

  it('an anonymous caller may not send a large body, even to a public route', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', freshIp())
      .send({ username: 'x', password: 'y'.repeat(200 * 1024) })
      .expect(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('never answers 5xx to a malformed percent-encoding in a path', async () => {
    const paths = [
      '/api/v1/units/%E0%A4%A',
      '/api/v1/units/%',
      '/api/v1/%zz',
      '/api/v1/periods/%ff%fe/assessments/STP',
      '/api/v1/public/survey/%c0%af',
      '/%E0%A4%A',
      '/assets/%ZZ.js',
      '/api/v1/criteria-sets/%00',
    ];
    for (const path of paths) {
      for (const auth of [{}, admin.auth]) {
        const res = await t.http().get(path).set(auth);
        expect({ path, status: res.status < 500 }).toEqual({ path, status: true });
        if (res.status === 400) {
          expect({ path, type: res.headers['content-type'] }).toEqual({
            path,
            type: expect.stringContaining('application/problem+json'),
          });
        }
      }
    }
  });

  it('writes its own request id to the audit log, never the one the client sent', async () => {
    await t
      .http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', freshIp())
      .set('X-Request-Id', 'forged-request-id')
      .send({ username: 'admin', password: 'wrong-password-here' })
      .expect(401);
    const forged = await t.dataSource.getRepository(AuditEntry).findBy({ requestId: 'forged-request-id' });
    expect(forged).toEqual([]);
  });

  describe('numbers too large for their column', () => {
    let w: World & { units: string[] };
    beforeAll(async () => {
      w = await exampleWorld(t, { setCode: 'VD-RANGE', unitPrefix: 'R' });
      await t
        .http()
        .post(`/api/v1/periods/${w.periodId}/state`)
        .set(w.admin.auth)
        .send({ state: 'self_assessment' })
        .expect(200);
      // Set-up only (as the owner): the assessment is submitted and the period is in appraisal.
      const owner = new Client({ connectionString: t.ownerUrl });
      await owner.connect();
      await owner.query(`UPDATE assessment SET status = 'submitted' WHERE period_id = $1`, [w.periodId]);
      await owner.query(`UPDATE period SET state = 'appraisal' WHERE id = $1`, [w.periodId]);
      await owner.end();
    });

    it('a huge bonus or penalty is 400 VALUE_OUT_OF_RANGE, not a database overflow (500)', async () => {
      const path = `/api/v1/periods/${w.periodId}/assessments/RSTP`;
      const current = await t.http().get(path).set(w.admin.auth).expect(200);
      for (const body of [
        { bonus: '999999999', penalty: 0 },
        { bonus: 0, penalty: 5_000_000 },
      ]) {
        const res = await t
          .http()
          .put(`${path}/adjustments`)
          .set(w.admin.auth)
          .send({ ...body, version: current.body.version });
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALUE_OUT_OF_RANGE');
      }
    });
  });
});

// Its own app, last: two apps in one file share passport's global strategy registry.
describe('security: HTTP edge of the built SPA', () => {
  it('never answers 5xx to a malformed path for a file of the built SPA', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'par-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>PAR</title>');
    await writeFile(join(dist, 'assets', 'app.js'), 'void 0;');
    const spa = await createTestApp({ webDistDir: dist });
    try {
      await spa.http().get('/assets/app.js').expect(200);
      for (const path of ['/assets/%E0%A4%A.js', '/%.css', '/assets/%zz%zz.png']) {
        const res = await spa.http().get(path);
        expect({ path, status: res.status }).toEqual({ path, status: 400 });
        expect(res.body.code).toBe('BAD_REQUEST');
      }
    } finally {
      await spa.close();
      await rm(dist, { recursive: true, force: true });
    }
  });
});
