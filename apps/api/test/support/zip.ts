import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  name: string;
  data: Buffer;
  /** Deflate the entry (default: stored). */
  deflate?: boolean;
  /** Override the uncompressed size the headers declare (a lying archive). */
  declaredSize?: number;
  /** Ready-made deflate bytes for the entry (with `declaredSize`): a zip bomb built without the big input. */
  deflated?: Buffer;
}

/** A minimal ZIP writer for tests: stored or deflated entries, optional lies about the sizes. */
export function makeZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.deflated ?? (entry.deflate ? deflateRawSync(entry.data) : entry.data);
    const method = entry.deflated || entry.deflate ? 8 : 0;
    const size = entry.declaredSize ?? entry.data.length;
    const crc = entry.deflated ? 0 : crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The raw deflate stream of `bytes` zero bytes, fed 1 MiB at a time (the inflated data is never held). */
export async function deflatedZeros(bytes: number): Promise<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024);
  const parts: Buffer[] = [];
  const stream = createDeflateRaw({ level: 9 });
  stream.on('data', (data: Buffer) => parts.push(data));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  for (let left = bytes; left > 0; left -= chunk.length) {
    if (!stream.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) {
      await new Promise((resolve) => stream.once('drain', resolve));
    }
  }
  stream.end();
  await done;
  return Buffer.concat(parts);
}
