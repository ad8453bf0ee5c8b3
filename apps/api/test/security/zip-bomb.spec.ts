import { inspectZip, listZipEntries, WORKBOOK_ZIP_LIMITS } from '../../src/common/zip/zip-inspector';
import { DomainError } from '../../src/common/errors/domain-error';
import { loginAdmin, type Session } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { deflatedZeros, makeZip } from '../support/zip';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MB = 1024 * 1024;
const workbookParts = [
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
];

/** Issue 20: a crafted .xlsx cannot take the API down — refused from its central directory, in bounded memory. */
describe('security: zip bombs', () => {
  let t: TestApp;
  let admin: Session;
  let zeros: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    zeros = await deflatedZeros(400 * MB); // ~400 KB of deflate that inflates to 400 MB
  });
  afterAll(() => t.close());

  /** Posts a workbook and returns the answer with the largest RSS growth seen while it was handled. */
  async function post(body: Buffer) {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    try {
      const res = await t
        .http()
        .post('/api/v1/criteria-sets/import.xlsx')
        .set(admin.auth)
        .set('content-type', XLSX)
        .send(body);
      peak = Math.max(peak, process.memoryUsage().rss);
      return { res, grewBy: peak - before };
    } finally {
      clearInterval(sampler);
    }
  }

  it('refuses an entry declaring 400 MB before inflating it (413 ARCHIVE_TOO_LARGE, < 64 MB memory)', async () => {
    const bomb = makeZip([
      ...workbookParts,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), deflated: zeros, declaredSize: 400 * MB },
    ]);
    expect(bomb.length).toBeLessThan(2 * MB);
    const { res, grewBy } = await post(bomb);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('ARCHIVE_TOO_LARGE');
    expect(grewBy).toBeLessThan(64 * MB);
  });

  it('refuses an archive whose directory lies about the inflated size, inflating no more than it declared', async () => {
    const liar = makeZip([
      ...workbookParts,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), deflated: zeros, declaredSize: 4000 },
    ]);
    const { res, grewBy } = await post(liar);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('ARCHIVE_TOO_LARGE');
    expect(grewBy).toBeLessThan(64 * MB);
  });

  it('refuses too many entries', async () => {
    const many = makeZip(
      Array.from({ length: WORKBOOK_ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({
        name: `xl/e${i}.xml`,
        data: Buffer.from('x'),
      })),
    );
    const { res } = await post(many);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('ARCHIVE_TOO_LARGE');
  });

  it('the inspector reads names and sizes from the central directory, and judges ratio and total', () => {
    const ok = makeZip([{ name: 'a.xml', data: Buffer.from('hello'.repeat(100)), deflate: true }]);
    expect(listZipEntries(ok)).toEqual([
      expect.objectContaining({ name: 'a.xml', method: 8, uncompressedSize: 500 }),
    ]);
    expect(inspectZip(ok)).toHaveLength(1);
    const ratio = makeZip([{ name: 'z.xml', data: Buffer.alloc(4 * MB), deflate: true }]);
    expect(() => inspectZip(ratio)).toThrow(DomainError);
    expect(() => inspectZip(ratio, { ...WORKBOOK_ZIP_LIMITS, maxRatio: 10_000 })).not.toThrow();
    const total = makeZip([
      { name: 'a', data: Buffer.alloc(3 * MB, 1) },
      { name: 'b', data: Buffer.alloc(3 * MB, 2) },
    ]);
    expect(() => inspectZip(total, { ...WORKBOOK_ZIP_LIMITS, maxTotalBytes: 5 * MB })).toThrow(
      /inflates to more than 5 MB/,
    );
  });
});
