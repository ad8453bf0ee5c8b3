import { EvidenceFile } from '../../src/evidence/evidence-file.entity';
import { createUser, type CreatedUser } from '../support/auth';
import { binary } from '../support/binary';
import { exeBytes, pdfBytes, pngBytes } from '../support/files';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

describe('evidence uploads', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let editor: CreatedUser;
  let appraiser: CreatedUser;
  const base = () => `/api/v1/periods/${w.periodId}`;
  const upload = (user: CreatedUser, leaf: string, bytes: Buffer, name: string, unit = 'STP') =>
    t
      .http()
      .post(`${base()}/assessments/${unit}/items/${leaf}/evidence`)
      .set(user.session.auth)
      .attach('file', bytes, name);

  beforeAll(async () => {
    t = await createTestApp({ env: { EVIDENCE_MAX_BYTES: String(64 * 1024) } });
    w = await exampleWorld(t);
    editor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STP' });
    appraiser = await createUser(t, w.admin, 'appraiser', { areaCodes: ['*'] });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
  });
  afterAll(() => t.close());

  it('stores a PDF, and serves it to the unit and appraisers (inline preview on request)', async () => {
    const res = await upload(editor, '1.1', pdfBytes('Kế hoạch'), 'Kế hoạch CCHC 2026.pdf').expect(201);
    expect(res.body).toMatchObject({
      fileName: 'Kế hoạch CCHC 2026.pdf',
      mime: 'application/pdf',
      stage: 'self',
      deduplicated: false,
      uploadedBy: editor.username,
    });
    const download = await t
      .http()
      .get(res.body.url)
      .set(appraiser.session.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, pdfBytes('Kế hoạch'))).toBe(0);
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; .*filename\*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch/,
    );
    const inline = await t.http().get(`${res.body.url}?inline=1`).set(editor.session.auth).expect(200);
    expect(inline.headers['content-disposition']).toMatch(/^inline/);
    expect(inline.headers['content-type']).toBe('application/pdf');
  });

  it('refuses a file over the size limit with 413 and keeps nothing', async () => {
    const before = await t.dataSource.getRepository(EvidenceFile).count();
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(70 * 1024, 0x20)]);
    const res = await upload(editor, '1.2', big, 'lon.pdf').expect(413);
    expect(res.body).toMatchObject({ code: 'EVIDENCE_TOO_LARGE', maxBytes: 65536 });
    expect(await t.dataSource.getRepository(EvidenceFile).count()).toBe(before);
  });

  it('checks the content, not the name: an executable or a PNG behind ".pdf" is refused', async () => {
    const exe = await upload(editor, '1.2', exeBytes(), 'bao-cao.pdf').expect(415);
    expect(exe.body.code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    const png = await upload(editor, '1.2', pngBytes(), 'bao-cao.pdf').expect(415);
    expect(png.body.detail).toContain('PNG');
    await upload(editor, '1.2', pngBytes(), 'anh-chup.png').expect(201);
  });

  it('sanitises a path-traversal name', async () => {
    const res = await upload(editor, '1.3', pdfBytes('traversal'), '../../../etc/passwd.pdf').expect(201);
    expect(res.body.fileName).toBe('passwd.pdf');
  });

  it('stores identical content once, whoever uploads it and wherever', async () => {
    const bytes = pdfBytes('same content');
    const first = await upload(editor, '2.1', bytes, 'a.pdf').expect(201);
    const second = await upload(editor, '2.2', bytes, 'b.pdf').expect(201);
    const again = await upload(editor, '2.1', bytes, 'a-copy.pdf').expect(201);
    expect(first.body.deduplicated).toBe(false);
    expect(second.body).toMatchObject({ deduplicated: true, sha256: first.body.sha256 });
    expect(again.body.id).toBe(first.body.id); // same file on the same leaf: one link
    expect(await t.dataSource.getRepository(EvidenceFile).countBy({ sha256: first.body.sha256 })).toBe(1);
  });

  it('a request that is not multipart is 415', async () => {
    const res = await t
      .http()
      .post(`${base()}/assessments/STP/items/1.1/evidence`)
      .set(editor.session.auth)
      .send({ file: 'x' })
      .expect(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('the unit removes its own file while the stage is open', async () => {
    const res = await upload(editor, '1.1', pdfBytes('to remove'), 'xoa.pdf').expect(201);
    expect(res.headers.location).toBe(`/api/v1/evidence/${res.body.id}`);
    await t.http().delete(res.headers.location).set(editor.session.auth).expect(204);
    await t.http().get(res.body.url).set(editor.session.auth).expect(404);
  });
});
