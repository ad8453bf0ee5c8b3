import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  createBackup,
  databaseDigest,
  inspectArchive,
  restoreBackup,
  type BackupManifest,
} from '../../src/backup/backup-archive';
import { migrationRunner } from '../../src/backup/backup-cli';
import { BackupError } from '../../src/backup/backup-error';
import { readTar, TarWriter } from '../../src/backup/tar';
import { LocalEvidenceStorage } from '../../src/evidence/evidence-storage';
import { createUnit, createUser, type Session } from '../support/auth';
import { pdfBytes } from '../support/files';
import { createTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';
import { exampleWorld } from '../support/world';

const CLI = join(__dirname, '..', '..', '..', 'cli', 'bin', 'par-index.cjs');

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function expectCode(promise: Promise<unknown>, code: string): Promise<BackupError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
  expect((error as BackupError).messages.vi.length).toBeGreaterThan(10);
  return error as BackupError;
}

/** Rewrites an archive entry by entry (to forge corrupt or foreign variants of a real one). */
async function rewrite(
  from: string,
  to: string,
  change: (name: string, body: Buffer) => Buffer | null,
): Promise<void> {
  const writer = new TarWriter(to);
  for await (const entry of readTar(from)) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry.body) chunks.push(chunk);
    const body = change(entry.name, Buffer.concat(chunks));
    if (body) await writer.add(entry.name, body);
  }
  await writer.close();
}

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

