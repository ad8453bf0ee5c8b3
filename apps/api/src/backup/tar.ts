import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';
import type { Readable } from 'node:stream';

/**
 * The few parts of POSIX ustar a backup needs (regular files, names under 100 bytes), gzipped: any `tar`
 * lists and extracts the archive (`tar -tzf backup.tar.gz`), and no dependency is needed to write or read it.
 */
const BLOCK = 512;

function header(name: string, size: number, mtime: Date): Buffer {
  const block = Buffer.alloc(BLOCK, 0);
  if (Buffer.byteLength(name) > 99) throw new Error(`tar entry name too long: ${name}`);
  block.write(name, 0, 100, 'utf8');
  const octal = (value: number, width: number) => value.toString(8).padStart(width - 1, '0') + '\0';
  block.write(octal(0o644, 8), 100, 8, 'ascii');
  block.write(octal(0, 8), 108, 8, 'ascii');
  block.write(octal(0, 8), 116, 8, 'ascii');
  block.write(octal(size, 12), 124, 12, 'ascii');
  block.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 12, 'ascii');
  block.write('        ', 148, 8, 'ascii');
  block.write('0', 156, 1, 'ascii');
  block.write('ustar\0', 257, 6, 'ascii');
  block.write('00', 263, 2, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return block;
}

/** Appends entries to a `.tar.gz` file, one after the other. */
export class TarWriter {
  private readonly gzip: Gzip;
  private readonly file: WriteStream;
  private readonly finished: Promise<void>;

  constructor(path: string) {
    this.gzip = createGzip({ level: 6 });
    this.file = createWriteStream(path, { mode: 0o600 });
    this.gzip.pipe(this.file);
    this.finished = once(this.file, 'close').then(() => undefined);
    this.finished.catch(() => undefined);
  }

  private async write(chunk: Buffer): Promise<void> {
    if (!this.gzip.write(chunk)) await once(this.gzip, 'drain');
  }

  /** One entry: bytes, a file, or a stream of exactly `size` bytes (anything else aborts the archive). */
  async add(
    name: string,
    body: Buffer | { path: string; size: number } | { stream: AsyncIterable<Buffer>; size: number },
    mtime = new Date(),
  ): Promise<void> {
    const size = Buffer.isBuffer(body) ? body.length : body.size;
    await this.write(header(name, size, mtime));
    let written = 0;
    if (Buffer.isBuffer(body)) {
      await this.write(body);
      written = body.length;
    } else {
      const source = 'stream' in body ? body.stream : (createReadStream(body.path) as AsyncIterable<Buffer>);
      for await (const chunk of source) {
        if (written + chunk.length > size) throw new Error(`tar entry ${name}: more than ${size} bytes`);
        await this.write(chunk);
        written += chunk.length;
      }
    }
    if (written !== size) throw new Error(`tar entry ${name}: ${written} bytes, expected ${size}`);
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    if (pad) await this.write(Buffer.alloc(pad, 0));
  }

  async close(): Promise<void> {
    await this.write(Buffer.alloc(BLOCK * 2, 0));
    this.gzip.end();
    await this.finished;
  }

  abort(): void {
    this.gzip.destroy();
    this.file.destroy();
  }
}

export class TarFormatError extends Error {}

/** Reads exactly the bytes asked for from an async chunk stream. */
class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  private ended = false;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(min: number): Promise<void> {
    while (this.length < min && !this.ended) {
      const next = await this.source.next();
      if (next.done) this.ended = true;
      else {
        this.buffered.push(next.value);
        this.length += next.value.length;
      }
    }
  }

  /** Up to `max` bytes (fewer only at the end). */
  async take(max: number): Promise<Buffer> {
    await this.fill(1);
    const all = Buffer.concat(this.buffered);
    const part = all.subarray(0, Math.min(max, all.length));
    const rest = all.subarray(part.length);
    this.buffered = rest.length ? [rest] : [];
    this.length = rest.length;
    return part;
  }

  async exactly(n: number): Promise<Buffer> {
    await this.fill(n);
    if (this.length < n) throw new TarFormatError('unexpected end of archive');
    return this.take(n);
  }
}

export interface TarEntry {
  name: string;
  size: number;
  /** The entry's bytes; must be consumed (or skipped with `drain`) before the next entry. */
  body: AsyncIterable<Buffer>;
}

function parseOctal(field: Buffer): number {
  const text = field.toString('ascii').replace(/\0.*$/s, '').trim();
  if (!/^[0-7]*$/.test(text)) throw new TarFormatError('not a tar header');
  return text ? parseInt(text, 8) : 0;
}

/** The entries of a `.tar.gz` file, in order. Throws TarFormatError on anything that is not one. */
export async function* readTar(path: string): AsyncGenerator<TarEntry> {
  const gunzip = (createReadStream(path) as Readable).pipe(createGunzip());
  const reader = new ByteReader((gunzip as AsyncIterable<Buffer>)[Symbol.asyncIterator]());
  try {
    for (;;) {
      const block = await reader.exactly(BLOCK);
      if (block.every((byte) => byte === 0)) return;
      if (block.toString('ascii', 257, 262) !== 'ustar') throw new TarFormatError('not a ustar archive');
      const stored = parseOctal(block.subarray(148, 156));
      let sum = 0;
      for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 32 : block[i];
      if (sum !== stored) throw new TarFormatError('tar header checksum mismatch');
      const name = block.toString('utf8', 0, 100).replace(/\0.*$/s, '');
      const size = parseOctal(block.subarray(124, 136));
      let left = size;
      let consumed = false;
      const body = async function* (): AsyncGenerator<Buffer> {
        consumed = true;
        while (left > 0) {
          const chunk = await reader.take(Math.min(left, 1 << 20));
          if (chunk.length === 0) throw new TarFormatError('unexpected end of archive');
          left -= chunk.length;
          yield chunk;
        }
      };
      yield { name, size, body: body() };
      if (!consumed || left > 0) {
        while (left > 0) {
          const chunk = await reader.take(Math.min(left, 1 << 20));
          if (chunk.length === 0) throw new TarFormatError('unexpected end of archive');
          left -= chunk.length;
        }
      }
      const pad = (BLOCK - (size % BLOCK)) % BLOCK;
      if (pad) await reader.exactly(pad);
    }
  } finally {
    gunzip.destroy();
  }
}
