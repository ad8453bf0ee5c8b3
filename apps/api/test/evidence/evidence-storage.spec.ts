import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
// s3rver: a real S3-protocol server on loopback, driven with the real AWS SDK (no mocks).
import S3rver from 's3rver';
import { binary } from '../support/binary';
import { freePort } from '../../src/database/embedded-database';
import {
  EvidenceStorage,
  LocalEvidenceStorage,
  S3EvidenceStorage,
} from '../../src/evidence/evidence-storage';

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The same contract for every storage behind the interface. */
function contract(
  name: string,
  make: () => Promise<{ storage: EvidenceStorage; dir: string; stop(): Promise<void> }>,
) {
  describe(name, () => {
    let env: Awaited<ReturnType<typeof make>>;
    beforeAll(async () => {
      env = await make();
      await env.storage.ensureReady();
    });
    afterAll(() => env.stop());

    it('stores a file under its hash, reports it, and returns the same bytes', async () => {
      const bytes = Buffer.from('%PDF-1.4 Báo cáo CCHC năm 2026');
      const key = createHash('sha256').update(bytes).digest('hex');
      const path = join(env.dir, 'upload.tmp');
      await writeFile(path, bytes);
      expect(await env.storage.exists(key)).toBe(false);
      await env.storage.putFile(key, path, 'application/pdf');
      expect(await env.storage.exists(key)).toBe(true);
      expect(Buffer.compare(await read(await env.storage.get(key)), bytes)).toBe(0);
    });

    it('a missing key is an error on get, false on exists', async () => {
      const key = 'f'.repeat(64);
      expect(await env.storage.exists(key)).toBe(false);
      await expect(env.storage.get(key)).rejects.toThrow();
    });
  });
}

contract('local folder storage', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'par-store-'));
  return {
    storage: new LocalEvidenceStorage(join(dir, 'evidence')),
    dir,
    stop: () => rm(dir, { recursive: true, force: true }),
  };
});

contract('S3-compatible storage (s3rver on loopback)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'par-s3-'));
  const port = await freePort();
  const server = new S3rver({ port, address: '127.0.0.1', silent: true, directory: join(dir, 's3') });
  await server.run();
  const storage = new S3EvidenceStorage({
    endpoint: `http://127.0.0.1:${port}`,
    bucket: 'par-evidence',
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  });
  return {
    storage,
    dir,
    stop: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe('the API with S3_BUCKET set stores evidence in the object store', () => {
  it('uploads through HTTP into s3rver and downloads the same bytes', async () => {
    const { createTestApp } = await import('../support/test-app');
    const { exampleWorld } = await import('../support/world');
    const { createUser } = await import('../support/auth');
    const dir = await mkdtemp(join(tmpdir(), 'par-s3-app-'));
    const port = await freePort();
    const server = new S3rver({ port, address: '127.0.0.1', silent: true, directory: join(dir, 's3') });
    await server.run();
    const t = await createTestApp({
      env: {
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_BUCKET: 'par-app-evidence',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
      },
    });
    try {
      const w = await exampleWorld(t);
      const editor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STP' });
      await t
        .http()
        .post(`/api/v1/periods/${w.periodId}/state`)
        .set(w.admin.auth)
        .send({ state: 'self_assessment' })
        .expect(200);
      const bytes = Buffer.from('%PDF-1.4 lưu trên S3');
      const up = await t
        .http()
        .post(`/api/v1/periods/${w.periodId}/assessments/STP/items/1.1/evidence`)
        .set(editor.session.auth)
        .attach('file', bytes, 'kho-s3.pdf')
        .expect(201);
      const down = await t
        .http()
        .get(up.body.url)
        .set(editor.session.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(Buffer.compare(down.body as Buffer, bytes)).toBe(0);
      expect(
        await new S3EvidenceStorage({
          endpoint: `http://127.0.0.1:${port}`,
          bucket: 'par-app-evidence',
          region: 'us-east-1',
          accessKeyId: 'S3RVER',
          secretAccessKey: 'S3RVER',
          forcePathStyle: true,
        }).exists(up.body.sha256),
      ).toBe(true);
    } finally {
      await t.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