describe('backup and restore (par-index backup / restore)', () => {
  let t: TestApp;
  let admin: Session;
  let dir: string;
  let archive: string;
  let manifest: BackupManifest;
  let periodId: string;
  let editor: Session;
  const uploaded: Buffer[] = [];
  let unitsBefore = 0;
  let unitsAfter = 0;
  let writesDuringBackup = 0;

  beforeAll(async () => {
    t = await createTestApp({ env: { EVIDENCE_UPLOADS_PER_HOUR: '10000' } });
    dir = await mkdtemp(join(tmpdir(), 'par-backup-test-'));
    archive = join(dir, 'backup.tar.gz');
    const w = await exampleWorld(t);
    admin = w.admin;
    periodId = w.periodId;
    editor = (await createUser(t, admin, 'unit_editor', { unitCode: 'STP' })).session;
    await t
      .http()
      .post(`/api/v1/periods/${periodId}/state`)
      .set(admin.auth)
      .send({ state: 'self_assessment' })
      .expect(200);
    for (let i = 0; i < 3; i += 1) {
      const bytes = pdfBytes(`Minh chứng trước sao lưu ${i}`);
      await t
        .http()
        .post(`/api/v1/periods/${periodId}/assessments/STP/items/1.1/evidence`)
        .set(editor.auth)
        .attach('file', bytes, `truoc-${i}.pdf`)
        .expect(201);
      uploaded.push(bytes);
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('takes one consistent snapshot while units and evidence are being written, and restores it exactly', async () => {
    const storage = new LocalEvidenceStorage(join(t.config.dataDir, 'evidence'));
    let stop = false;
    let backingUp = false;
    let n = 0;
    // Two writers through the real HTTP API: new units (each with its audit entry, one transaction) and
    // new evidence files (row + link + bytes in the storage).
    let failure: Error | undefined;
    const unitWriter = (async () => {
      while (!stop) {
        n += 1;
        await createUnit(t, admin, `LOAD${String(n).padStart(4, '0')}`);
        if (backingUp) writesDuringBackup += 1;
      }
    })().catch((error: unknown) => (failure ??= error instanceof Error ? error : new Error(String(error))));
    let m = 0;
    const evidenceWriter = (async () => {
      while (!stop) {
        m += 1;
        const bytes = pdfBytes(`Minh chứng trong lúc sao lưu ${m}`);
        await t
          .http()
          .post(`/api/v1/periods/${periodId}/assessments/STP/items/1.1/evidence`)
          .set(editor.auth)
          .attach('file', bytes, `trong-${m}.pdf`)
          .expect(201);
        if (backingUp) writesDuringBackup += 1;
      }
    })().catch((error: unknown) => (failure ??= error instanceof Error ? error : new Error(String(error))));
    const settle = async (done: () => boolean) => {
      while (!done() && failure === undefined) await new Promise((r) => setTimeout(r, 20));
      if (failure !== undefined) throw failure;
    };
    await settle(() => n >= 5 && m >= 3);
    unitsBefore = (
      await query<{ c: number }>(t.ownerUrl, `SELECT count(*)::int AS c FROM unit WHERE code LIKE 'LOAD%'`)
    )[0].c;
    backingUp = true;
    manifest = await createBackup({
      databaseUrl: t.config.databaseUrl,
      storage,
      file: archive,
    });
    backingUp = false;
    // Let the writers go on a little after the snapshot, then stop them.
    const atEnd = n;
    await settle(() => n >= atEnd + 3);
    stop = true;
    await Promise.all([unitWriter, evidenceWriter]);
    unitsAfter = (
      await query<{ c: number }>(t.ownerUrl, `SELECT count(*)::int AS c FROM unit WHERE code LIKE 'LOAD%'`)
    )[0].c;
    expect(writesDuringBackup).toBeGreaterThan(0);

    const counts = Object.fromEntries(manifest.tables.map((table) => [table.name, table.rows]));
    // Every table is in it, the migrations list too.
    const tables = await query<{ relname: string }>(
      t.ownerUrl,
      `SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relname <> 'migrations' ORDER BY 1`,
    );
    expect(Object.keys(counts).sort()).toEqual(tables.map((r) => r.relname));
    expect(manifest.migrations).toContain('JobRuns1797400000000');
    expect(counts.audit_log).toBeGreaterThan(0);
    expect(counts.evidence_file).toBeGreaterThanOrEqual(3);
    expect(manifest.evidence.files).toBe(counts.evidence_file);

    const target = await createTestDatabase();
    const targetDir = await mkdtemp(join(tmpdir(), 'par-restore-test-'));
    try {
      const targetStorage = new LocalEvidenceStorage(join(targetDir, 'evidence'));
      const report = await restoreBackup({
        ownerUrl: target.url,
        storage: targetStorage,
        file: archive,
        migrations: migrationRunner(target.url, 'par_app'),
      });
      expect(report.rows).toBe(manifest.tables.reduce((sum, table) => sum + table.rows, 0));

      // Row counts and checksums per table, recomputed on the restored database, are the snapshot's.
      const restored = await databaseDigest(target.url);
      for (const table of manifest.tables) {
        expect({ table: table.name, ...restored[table.name] }).toEqual({
          table: table.name,
          rows: table.rows,
          sha256: table.sha256,
        });
      }
      // One snapshot: the load units committed before it started are all there, none after it ended; and
      // each restored unit has its audit entry (nothing half-committed).
      const loadUnits = await query<{ id: string; code: string }>(
        target.url,
        `SELECT id, code FROM unit WHERE code LIKE 'LOAD%' ORDER BY code`,
      );
      expect(loadUnits.length).toBeGreaterThanOrEqual(unitsBefore);
      expect(loadUnits.length).toBeLessThan(unitsAfter);
      expect(loadUnits.map((u) => u.code)).toEqual(
        Array.from({ length: loadUnits.length }, (_, i) => `LOAD${String(i + 1).padStart(4, '0')}`),
      );
      const audited = await query<{ c: number }>(
        target.url,
        `SELECT count(DISTINCT entity_id)::int AS c FROM audit_log WHERE entity_type = 'unit' AND entity_id = ANY($1::text[])`,
        [loadUnits.map((u) => u.code)],
      );
      expect(audited[0].c).toBe(loadUnits.length);
      // Rows are identical to the source's (the source kept growing, it never changed these rows).
      const sourceUnits = await query<{ row: string }>(
        t.ownerUrl,
        `SELECT u::text AS row FROM unit u WHERE code LIKE 'LOAD%' ORDER BY code`,
      );
      const targetUnits = await query<{ row: string }>(
        target.url,
        `SELECT u::text AS row FROM unit u ORDER BY code`,
      );
      const sourceSet = new Set(sourceUnits.map((r) => r.row));
      for (const row of targetUnits.filter((r) => r.row.includes('LOAD')))
        expect(sourceSet.has(row.row)).toBe(true);

      // Evidence bytes: every file the restored rows name is in the new storage, byte for byte.
      const files = await query<{ storage_key: string; size_bytes: string }>(
        target.url,
        `SELECT storage_key, size_bytes FROM evidence_file`,
      );
      expect(files.length).toBe(counts.evidence_file);
      for (const file of files) {
        const chunks: Buffer[] = [];
        for await (const chunk of (await targetStorage.get(file.storage_key)) as AsyncIterable<Buffer>)
          chunks.push(chunk);
        const bytes = Buffer.concat(chunks);
        expect(sha256(bytes)).toBe(file.storage_key);
        expect(bytes.length).toBe(Number(file.size_bytes));
      }
      for (const bytes of uploaded) expect(files.map((f) => f.storage_key)).toContain(sha256(bytes));

      // Sequences continue after the restored audit ids.
      const [{ next, max }] = await query<{ next: string; max: string }>(
        target.url,
        `SELECT nextval('audit_log_id_seq')::text AS next, (SELECT max(id) FROM audit_log)::text AS max`,
      );
      expect(BigInt(next)).toBeGreaterThan(BigInt(max));

      // The immutability triggers are back on after the load (replica mode was for that transaction only).
      await expect(query(target.url, `DELETE FROM audit_log`)).rejects.toThrow();

      // A second restore into the now filled database is refused; with force it replaces everything
      // (the audit log's no-truncate trigger notwithstanding) and verifies again.
      await expectCode(
        restoreBackup({
          ownerUrl: target.url,
          storage: targetStorage,
          file: archive,
          migrations: migrationRunner(target.url, 'par_app'),
        }),
        'RESTORE_TARGET_NOT_EMPTY',
      );
      await query(
        target.url,
        `INSERT INTO unit_type (code, name_vi, name_en, sort_order) VALUES ('extra', 'Thêm', 'Extra', 99)`,
      );
      await restoreBackup({
        ownerUrl: target.url,
        storage: targetStorage,
        file: archive,
        force: true,
        migrations: migrationRunner(target.url, 'par_app'),
      });
      expect((await databaseDigest(target.url)).unit_type.sha256).toBe(
        manifest.tables.find((table) => table.name === 'unit_type')!.sha256,
      );
    } finally {
      await target.drop();
      await rm(targetDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses foreign, corrupt, tampered and newer archives with a coded error, before touching the target', async () => {
    const target = await createTestDatabase();
    const storage = new LocalEvidenceStorage(join(dir, 'refused-evidence'));
    const restore = (file: string) =>
      restoreBackup({
        ownerUrl: target.url,
        storage,
        file,
        migrations: migrationRunner(target.url, undefined),
      });
    try {
      const text = join(dir, 'notes.txt');
      await writeFile(text, 'không phải bản sao lưu');
      await expectCode(restore(text), 'BACKUP_NOT_AN_ARCHIVE');

      const otherTar = join(dir, 'other.tar.gz');
      const other = new TarWriter(otherTar);
      await other.add('hello.txt', Buffer.from('xin chào'));
      await other.close();
      await expectCode(restore(otherTar), 'BACKUP_NOT_AN_ARCHIVE');
      await expectCode(restore(join(dir, 'missing.tar.gz')), 'BACKUP_NOT_AN_ARCHIVE');

      const bytes = await readFile(archive);
      const flipped = Buffer.from(bytes);
      flipped[Math.floor(bytes.length / 2)] ^= 0xff;
      await writeFile(join(dir, 'flipped.tar.gz'), flipped);
      await expectCode(restore(join(dir, 'flipped.tar.gz')), 'BACKUP_CORRUPT');
      await writeFile(join(dir, 'cut.tar.gz'), bytes.subarray(0, Math.floor(bytes.length * 0.8)));
      await expectCode(restore(join(dir, 'cut.tar.gz')), 'BACKUP_CORRUPT');

      // A row changed inside a valid gzip: only the per-table checksum can tell.
      await rewrite(archive, join(dir, 'tampered.tar.gz'), (name, body) =>
        name.endsWith('-unit.copy')
          ? Buffer.from(body.toString('utf8').replace('Sở Tư pháp', 'Sở Tư phap'))
          : body,
      );
      const tampered = await expectCode(restore(join(dir, 'tampered.tar.gz')), 'BACKUP_CORRUPT');
      expect(tampered.messages.en).toContain('unit');
      await rewrite(archive, join(dir, 'no-file.tar.gz'), (name, body) =>
        name.startsWith('evidence/') ? null : body,
      );
      await expectCode(restore(join(dir, 'no-file.tar.gz')), 'BACKUP_CORRUPT');

      await rewrite(archive, join(dir, 'v2.tar.gz'), (name, body) =>
        name === 'manifest.json'
          ? Buffer.from(JSON.stringify({ ...JSON.parse(body.toString()), version: 2 }))
          : body,
      );
      await expectCode(restore(join(dir, 'v2.tar.gz')), 'BACKUP_VERSION_UNSUPPORTED');
      await rewrite(archive, join(dir, 'newer.tar.gz'), (name, body) => {
        if (name !== 'manifest.json') return body;
        const m = JSON.parse(body.toString()) as BackupManifest;
        return Buffer.from(JSON.stringify({ ...m, migrations: [...m.migrations, 'Future1899999999999'] }));
      });
      await expectCode(restore(join(dir, 'newer.tar.gz')), 'BACKUP_SCHEMA_UNKNOWN');

      // Nothing was done to the target: not even migrated.
      expect(await query(target.url, `SELECT to_regclass('public.migrations') AS t`)).toEqual([{ t: null }]);
      await expect(inspectArchive(archive)).resolves.toMatchObject({
        format: 'par-index.backup',
        version: 1,
      });
    } finally {
      await target.drop();
    }
  }, 120_000);

  it('runs as `npx par-index backup FILE` / `restore FILE`, finding the database as the API does', async () => {
    const file = join(dir, 'cli.tar.gz');
    const env = {
      DATABASE_URL: t.config.databaseUrl,
      DATABASE_MIGRATION_URL: t.ownerUrl,
      PAR_DATA_DIR: t.config.dataDir,
    };
    const backup = await runCli(['backup', file], env);
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/Đã sao lưu vào .*cli\.tar\.gz: \d+ bảng/);
    expect((await stat(file)).size).toBeGreaterThan(1000);
    const again = await runCli(['backup', file, '--lang', 'en'], env);
    expect(again.code).toBe(1);
    expect(again.err).toContain('BACKUP_FILE_EXISTS');

    const target = await createTestDatabase();
    const targetDir = await mkdtemp(join(tmpdir(), 'par-restore-cli-'));
    try {
      const targetEnv = {
        DATABASE_URL: target.appUrl,
        DATABASE_MIGRATION_URL: target.url,
        PAR_DATA_DIR: targetDir,
      };
      const restored = await runCli(['restore', file], targetEnv);
      expect(restored.err).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.out).toContain('Đã khôi phục');
      const source = await databaseDigest(t.ownerUrl);
      const copy = await databaseDigest(target.url);
      expect(copy.app_user).toEqual(source.app_user);
      expect(copy.evidence_file.rows).toBe(source.evidence_file.rows);
      // The app's role got its rights on the restored tables.
      const [{ c }] = await query<{ c: number }>(target.appUrl, `SELECT count(*)::int AS c FROM app_user`);
      expect(c).toBe(source.app_user.rows);

      const foreign = join(dir, 'foreign.txt');
      await writeFile(foreign, 'PK\u0003\u0004 not a backup');
      const refused = await runCli(['restore', foreign, '--lang', 'en'], targetEnv);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/par-index restore: BACKUP_NOT_AN_ARCHIVE — .* is not a PAR Index backup/);
    } finally {
      await target.drop();
      await rm(targetDir, { recursive: true, force: true });
    }
  }, 120_000);
});
