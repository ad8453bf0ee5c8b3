import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { PublicationService } from '../../src/ranking/publication.service';
import { binary } from '../support/binary';
import { pdfBytes } from '../support/files';
import { exampleAssessments } from '../support/fixtures';
import { createUnit } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

type Doc = { units: Array<{ code: string; bonus?: number; items: Record<string, Record<string, unknown>> }> };

const ACK = { acknowledgeWarnings: true, acknowledgementReason: 'HTU chưa có phiếu điều tra 3.1' };
const DECISION = { decisionNo: '125/QĐ-UBND', decisionDate: '2027-02-15', signer: 'Nguyễn Văn Ánh' };

describe('snapshots that never go stale, publication and the freeze', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let apiKey: string;
  const base = () => `/api/v1/periods/${w.periodId}`;
  const publish = (body: Record<string, unknown>) =>
    t.http().post(`${base()}/publish`).set(w.admin.auth).send(body);
  const compute = (query = '') => t.http().post(`${base()}/results/compute${query}`).set(w.admin.auth);

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t);
    apiKey = (
      await t
        .http()
        .post('/api/v1/api-keys')
        .set(w.admin.auth)
        .send({ name: 'Một cửa', scopes: ['indicators:write'] })
        .expect(201)
    ).body.key;
  });
  afterAll(() => t.close());

  it('a provisional compute runs before every unit is final, is stored, and is never publishable', async () => {
    await compute().expect(409);
    const res = await compute('?provisional=true').expect(200);
    expect(res.body.snapshot).toMatchObject({ seq: 1, provisional: true, computedBy: 'admin' });
    expect(res.body.snapshot.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    // Nothing entered yet: every unit misses leaves, and the warnings name them.
    expect(res.body.warnings.filter((x: { code: string }) => x.code === 'MISSING_LEAVES')).toHaveLength(5);
    const period = await t.http().get(base()).set(w.admin.auth).expect(200);
    expect(period.body.state).toBe('setup');
    const refused = await publish({ ...DECISION, ...ACK }).expect(409);
    expect(refused.body.code).toBe('RESULTS_PROVISIONAL');
    await t.http().get(`/api/v1/public/periods/${w.periodId}/results`).expect(404);
  });

  it('compute → reopen → publish is 409 RESULTS_STALE naming what changed; a changed re-import stays stale', async () => {
    await t
      .http()
      .post(`${base()}/assessments/import`)
      .set(w.admin.auth)
      .send(exampleAssessments())
      .expect(201);
    const first = await compute().expect(200);
    expect(first.body.snapshot).toMatchObject({ seq: 2, provisional: false });
    expect(first.body.criteriaSet).toBe('VD-SO-2026');
    expect(first.body.warnings).toEqual([{ unit: 'HTU', code: 'MISSING_LEAVES', leaves: ['3.1'] }]);

    await t
      .http()
      .post(`${base()}/assessments/STP/reopen`)
      .set(w.admin.auth)
      .send({ reason: 'Sở Tư pháp bổ sung minh chứng' })
      .expect(200);
    const stale = await publish({ ...DECISION, ...ACK }).expect(409);
    expect(stale.body).toMatchObject({ code: 'RESULTS_STALE', changed: ['unit:STP'] });

    // The same figures again: the inputs are those the snapshot used — no longer stale.
    await t
      .http()
      .post(`${base()}/assessments/import`)
      .set(w.admin.auth)
      .send(exampleAssessments())
      .expect(201);
    // A different figure for STP: stale again, and so it stays until a new compute.
    const changed = exampleAssessments() as Doc;
    changed.units[0].items['1.2'] = { value: 40 };
    await t.http().post(`${base()}/assessments/import`).set(w.admin.auth).send(changed).expect(201);
    expect((await publish({ ...DECISION, ...ACK }).expect(409)).body.code).toBe('RESULTS_STALE');

    const second = await compute().expect(200);
    expect(second.body.snapshot.seq).toBe(3);
    const diff = await t
      .http()
      .get(`${base()}/results/diff?from=${first.body.snapshot.id}&to=${second.body.snapshot.id}`)
      .set(w.admin.auth)
      .expect(200);
    const stp = diff.body.units.find((u: { code: string }) => u.code === 'STP');
    expect(stp.indexChange).toBeLessThan(0);
    expect(stp.toIndex).toBeCloseTo(stp.fromIndex + stp.indexChange, 3);
    expect(diff.body.units.map((u: { code: string }) => u.code)).toContain('STP');
    const list = await t.http().get(`${base()}/results/snapshots`).set(w.admin.auth).expect(200);
    expect(list.body.map((s: { seq: number }) => s.seq)).toEqual([3, 2, 1]);
    // Snapshots are immutable, whoever connects.
    await expect(
      t.dataSource.query(`UPDATE result_snapshot SET seq = 99 WHERE id = $1`, [first.body.snapshot.id]),
    ).rejects.toThrow(/immutable/);
  });

  it('publishing over warnings needs an acknowledgement with a reason, recorded with the publication', async () => {
    const bare = await publish(DECISION).expect(409);
    expect(bare.body).toMatchObject({
      code: 'RESULTS_WARNINGS_NOT_ACKNOWLEDGED',
      warnings: [{ unit: 'HTU', code: 'MISSING_LEAVES', leaves: ['3.1'] }],
    });
    const noReason = await publish({ ...DECISION, acknowledgeWarnings: true });
    expect(noReason.status).toBeGreaterThanOrEqual(400);
    expect(noReason.status).toBeLessThan(500);
    expect(noReason.body.code).toBe('VALIDATION_FAILED');
  });

  it('publishes with decision, signer and the signed decision (PDF); the period freezes', async () => {
    const notPdf = await t
      .http()
      .post(`${base()}/decision-file`)
      .set(w.admin.auth)
      .attach('file', Buffer.from('not a pdf at all'), 'qd.pdf')
      .expect(415);
    expect(notPdf.body.code).toBe('DECISION_FILE_NOT_PDF');
    const file = await t
      .http()
      .post(`${base()}/decision-file`)
      .set(w.admin.auth)
      .attach('file', pdfBytes('Quyết định 125'), 'qd-125.pdf')
      .expect(201);
    const published = await publish({ ...DECISION, ...ACK, decisionFileId: file.body.id }).expect(200);
    expect(published.body).toMatchObject({
      version: 1,
      decisionNo: '125/QĐ-UBND',
      decisionDate: '2027-02-15',
      signer: 'Nguyễn Văn Ánh',
      decisionFileId: file.body.id,
      acknowledgementReason: ACK.acknowledgementReason,
      acknowledgedWarnings: [{ unit: 'HTU', code: 'MISSING_LEAVES', leaves: ['3.1'] }],
      publishedBy: 'admin',
    });
    const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'period.publish' });
    expect(audit.after).toMatchObject({ acknowledgementReason: ACK.acknowledgementReason, snapshot: 3 });
    const pdf = await t
      .http()
      .get(`/api/v1/public/periods/${w.periodId}/decision-file`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(pdf.body as Buffer, pdfBytes('Quyết định 125'))).toBe(0);
  });

  it('after publication every write is 409 PERIOD_PUBLISHED', async () => {
    const admin = w.admin.auth;
    const writes = [
      t.http().post(`${base()}/assessments/import`).set(admin).send(exampleAssessments()),
      t
        .http()
        .put(`${base()}/assessments/STP/items/1.1`)
        .set(admin)
        .send({ input: { value: true }, version: 1 }),
      t.http().post(`${base()}/assessments/STP/reopen`).set(admin).send({ reason: 'sau công bố' }),
      t.http().post(`${base()}/assessments/STP/finalize`).set(admin).send({}),
      t.http().put(`${base()}/assessments/STP/adjustments`).set(admin).send({ bonus: 1 }),
      t
        .http()
        .put(`${base()}/indicators`)
        .set('X-API-Key', apiKey)
        .send({ items: [{ unitCode: 'STP', leafCode: '2.1', input: { value: 90 } }] }),
      t
        .http()
        .put(`${base()}/survey`)
        .set(admin)
        .send({
          opensAt: '2027-01-01T00:00:00Z',
          closesAt: '2027-12-01T00:00:00Z',
          groups: [{ code: 'DN', name: 'Doanh nghiệp', quota: 10 }],
        }),
      t
        .http()
        .post(`${base()}/survey/forms`)
        .set(admin)
        .send({ serial: 'P-1', groupCode: 'DN', unitCode: 'STP', answers: { '3.1': 'A' } }),
      t
        .http()
        .post(`${base()}/survey/forms/import`)
        .set(admin)
        .send({ format: 'par-index.survey-forms/v1', forms: [] }),
      t.http().post(`${base()}/survey/close`).set(admin).send({}),
      t
        .http()
        .post(`${base()}/assessments/STP/items/1.1/evidence`)
        .set(admin)
        .attach('file', pdfBytes('x'), 'x.pdf'),
      t.http().post(`${base()}/results/compute`).set(admin),
      t.http().post(`${base()}/results/compute?provisional=true`).set(admin),
      t
        .http()
        .post(`${base()}/publish`)
        .set(admin)
        .send({ ...DECISION, ...ACK }),
      t.http().post(`${base()}/decision-file`).set(admin).attach('file', pdfBytes('y'), 'y.pdf'),
      t.http().patch(base()).set(admin).send({ name: 'Đổi tên' }),
      t.http().post(`${base()}/state`).set(admin).send({ state: 'setup' }),
    ];
    const answers = [];
    for (const write of writes) {
      const res = await write;
      answers.push(`${res.status} ${res.body.code}`);
    }
    expect(answers).toEqual(writes.map(() => '409 PERIOD_PUBLISHED'));
  });

  it('the public feed: published periods, self-contained results with ETag, 304, CORS; unit history', async () => {
    const periods = await t.http().get('/api/v1/public/periods').expect(200);
    expect(periods.body).toEqual([
      expect.objectContaining({
        id: w.periodId,
        year: 2026,
        name: 'Chỉ số CCHC năm 2026',
        decisionNo: '125/QĐ-UBND',
        decisionDate: '2027-02-15',
        version: 1,
      }),
    ]);
    expect(periods.headers['access-control-allow-origin']).toBe('*');

    const res = await t
      .http()
      .get(`/api/v1/public/periods/${w.periodId}/results`)
      .set('Accept-Encoding', 'identity')
      .expect(200);
    expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.body.period).toMatchObject({
      id: w.periodId,
      year: 2026,
      decisionNo: '125/QĐ-UBND',
      signer: 'Nguyễn Văn Ánh',
    });
    expect(res.body.criteriaSets).toHaveLength(1);
    expect(res.body.criteriaSets[0].code).toBe('VD-SO-2026');
    expect(res.body.criteriaSets[0].nodes[0]).toMatchObject({ parentCode: null, title: expect.any(String) });
    const stp = res.body.units.find((u: { code: string }) => u.code === 'STP');
    expect(stp).toMatchObject({ name: 'Sở Tư pháp', criteriaSet: 'VD-SO-2026' });
    for (const unit of res.body.units) {
      expect(unit.criteriaSet).toBe('VD-SO-2026');
      if (unit.band) expect(unit.bandLabel).toEqual(expect.any(String));
    }
    await t
      .http()
      .get(`/api/v1/public/periods/${w.periodId}/results`)
      .set('If-None-Match', res.headers.etag)
      .expect(304);
    // Gzipped once for clients that accept it: its own ETag, and either one revalidates.
    const zipped = await t
      .http()
      .get(`/api/v1/public/periods/${w.periodId}/results`)
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.etag).toBe(`${res.headers.etag.slice(0, -1)}-gz"`);
    expect(zipped.body).toEqual(res.body);
    await t
      .http()
      .get(`/api/v1/public/periods/${w.periodId}/results`)
      .set('If-None-Match', zipped.headers.etag)
      .expect(304);
    // The same bytes every time (serialised once, at publication).
    const again = await t
      .http()
      .get(`/api/v1/public/periods/${w.periodId}/results`)
      .set('Accept-Encoding', 'identity')
      .expect(200);
    expect(again.text).toBe(res.text);

    // Brotli, compressed once in the background: its own ETag, revalidating like the others.
    const feedPath = `/api/v1/public/periods/${w.periodId}/results`;
    let brotli = await t.http().get(feedPath).set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    for (let i = 0; i < 50 && brotli.headers['content-encoding'] !== 'br'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      brotli = await t.http().get(feedPath).set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    }
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.etag).toBe(`${res.headers.etag.slice(0, -1)}-br"`);
    expect(brotli.body).toEqual(res.body);
    await t.http().get(feedPath).set('If-None-Match', brotli.headers.etag).expect(304);
    // Once in memory, answered before the Nest pipeline: the service is not asked again (no database, no
    // validation pipe), and the answer carries the same headers (helmet's, the request id, caching).
    const service = t.app.get(PublicationService);
    const asked = jest.spyOn(service, 'publicBody');
    try {
      const fast = await t.http().get(feedPath).set('Accept-Encoding', 'identity').expect(200);
      expect(fast.text).toBe(res.text);
      expect(fast.headers).toMatchObject({
        etag: res.headers.etag,
        'cache-control': res.headers['cache-control'],
        'x-content-type-options': 'nosniff',
        'x-request-id': expect.any(String),
      });
      await t.http().get(feedPath).set('If-None-Match', res.headers.etag).expect(304);
      await t.http().get(`${feedPath}?version=1`).expect(200); // first time for this key: the ordinary way
      await t.http().get(`${feedPath}?version=1`).expect(200);
      expect(asked).toHaveBeenCalledTimes(1);
      // What the ordinary way refuses is never answered by the fast path.
      await t.http().get(`${feedPath}?version=0`).expect(400);
      await t.http().get(`${feedPath}?other=1`).expect(400);
    } finally {
      asked.mockRestore();
    }

    const history = await t.http().get('/api/v1/public/units/STP/history').expect(200);
    expect(history.body).toEqual([
      { year: 2026, periodId: w.periodId, index: stp.index, rank: stp.rank, band: stp.band },
    ]);
    await t.http().get('/api/v1/public/units/NOPE/history').expect(404);
    // CORS on the public feed only.
    const privateRead = await t.http().get(`${base()}/results`).set(w.admin.auth).expect(200);
    expect(privateRead.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the public results equal the CLI’s on the same files, with names and labels', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  const FIXTURES = join(__dirname, '..', 'fixtures');

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t);
  });
  afterAll(() => t.close());

  it('imports the files, computes, publishes; the feed is `par-index score` plus names, set codes and band labels', async () => {
    const base = `/api/v1/periods/${w.periodId}`;
    await t
      .http()
      .post(`${base}/assessments/import`)
      .set(w.admin.auth)
      .send(exampleAssessments())
      .expect(201);
    await t.http().post(`${base}/results/compute`).set(w.admin.auth).expect(200);
    await t
      .http()
      .post(`${base}/publish`)
      .set(w.admin.auth)
      .send({ ...DECISION, ...ACK })
      .expect(200);
    const feed = (await t.http().get(`/api/v1/public/periods/${w.periodId}/results`).expect(200)).body;

    // The CLI as a user runs it (the committed bin, which loads the bundle built at install).
    const cli = spawnSync(
      process.execPath,
      [
        join(__dirname, '../../../cli/bin/par-index.cjs'),
        'score',
        '--criteria',
        join(FIXTURES, 'criteria-set.json'),
        '--assessments',
        join(FIXTURES, 'assessments.json'),
      ],
      { encoding: 'utf8' },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const expected = JSON.parse(cli.stdout) as { criteriaSet: string; units: Array<{ code: string }> };
    const set = JSON.parse(readFileSync(join(FIXTURES, 'criteria-set.json'), 'utf8')) as {
      bands: Array<{ code: string; label: string }>;
    };
    const names = new Map(
      (exampleAssessments() as { units: Array<{ code: string; name: string }> }).units.map((u) => [
        u.code,
        u.name,
      ]),
    );
    const labels = new Map(set.bands.map((b) => [b.code, b.label]));

    expect(feed.format).toBe('par-index.results/v1');
    expect(feed.criteriaSet).toBe(expected.criteriaSet);
    expect(feed.units).toHaveLength(expected.units.length);
    for (const unit of expected.units as Array<{ code: string; group: string; band: string | null }>) {
      const published = feed.units.find((u: { code: string }) => u.code === unit.code);
      const { name, groupName, criteriaSet, bandLabel, change, ...results } = published;
      expect(results).toEqual(unit);
      expect(groupName).toBe(unit.group); // no ranking groups set: the default groups are named by their codes
      expect(name).toBe(names.get(unit.code));
      expect(criteriaSet).toBe(expected.criteriaSet);
      expect(bandLabel).toBe(unit.band ? labels.get(unit.band) : null);
      expect(change).toBeNull(); // no earlier published year
    }
    expect(feed.criteriaSets[0].bands).toEqual(set.bands.map(({ code, label }) => ({ code, label })));
  });
  it('year over year: by code, and by the codes a merged unit replaced; history across years', async () => {
    const admin = w.admin;
    await createUnit(t, admin, 'STPC', 'department', 'Sở Tư pháp và Tài chính');
    const unit = await t.http().get('/api/v1/units/STPC').set(admin.auth).expect(200);
    await t
      .http()
      .patch('/api/v1/units/STPC')
      .set(admin.auth)
      .send({ replaces: ['STP', 'STC'], version: unit.body.version })
      .expect(200);
    const next = await t
      .http()
      .post('/api/v1/periods')
      .set(admin.auth)
      .send({
        year: 2027,
        name: 'Chỉ số CCHC năm 2027',
        criteriaSetId: w.setId,
        units: [
          { code: 'STPC', group: 'departments' },
          { code: 'SXD', group: 'departments' },
          { code: 'SNV', group: 'departments' },
          { code: 'HTU', group: 'districts' },
        ],
      })
      .expect(201);
    const doc = exampleAssessments() as Doc & { units: Array<{ code: string; name?: string }> };
    doc.units = doc.units
      .filter((u) => u.code !== 'STC')
      .map((u) => (u.code === 'STP' ? { ...u, code: 'STPC', name: 'Sở Tư pháp và Tài chính' } : u));
    const sxd = doc.units.find((u) => u.code === 'SXD')!;
    sxd.items = { ...doc.units.find((u) => u.code === 'STPC')!.items }; // SXD does as well as STP did
    const base = `/api/v1/periods/${next.body.id}`;
    await t.http().post(`${base}/assessments/import`).set(admin.auth).send(doc).expect(201);
    await t.http().post(`${base}/results/compute`).set(admin.auth).expect(200);
    await t
      .http()
      .post(`${base}/publish`)
      .set(admin.auth)
      .send({ ...DECISION, decisionNo: '30/QĐ-UBND', decisionDate: '2028-02-01', ...ACK })
      .expect(200);
    const before = (await t.http().get(`/api/v1/public/periods/${w.periodId}/results`).expect(200)).body;
    const after = (await t.http().get(`/api/v1/public/periods/${next.body.id}/results`).expect(200)).body;
    type Row = { code: string; index: number; rank: number; change: unknown };
    const of = (feed: { units: Row[] }, code: string) => feed.units.find((u) => u.code === code) as Row;
    expect(before.units.every((u: { change: unknown }) => u.change === null)).toBe(true);
    const old = of(before, 'SXD');
    const now = of(after, 'SXD');
    expect(now.change).toEqual({
      year: 2026,
      basis: 'unit',
      from: [{ code: 'SXD', index: old.index, rank: old.rank, band: expect.anything() }],
      indexChange: Math.round((now.index - old.index) * 100) / 100,
      rankChange: old.rank - now.rank,
    });
    expect(now.index).toBeGreaterThan(old.index);
    expect(now.rank).toBeLessThan(old.rank);
    // A merger: against the mean index of the units it replaced; no rank change (neither rank was its own).
    const mean = (of(before, 'STP').index + of(before, 'STC').index) / 2;
    expect(of(after, 'STPC').change).toMatchObject({
      year: 2026,
      basis: 'predecessors_mean',
      from: [
        { code: 'STP', index: of(before, 'STP').index },
        { code: 'STC', index: of(before, 'STC').index },
      ],
      indexChange: Math.round((of(after, 'STPC').index - mean) * 100) / 100,
      rankChange: null,
    });
    expect(of(after, 'STPC').change).toMatchObject({ indexChange: expect.any(Number) });
    const history = await t.http().get('/api/v1/public/units/SXD/history').expect(200);
    expect(history.body.map((row: { year: number }) => row.year)).toEqual([2026, 2027]);
    const periods = await t.http().get('/api/v1/public/periods').expect(200);
    expect(periods.body.map((p: { year: number }) => p.year)).toEqual([2027, 2026]);
  });
});

