import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { access, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EVIDENCE_CLEANUP_LOCK } from '../evidence/evidence-cleanup.service';
import type { EvidenceStorage } from '../evidence/evidence-storage';
import { BackupError } from './backup-error';
import { copyIn, copyOut } from './pg-copy';
import { readTar, TarWriter } from './tar';

/** Archive format: `par-index.backup`, version 1 (see ADR 0012). */
export const BACKUP_FORMAT = 'par-index.backup';
export const BACKUP_VERSION = 1;
/** The first entry of every archive: tells a PAR Index backup from any other tar at once. */
const MARKER_ENTRY = 'par-index-backup';
const MANIFEST_ENTRY = 'manifest.json';
/** Tables the migrations themselves fill (installation marker, unit types): "empty" ignores them. */
const MIGRATION_SEEDED = ['app_setting', 'unit_type'];

export interface BackupColumn {
  name: string;
  type: string;
}

export interface BackupTable {
  name: string;
  /** The archive entry holding the rows (PostgreSQL COPY text format). */
  file: string;
  columns: BackupColumn[];
  rows: number;
  bytes: number;
  /** SHA-256 of the COPY text, rows ordered by primary key (by the whole row without one), in UTC. */
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  postgres: string;
  snapshot: { isolation: 'repeatable read'; readOnly: true };
  /** Applied migrations, oldest first: the schema the rows belong to. */
  migrations: string[];
  tables: BackupTable[];
  sequences: { name: string; value: string; isCalled: boolean }[];
  evidence: { files: number; bytes: number; entries: { key: string; size: number; mime: string }[] };
}

type Log = (message: string) => void;
const quiet: Log = () => undefined;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Output settings fixed for every backup and verification session, so the COPY text is reproducible. */
async function fixSession(client: Client): Promise<void> {
  await client.query(
    `SET TIME ZONE 'UTC'; SET DateStyle TO 'ISO, YMD'; SET IntervalStyle TO 'postgres';
     SET extra_float_digits TO 1; SET bytea_output TO 'hex'; SET client_encoding TO 'UTF8';
     SET statement_timeout TO 0; SET idle_in_transaction_session_timeout TO 0`,
  );
}

interface TableShape {
  name: string;
  columns: BackupColumn[];
  primaryKey: string[];
}

/** Every table of the public schema but `migrations`, with its copied columns (generated ones excluded). */
async function describeTables(client: Client): Promise<TableShape[]> {
  const { rows } = await client.query<{ name: string; columns: BackupColumn[]; pk: string[] | null }>(
    `SELECT c.relname AS name,
       (SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod))
                ORDER BY a.attnum)
          FROM pg_attribute a
         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
       (SELECT json_agg(a.attname ORDER BY array_position(i.indkey::int2[], a.attnum))
          FROM pg_index i JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
         WHERE i.indrelid = c.oid AND i.indisprimary) AS pk
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'migrations'
     ORDER BY c.relname`,
  );
  const shapes = rows.map((row) => ({
    name: row.name,
    columns: row.columns ?? [],
    primaryKey: row.pk ?? [],
  }));
  // Parents before children, so a restore without superuser rights can keep its foreign keys checked.
  const edges = await client.query<{ child: string; parent: string }>(
    `SELECT cc.relname AS child, pc.relname AS parent
       FROM pg_constraint k JOIN pg_class cc ON cc.oid = k.conrelid JOIN pg_class pc ON pc.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND k.conrelid <> k.confrelid`,
  );
  const parents = new Map<string, Set<string>>();
  for (const edge of edges.rows) {
    const set = parents.get(edge.child) ?? new Set<string>();
    set.add(edge.parent);
    parents.set(edge.child, set);
  }
  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  let pending = shapes;
  while (pending.length > 0) {
    const ready = pending.filter((t) => [...(parents.get(t.name) ?? [])].every((p) => placed.has(p)));
    const next = ready.length > 0 ? ready : [pending[0]]; // a cycle: take one, its FK is checked at commit
    for (const table of next) {
      ordered.push(table);
      placed.add(table.name);
    }
    pending = pending.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

/** The rows of a table in one reproducible order (text compared byte by byte, whatever the collation). */
function exportQuery(table: TableShape | BackupTable, primaryKey: string[]): string {
  const columns = table.columns.map((c) => ident(c.name)).join(', ');
  const order =
    primaryKey.length > 0
      ? primaryKey.map((c) => `${ident(c)}::text COLLATE "C"`).join(', ')
      : `(t.*)::text COLLATE "C"`;
  return `COPY (SELECT ${columns} FROM ${ident(table.name)} AS t ORDER BY ${order}) TO STDOUT`;
}

async function appliedMigrations(client: Client): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`);
  if (!(exists.rows[0] as { present: boolean }).present) return [];
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`);
  return rows.map((row) => row.name);
}

