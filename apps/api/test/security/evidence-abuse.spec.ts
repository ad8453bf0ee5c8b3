import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { EvidenceCleanupService } from '../../src/evidence/evidence-cleanup.service';
import { EvidenceFile } from '../../src/evidence/evidence-file.entity';
import { createUser, type CreatedUser } from '../support/auth';
import { pdfBytes } from '../support/files';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';
import { makeZip } from '../support/zip';

const OLE2 = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]);
const officeParts = (kind: 'word' | 'xl') => [
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: `${kind}/document.xml`, data: Buffer.from('<document/>') },
];

/** Issue 20: evidence storage cannot be filled, carries no macros, and forgets what nothing refers to. */
describe('security: evidence abuse', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let editor: CreatedUser;
  const base = () => `/api/v1/periods/${w.periodId}`;
  const upload = (leaf: string, bytes: Buffer, name: string, unit = 'STP', user = editor) =>
    t
      .http()
      .post(`${base()}/assessments/${unit}/items/${leaf}/evidence`)
      .set(user.session.auth)
      .attach('file', bytes, name);

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        EVIDENCE_UNIT_QUOTA_BYTES: '8192',
        EVIDENCE_PERIOD_QUOTA_BYTES: '13500',
        EVIDENCE_UPLOADS_PER_HOUR: '20',
      },
    });
    w = await exampleWorld(t);
    editor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STP' });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
  });
  afterAll(() => t.close());

  it('refuses legacy Office, macro-enabled Office and plain ZIP with EVIDENCE_MACROS_NOT_ALLOWED', async () => {
    const cases: Array<[Buffer, string]> = [
      [OLE2, 'bao-cao.doc'],
      [OLE2, 'bang-tinh.xls'],
      [makeZip(officeParts('word')), 'bao-cao.docm'],
      [makeZip(officeParts('xl')), 'bang-tinh.xlsm'],
      [
        makeZip([...officeParts('word'), { name: 'word/vbaProject.bin', data: Buffer.from('VBA') }]),
        'bao-cao.docx',
      ],
      [makeZip([{ name: 'virus.exe', data: Buffer.from('MZ') }]), 'tai-lieu.zip'],
    ];
    for (const [bytes, name] of cases) {
      const res = await upload('1.1', bytes, name);
      expect({ name, status: res.status, code: res.body.code }).toEqual({
        name,
        status: 415,
        code: 'EVIDENCE_MACROS_NOT_ALLOWED',
      });
    }
    // An ordinary .docx goes through.
    await upload('1.1', makeZip(officeParts('word')), 'bao-cao.docx').expect(201);
  });

  it('strips right-to-left overrides and invisible characters from file names', async () => {
    const res = await upload('1.2', pdfBytes('bidi'), 'hoa-don\u202Efdp.exe\u200B.pdf').expect(201);
    expect(res.body.fileName).toBe('hoa-donfdp.exe.pdf');
  });

  it('audits every download and keeps it out of caches', async () => {
    const res = await upload('1.3', pdfBytes('download me'), 'tai-ve.pdf').expect(201);
    const download = await t.http().get(res.body.url).set(editor.session.auth).expect(200);
    expect(download.headers['cache-control']).toBe('private, no-store');
    const entries = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'evidence.download', entityId: res.body.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorName: editor.username });
  });

  it('limits uploads per user and hour (429 with Retry-After)', async () => {
    const user = await createUser(t, w.admin, 'unit_editor', { unitCode: 'SXD' });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      statuses.push((await upload('1.1', pdfBytes(`n${i}`), `${i}.pdf`, 'SXD', user)).status);
    }
    expect(statuses).toEqual([...Array(20).fill(201), 429, 429]);
    t.clock.advance(61 * 60_000);
  });

  it('removes files nothing refers to (a removed link, a crashed upload) once the grace period is over', async () => {
    const bytes = pdfBytes('orphan');
    const res = await upload('1.2', bytes, 'mo-coi.pdf', 'STP').expect(201);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = await t.dataSource.getRepository(EvidenceFile).findOneByOrFail({ sha256 });
    await t.http().delete(res.body.url).set(editor.session.auth).expect(204);
    // A stray object with no row, as a crash between storing and committing leaves it.
    const stray = 'ab'.repeat(32);
    const strayPath = join(t.config.dataDir, 'evidence', 'ab', 'ab', stray);
    await mkdir(join(t.config.dataDir, 'evidence', 'ab', 'ab'), { recursive: true });
    await writeFile(strayPath, 'left behind');
    const filePath = join(
      t.config.dataDir,
      'evidence',
      file.sha256.slice(0, 2),
      file.sha256.slice(2, 4),
      file.sha256,
    );
    expect(existsSync(filePath)).toBe(true);

    const cleanup = t.app.get(EvidenceCleanupService);
    // Within the grace period nothing referenced-less is touched.
    expect(await cleanup.run()).toEqual({ rows: 0, objects: 0 });
    t.clock.advance(2 * 24 * 60 * 60_000);
    const report = await cleanup.run();
    expect(report).toEqual({ rows: 1, objects: 1 });
    expect(existsSync(filePath)).toBe(false);
    expect(existsSync(strayPath)).toBe(false);
    expect(await t.dataSource.getRepository(EvidenceFile).findOneBy({ sha256: file.sha256 })).toBeNull();
  });

  it('holds each unit to its quota per period, and the period to its own', async () => {
    const sized = (text: string, size: number) => Buffer.concat([pdfBytes(text), Buffer.alloc(size, 0x20)]);
    await upload('2.1', sized('first', 5000), 'mot.pdf').expect(201);
    const over = await upload('2.2', sized('second', 5000), 'hai.pdf').expect(413);
    expect(over.body.code).toBe('EVIDENCE_QUOTA_EXCEEDED');
    expect(over.body.quotaBytes).toBe(8192);
    // The same file again costs nothing.
    await upload('1.3', sized('first', 5000), 'mot-lan-nua.pdf').expect(201);
    // Another unit has its own quota, but the period's total is shared.
    const other = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STC' });
    await upload('2.1', sized('other-1', 5000), 'ba.pdf', 'STC', other).expect(201);
    const period = await upload('2.2', sized('other-2', 2000), 'bon.pdf', 'STC', other).expect(413);
    expect(period.body.code).toBe('EVIDENCE_QUOTA_EXCEEDED');
    expect(period.body.quotaBytes).toBe(13500);
  });

  it('answers an unreadable multipart body with 400 problem+json, never 500', async () => {
    for (const [type, body] of [
      ['multipart/form-data', 'a,b,c\n"unterminated'],
      ['multipart/form-data', '--x\r\nbroken'],
    ]) {
      const res = await t
        .http()
        .post(`${base()}/assessments/STP/items/1.4/evidence`)
        .set(editor.session.auth)
        .set('content-type', type)
        .send(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('BAD_REQUEST');
    }
  });
});
