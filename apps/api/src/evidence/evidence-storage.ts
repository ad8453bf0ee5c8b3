import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where evidence bytes live. Keys are content hashes, so a key is written once and never changes. */
export abstract class EvidenceStorage {
  abstract readonly kind: 'local' | 's3';
  abstract exists(key: string): Promise<boolean>;
  /** Stores the file at `path` under `key` (the caller removes `path` afterwards if it still exists). */
  abstract putFile(key: string, path: string, mime: string): Promise<void>;
  abstract get(key: string): Promise<Readable>;
  /** Creates the folder or bucket when missing (docker-compose starts MinIO empty). */
  abstract ensureReady(): Promise<void>;
  abstract remove(key: string): Promise<void>;
  /** Every stored key with when it was written (for the orphan cleanup). */
  abstract list(): AsyncIterable<{ key: string; modifiedAt: Date }>;
}

/** A folder under PAR_DATA_DIR: `evidence/ab/cd/<sha256>`. */
export class LocalEvidenceStorage extends EvidenceStorage {
  readonly kind = 'local';

  constructor(private readonly root: string) {
    super();
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`invalid evidence key ${key}`);
    return join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async exists(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  async putFile(key: string, path: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    try {
      await rename(path, target);
    } catch {
      // another volume: copy, then the caller removes the temp file
      await pipeline(createReadStream(path), createWriteStream(target));
    }
  }

  async ensureReady(): Promise<void> {
    await mkdir(this.root, { recursive: true });
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<{ key: string; modifiedAt: Date }> {
    const names = await readdir(this.root, { recursive: true }).catch(() => [] as string[]);
    for (const name of names) {
      const key = basename(name);
      if (!/^[0-9a-f]{64}$/.test(key)) continue;
      const info = await stat(join(this.root, name)).catch(() => null);
      if (info?.isFile()) yield { key, modifiedAt: info.mtime };
    }
  }
}

export interface S3Settings {
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

/** Any S3-compatible object store (MinIO in docker-compose, AWS S3…). */
export class S3EvidenceStorage extends EvidenceStorage {
  readonly kind = 's3';
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    super();
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      // Plain bodies: S3-compatible servers other than AWS (older MinIO, s3rver…) store aws-chunked
      // checksum framing as if it were the file.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
    });
  }

  private objectKey(key: string): string {
    return `evidence/${key.slice(0, 2)}/${key}`;
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
      );
      return true;
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404) return false;
      throw error;
    }
  }

  async putFile(key: string, path: string, mime: string): Promise<void> {
    const { size } = await stat(path);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.objectKey(key),
        Body: createReadStream(path),
        ContentLength: size,
        ContentType: mime,
      }),
    );
  }

  async ensureReady(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch {
      await this.client.send(new CreateBucketCommand({ Bucket: this.settings.bucket }));
    }
  }

  async get(key: string): Promise<Readable> {
    const out = await this.client.send(
      new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
    );
    return out.Body as Readable;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
    );
  }

  async *list(): AsyncIterable<{ key: string; modifiedAt: Date }> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.settings.bucket,
          Prefix: 'evidence/',
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        const key = (object.Key ?? '').split('/').pop() ?? '';
        if (/^[0-9a-f]{64}$/.test(key)) yield { key, modifiedAt: object.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}

export async function removeQuietly(path: string): Promise<void> {
  await rm(path, { force: true }).catch(() => undefined);
}
