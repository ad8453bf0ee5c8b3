import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Response } from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app';

const INDEX = `<!doctype html><html lang="vi"><div id="root">PAR SPA ${'x'.repeat(2000)}</div></html>`;
const SCRIPT = `console.log(${JSON.stringify('chỉ số cải cách hành chính '.repeat(200))});`;

/** The response body as bytes (supertest inflates gzip and brotli itself, as a browser does). */
const raw = (res: Response) => res.body as Buffer;
/** The bytes that went over the wire. */
const wireSize = (res: Response) => Number(res.headers['content-length']);
const asBytes = (req: import('supertest').Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('SPA serving: pre-compressed files and caching', () => {
  let t: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'par-web-'));
    await mkdir(join(webDist, 'assets'));
    await mkdir(join(webDist, '.vite'));
    // As `vite build` writes them: each text file with its `.br` and `.gz` siblings.
    for (const [file, content] of [
      ['index.html', INDEX],
      ['assets/index-abc123.js', SCRIPT],
    ] as const) {
      await writeFile(join(webDist, file), content);
      await writeFile(join(webDist, `${file}.br`), brotliCompressSync(content));
      await writeFile(join(webDist, `${file}.gz`), gzipSync(content));
    }
    await writeFile(join(webDist, 'assets', 'small-def456.js'), 'console.log(1)'); // too small to compress
    await writeFile(join(webDist, '.vite', 'manifest.json'), '{}');
    t = await createTestApp({ webDistDir: webDist });
  });

  afterAll(async () => {
    await t.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it('sends a hashed script as brotli to a browser that accepts it, cached for a year as immutable', async () => {
    const res = await asBytes(
      t.http().get('/assets/index-abc123.js').set('accept-encoding', 'gzip, deflate, br'),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(raw(res).toString()).toBe(SCRIPT);
    expect(wireSize(res)).toBe(brotliCompressSync(SCRIPT).length);
    expect(wireSize(res)).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
  });

  it('sends gzip to a browser that accepts only gzip, and the plain file to one that accepts neither', async () => {
    const gz = await asBytes(t.http().get('/assets/index-abc123.js').set('accept-encoding', 'gzip'));
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toMatch(/accept-encoding/i);
    expect(raw(gz).toString()).toBe(SCRIPT);
    expect(wireSize(gz)).toBe(gzipSync(SCRIPT).length);

    const plain = await asBytes(t.http().get('/assets/index-abc123.js').set('accept-encoding', 'identity'));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
    expect(raw(plain).toString()).toBe(SCRIPT);
    expect(wireSize(plain)).toBe(Buffer.byteLength(SCRIPT));
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves a file without compressed siblings as it is', async () => {
    const res = await asBytes(t.http().get('/assets/small-def456.js').set('accept-encoding', 'br, gzip'));
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(raw(res).toString()).toBe('console.log(1)');
  });

  it('sends index.html compressed and never cached without revalidation, for / and client-side routes', async () => {
    for (const path of ['/', '/periods/12?tab=2', '/index.html']) {
      const res = await asBytes(t.http().get(path).set('accept-encoding', 'br'));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(raw(res).toString()).toBe(INDEX);
      expect(wireSize(res)).toBe(brotliCompressSync(INDEX).length);
    }
  });

  it('never serves the build manifest', async () => {
    for (const path of ['/.vite/manifest.json', '/.vite/manifest.json.br']) {
      const res = await t.http().get(path);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('{}');
    }
  });
});