async function sequences(client: Client): Promise<BackupManifest['sequences']> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT s.relname AS name FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace
      WHERE s.relkind = 'S' AND n.nspname = 'public'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                         WHERE d.objid = s.oid AND d.deptype = 'a' AND t.relname = 'migrations')
      ORDER BY 1`,
  );
  const out: BackupManifest['sequences'] = [];
  for (const { name } of rows) {
    const state = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${ident(name)}`,
    );
    out.push({ name, value: state.rows[0].last_value, isCalled: state.rows[0].is_called });
  }
  return out;
}

/** Exports one table into `path`; returns rows, bytes and SHA-256 of the COPY text. */
async function exportTable(
  client: Client,
  sql: string,
  path: string,
): Promise<{ rows: number; bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  const out = createWriteStream(path, { mode: 0o600 });
  let bytes = 0;
  const rows = await copyOut(
    client,
    sql,
    (chunk) => {
      hash.update(chunk);
      bytes += chunk.length;
      return out.write(chunk);
    },
    () => new Promise<void>((drained) => (out.once('drain', drained), out.once('close', drained))),
  );
  out.end();
  await once(out, 'close');
  return { rows, bytes, sha256: hash.digest('hex') };
}

/** Rows, bytes and SHA-256 of a table as it is now (same order and settings as the export). */
async function tableDigest(
  client: Client,
  sql: string,
): Promise<{ rows: number; bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const rows = await copyOut(client, sql, (chunk) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  return { rows, bytes, sha256: hash.digest('hex') };
}

async function fileExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export interface BackupOptions {
  /** A role that may read every table (the app's role is enough; the owner works too). */
  databaseUrl: string;
  storage: EvidenceStorage;
  file: string;
  /** Replace an existing file. */
  force?: boolean;
  log?: Log;
}

/**
 * Writes a backup archive: every table exported with `COPY … TO STDOUT` inside ONE read-only REPEATABLE READ
 * transaction (one snapshot: what other sessions commit meanwhile is not in it), then the evidence files the
 * snapshot names (read while the evidence cleanup is held off by its advisory lock, shared), then the
 * manifest. Written to `FILE.partial` and renamed, so `FILE` is always complete.
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const log = options.log ?? quiet;
  if (!options.force && (await fileExists(options.file))) {
    throw new BackupError('BACKUP_FILE_EXISTS', {
      vi: `tệp ${options.file} đã có; dùng --force để ghi đè`,
      en: `${options.file} exists; use --force to replace it`,
    });
  }
  const staging = await mkdtemp(join(tmpdir(), 'par-backup-'));
  const partial = `${options.file}.partial-${randomUUID().slice(0, 8)}`;
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'par-index backup' });
  await client.connect();
  let writer: TarWriter | undefined;
  try {
    await fixSession(client);
    // Held for the whole backup: the orphan cleanup (exclusive) cannot remove a file the snapshot names.
    await client.query('SELECT pg_advisory_lock_shared($1)', [EVIDENCE_CLEANUP_LOCK]);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    log('snapshot taken');
    const postgres = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0];
    const migrations = await appliedMigrations(client);
    const shapes = await describeTables(client);
    const tables: BackupTable[] = [];
    for (const [index, shape] of shapes.entries()) {
      const file = `tables/${String(index).padStart(3, '0')}-${shape.name}.copy`;
      const digest = await exportTable(
        client,
        exportQuery(shape, shape.primaryKey),
        join(staging, `${index}`),
      );
      tables.push({ name: shape.name, file, columns: shape.columns, ...digest });
      log(`  ${shape.name}: ${digest.rows}`);
    }
    const evidenceRows = await client.query<{ key: string; size: string; mime: string }>(
      `SELECT storage_key AS key, max(size_bytes)::text AS size, min(mime) AS mime
         FROM evidence_file GROUP BY storage_key ORDER BY storage_key`,
    );
    await client.query('COMMIT');
    const sequenceState = await sequences(client);

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      postgres: postgres.server_version,
      snapshot: { isolation: 'repeatable read', readOnly: true },
      migrations,
      tables,
      sequences: sequenceState,
      evidence: {
        files: evidenceRows.rows.length,
        bytes: evidenceRows.rows.reduce((sum, row) => sum + Number(row.size), 0),
        entries: evidenceRows.rows.map((row) => ({ key: row.key, size: Number(row.size), mime: row.mime })),
      },
    };

    log(`evidence: ${manifest.evidence.files} files`);
    writer = new TarWriter(partial);
    await writer.add(MARKER_ENTRY, Buffer.from(`${BACKUP_FORMAT}/v${BACKUP_VERSION}\n`));
    for (const [index, table] of tables.entries())
      await writer.add(table.file, { path: join(staging, `${index}`), size: table.bytes });
    for (const entry of manifest.evidence.entries) {
      let stream: AsyncIterable<Buffer>;
      try {
        stream = (await options.storage.get(entry.key)) as AsyncIterable<Buffer>;
      } catch {
        throw evidenceMissing(entry.key);
      }
      const hash = createHash('sha256');
      const hashed = (async function* () {
        for await (const chunk of stream) {
          hash.update(chunk);
          yield chunk;
        }
      })();
      try {
        await writer.add(`evidence/${entry.key}`, { stream: hashed, size: entry.size });
      } catch {
        throw evidenceMissing(entry.key);
      }
      if (hash.digest('hex') !== entry.key) throw evidenceMissing(entry.key);
    }
    await writer.add(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 1)));
    await writer.close();
    writer = undefined;
    await rename(partial, options.file);
    return manifest;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    writer?.abort();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client
      .query('SELECT pg_advisory_unlock_shared($1)', [EVIDENCE_CLEANUP_LOCK])
      .catch(() => undefined);
    await client.end().catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
  }
}

function evidenceMissing(key: string): BackupError {
  return new BackupError('BACKUP_EVIDENCE_MISSING', {
    vi: `tệp minh chứng ${key} thiếu trong kho lưu trữ hoặc nội dung không khớp mã băm`,
    en: `evidence file ${key} is missing from the storage or its bytes do not match its hash`,
  });
}

function notAnArchive(file: string, why: string): BackupError {
  return new BackupError('BACKUP_NOT_AN_ARCHIVE', {
    vi: `${file} không phải bản sao lưu PAR Index (${why})`,
    en: `${file} is not a PAR Index backup (${why})`,
  });
}

function corrupt(file: string, why: string): BackupError {
  return new BackupError('BACKUP_CORRUPT', {
    vi: `bản sao lưu ${file} bị hỏng: ${why}`,
    en: `backup ${file} is corrupt: ${why}`,
  });
}

/**
 * Reads the whole archive once and checks it before anything is written: the marker, every entry's size
 * and SHA-256 against the manifest, every evidence file against its content hash, the format version.
 */
export async function inspectArchive(file: string): Promise<BackupManifest> {
  try {
    await stat(file);
  } catch {
    throw notAnArchive(file, 'không đọc được tệp / cannot read the file');
  }
  const seen = new Map<string, { size: number; sha256: string }>();
  let manifestText: string | undefined;
  let first = true;
  try {
    for await (const entry of readTar(file)) {
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let size = 0;
      const keep = entry.name === MARKER_ENTRY || entry.name === MANIFEST_ENTRY;
      for await (const chunk of entry.body) {
        hash.update(chunk);
        size += chunk.length;
        if (keep) chunks.push(chunk);
      }
      if (first) {
        first = false;
        const marker = Buffer.concat(chunks).toString('utf8').trim();
        if (entry.name !== MARKER_ENTRY || !marker.startsWith(`${BACKUP_FORMAT}/v`))
          throw notAnArchive(file, `mục đầu là "${entry.name}" / first entry is "${entry.name}"`);
        continue;
      }
      if (entry.name === MANIFEST_ENTRY) manifestText = Buffer.concat(chunks).toString('utf8');
      else seen.set(entry.name, { size, sha256: hash.digest('hex') });
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (first) throw notAnArchive(file, reason);
    throw corrupt(file, reason);
  }
  if (first) throw notAnArchive(file, 'tệp rỗng / empty archive');
  if (manifestText === undefined) throw corrupt(file, 'thiếu manifest.json / manifest.json missing');
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(manifestText) as BackupManifest;
  } catch {
    throw corrupt(file, 'manifest.json không đọc được / unreadable manifest.json');
  }
  if (manifest.format !== BACKUP_FORMAT) throw notAnArchive(file, `format ${String(manifest.format)}`);
  if (manifest.version !== BACKUP_VERSION) {
    throw new BackupError('BACKUP_VERSION_UNSUPPORTED', {
      vi: `bản sao lưu định dạng phiên bản ${manifest.version}; chương trình này đọc phiên bản ${BACKUP_VERSION}`,
      en: `backup format version ${manifest.version}; this program reads version ${BACKUP_VERSION}`,
    });
  }
  for (const table of manifest.tables) {
    const entry = seen.get(table.file);
    if (!entry) throw corrupt(file, `thiếu bảng / missing table ${table.name}`);
    if (entry.size !== table.bytes || entry.sha256 !== table.sha256)
      throw corrupt(
        file,
        `bảng ${table.name}: mã kiểm tra không khớp / table ${table.name}: checksum mismatch`,
      );
  }
  for (const evidence of manifest.evidence.entries) {
    const entry = seen.get(`evidence/${evidence.key}`);
    if (!entry || entry.size !== evidence.size || entry.sha256 !== evidence.key)
      throw corrupt(file, `tệp minh chứng / evidence file ${evidence.key}`);
  }
  const named = new Set([
    ...manifest.tables.map((t) => t.file),
    ...manifest.evidence.entries.map((e) => `evidence/${e.key}`),
  ]);
  const extra = [...seen.keys()].filter((name) => !named.has(name));
  if (extra.length > 0) throw corrupt(file, `mục lạ / unexpected entries: ${extra.slice(0, 3).join(', ')}`);
  return manifest;
}

export interface RestoreOptions {
  /** The owner of the tables (runs the migrations, loads the rows). */
  ownerUrl: string;
  storage: EvidenceStorage;
  file: string;
  /** Replace the rows of a database that is not empty. */
  force?: boolean;
  /** Migrations this program knows, oldest first, and how to run the first `count` of them. */
  migrations: { names: string[]; run(count: number): Promise<void> };
  log?: Log;
}

export interface RestoreReport {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  evidenceFiles: number;
  /** Migrations newer than the backup, applied after the load. */
  migratedAfter: string[];
}

/**
 * Restores an archive checked by {@link inspectArchive}: migrates the target to the backup's schema, loads
 * every table with `COPY … FROM STDIN` in ONE transaction (triggers that keep snapshots, publications and
 * the audit log immutable are off for that transaction only: `session_replication_role = replica` as a
 * superuser, else `DISABLE TRIGGER USER` per table, re-enabled before commit), sets the sequences, writes
 * the evidence bytes back, verifies every table's row count and checksum and every evidence file before
 * it commits, then applies the migrations newer than the backup.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const log = options.log ?? quiet;
  const manifest = await inspectArchive(options.file);
  const known = options.migrations.names;
  const prefix = manifest.migrations.every((name, index) => known[index] === name);
  if (!prefix) {
    const unknown = manifest.migrations.filter((name) => !known.includes(name));
    throw new BackupError('BACKUP_SCHEMA_UNKNOWN', {
      vi: `bản sao lưu có lược đồ mà chương trình này không biết (${unknown.slice(0, 3).join(', ') || 'thứ tự khác'}); dùng bản phát hành mới hơn`,
      en: `the backup's schema is unknown to this program (${unknown.slice(0, 3).join(', ') || 'another order'}); use a newer release`,
    });
  }

  const client = new Client({ connectionString: options.ownerUrl, application_name: 'par-index restore' });
  await client.connect();
  try {
    await fixSession(client);
    const before = await appliedMigrations(client);
    if (
      before.length > manifest.migrations.length ||
      before.some((name, i) => manifest.migrations[i] !== name)
    ) {
      throw new BackupError('RESTORE_SCHEMA_MISMATCH', {
        vi: `cơ sở dữ liệu đích đã ở lược đồ khác bản sao lưu (${before.length} so với ${manifest.migrations.length} migration); hãy khôi phục vào một cơ sở dữ liệu trống`,
        en: `the target database is at another schema than the backup (${before.length} vs ${manifest.migrations.length} migrations); restore into an empty database`,
      });
    }
    await options.migrations.run(manifest.migrations.length);

    await client.query('BEGIN');
    const shapes = new Map((await describeTables(client)).map((shape) => [shape.name, shape]));
    const names = manifest.tables.map((t) => ident(t.name));
    for (const table of manifest.tables) {
      const shape = shapes.get(table.name);
      if (!shape || JSON.stringify(shape.columns) !== JSON.stringify(table.columns)) {
        throw new BackupError('RESTORE_SCHEMA_MISMATCH', {
          vi: `bảng ${table.name} của cơ sở dữ liệu đích khác bản sao lưu`,
          en: `table ${table.name} of the target database differs from the backup`,
        });
      }
    }
    if (names.length > 0) await client.query(`LOCK TABLE ${names.join(', ')} IN ACCESS EXCLUSIVE MODE`);
    const filled: string[] = [];
    for (const table of manifest.tables) {
      if (MIGRATION_SEEDED.includes(table.name)) continue;
      const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${ident(table.name)}) AS any`);
      if ((rows[0] as { any: boolean }).any) filled.push(table.name);
    }
    if (filled.length > 0 && !options.force) {
      throw new BackupError('RESTORE_TARGET_NOT_EMPTY', {
        vi: `cơ sở dữ liệu đích đã có dữ liệu (${filled.slice(0, 5).join(', ')}); dùng --force để thay thế toàn bộ`,
        en: `the target database holds data (${filled.slice(0, 5).join(', ')}); use --force to replace all of it`,
      });
    }
    const superuser = (
      await client.query<{ rolsuper: boolean }>(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)
    ).rows[0]?.rolsuper;
    if (superuser) {
      await client.query(`SET LOCAL session_replication_role = replica`);
    } else {
      for (const name of names) await client.query(`ALTER TABLE ${name} DISABLE TRIGGER USER`);
      await client.query(`SET CONSTRAINTS ALL DEFERRED`);
    }
    if (names.length > 0) await client.query(`TRUNCATE ${names.join(', ')}`);

    const byFile = new Map(manifest.tables.map((t) => [t.file, t]));
    let rows = 0;
    let evidenceFiles = 0;
    const mimes = new Map(manifest.evidence.entries.map((e) => [e.key, e.mime]));
    const staging = await mkdtemp(join(tmpdir(), 'par-restore-'));
    try {
      for await (const entry of readTar(options.file)) {
        const table = byFile.get(entry.name);
        if (table) {
          const columns = table.columns.map((c) => ident(c.name)).join(', ');
          const loaded = await copyIn(
            client,
            `COPY ${ident(table.name)} (${columns}) FROM STDIN`,
            entry.body,
          );
          rows += loaded;
          log(`  ${table.name}: ${loaded}`);
        } else if (entry.name.startsWith('evidence/')) {
          const key = entry.name.slice('evidence/'.length);
          if (!(await options.storage.exists(key))) {
            const path = join(staging, key);
            const out = createWriteStream(path, { mode: 0o600 });
            for await (const chunk of entry.body) if (!out.write(chunk)) await once(out, 'drain');
            out.end();
            await once(out, 'close');
            await options.storage.putFile(key, path, mimes.get(key) ?? 'application/octet-stream');
            await rm(path, { force: true });
          }
          evidenceFiles += 1;
        }
      }
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    for (const sequence of manifest.sequences) {
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [
        ident(sequence.name),
        sequence.value,
        sequence.isCalled,
      ]);
    }
    if (!superuser) for (const name of names) await client.query(`ALTER TABLE ${name} ENABLE TRIGGER USER`);

    // Verify before committing: what is in the tables now is, byte for byte, what the snapshot held.
    for (const table of manifest.tables) {
      const shape = shapes.get(table.name)!;
      const digest = await tableDigest(client, exportQuery(table, shape.primaryKey));
      if (digest.rows !== table.rows || digest.sha256 !== table.sha256) {
        throw new BackupError('RESTORE_VERIFY_FAILED', {
          vi: `bảng ${table.name} sau khi nạp khác bản sao lưu (${digest.rows}/${table.rows} dòng)`,
          en: `table ${table.name} differs from the backup after loading (${digest.rows}/${table.rows} rows)`,
        });
      }
    }
    await verifyEvidence(options.storage, manifest);
    await client.query('COMMIT');
    const migratedAfter = known.slice(manifest.migrations.length);
    await options.migrations.run(known.length);
    return { manifest, tables: manifest.tables.length, rows, evidenceFiles, migratedAfter };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Every evidence file of the manifest is in the storage with bytes hashing to its key. */
export async function verifyEvidence(storage: EvidenceStorage, manifest: BackupManifest): Promise<void> {
  for (const entry of manifest.evidence.entries) {
    const hash = createHash('sha256');
    let size = 0;
    try {
      for await (const chunk of (await storage.get(entry.key)) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
      }
    } catch {
      size = -1;
    }
    if (size !== entry.size || hash.digest('hex') !== entry.key) {
      throw new BackupError('RESTORE_VERIFY_FAILED', {
        vi: `tệp minh chứng ${entry.key} sau khi khôi phục không khớp`,
        en: `evidence file ${entry.key} does not match after the restore`,
      });
    }
  }
}

/** Per-table row counts and checksums of a live database, computed the way a backup does (for tests, `verify`). */
export async function databaseDigest(
  databaseUrl: string,
): Promise<Record<string, { rows: number; sha256: string }>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await fixSession(client);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const out: Record<string, { rows: number; sha256: string }> = {};
    for (const shape of await describeTables(client)) {
      const digest = await tableDigest(client, exportQuery(shape, shape.primaryKey));
      out[shape.name] = { rows: digest.rows, sha256: digest.sha256 };
    }
    await client.query('COMMIT');
    return out;
  } finally {
    await client.end().catch(() => undefined);
  }
}