describe('tie-breakers configured per period are an input of compute', () => {
  let t: TestApp;
  let w: World & { units: string[] };

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t);
  });
  afterAll(() => t.close());

  it('stores them, refuses an unknown node at compute, and a change after compute makes publish stale', async () => {
    const base = `/api/v1/periods/${w.periodId}`;
    const patch = async (tieBreakers: unknown) => {
      const { version } = (await t.http().get(base).set(w.admin.auth).expect(200)).body;
      return t.http().patch(base).set(w.admin.auth).send({ tieBreakers, version });
    };
    expect((await patch([{ by: 'node' }])).status).toBe(400);
    await patch([{ by: 'node', code: '9' }]).then((res) => expect(res.status).toBe(200));
    await t
      .http()
      .post(`${base}/assessments/import`)
      .set(w.admin.auth)
      .send(exampleAssessments())
      .expect(201);
    const unknown = await t.http().post(`${base}/results/compute`).set(w.admin.auth);
    expect(unknown.body.code).toBe('PERIOD_INVALID');
    await patch([{ by: 'node', code: '1' }, { by: 'points' }]).then((res) => expect(res.status).toBe(200));
    expect((await t.http().get(base).set(w.admin.auth)).body.tieBreakers).toEqual([
      { by: 'node', code: '1' },
      { by: 'points' },
    ]);
    await t.http().post(`${base}/results/compute`).set(w.admin.auth).expect(200);
    await patch([{ by: 'exactIndex' }]).then((res) => expect(res.status).toBe(200));
    const stale = await t
      .http()
      .post(`${base}/publish`)
      .set(w.admin.auth)
      .send({ ...DECISION, ...ACK })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'RESULTS_STALE', changed: ['ranking'] });
  });
});
