import { inflateRawSync } from 'node:zlib';
import { DomainError } from '../errors/domain-error';

/** One entry of a ZIP archive as its central directory describes it. */
export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localHeaderOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  /** The sum of every entry's inflated size. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed size of one entry, checked for entries that inflate past `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/** Limits for a workbook upload: generous for real spreadsheets, far below what takes the API down. */
export const WORKBOOK_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Whether the bytes start like a ZIP archive (local header or an empty archive). */
export function looksLikeZip(buffer: Uint8Array): boolean {
  return (
    buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && (buffer[2] === 3 || buffer[2] === 5)
  );
}

/**
 * Reads the central directory only (no byte is inflated): the entries' names and declared sizes. Throws a
 * plain Error when the archive is malformed.
 */
export function listZipEntries(buffer: Buffer): ZipEntryInfo[] {
  const eocd = findEndOfCentralDirectory(buffer);
  let count = buffer.readUInt16LE(eocd + 10);
  let size = buffer.readUInt32LE(eocd + 12);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_LOCATOR)
      throw new Error('zip64 locator missing');
    const record = safeNumber(buffer.readBigUInt64LE(locator + 8));
    if (record + 56 > buffer.length || buffer.readUInt32LE(record) !== ZIP64_EOCD)
      throw new Error('zip64 end record missing');
    count = safeNumber(buffer.readBigUInt64LE(record + 32));
    size = safeNumber(buffer.readBigUInt64LE(record + 40));
    offset = safeNumber(buffer.readBigUInt64LE(record + 48));
  }
  if (offset + size > buffer.length) throw new Error('central directory out of bounds');
  const entries: ZipEntryInfo[] = [];
  let at = offset;
  // The declared count is bounded by the bytes present: each record takes at least 46 bytes.
  if (count > size / 46 + 1) throw new Error('entry count larger than the central directory');
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL) throw new Error('bad central record');
    const method = buffer.readUInt16LE(at + 10);
    let compressedSize = buffer.readUInt32LE(at + 20);
    let uncompressedSize = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    let localHeaderOffset = buffer.readUInt32LE(at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > buffer.length) throw new Error('bad central record');
    const name = buffer.toString('utf8', at + 46, nameEnd);
    // ZIP64 extra field: the 64-bit sizes, in order, for those whose 32-bit field is 0xffffffff.
    for (let x = nameEnd; x + 4 <= nameEnd + extraLength;) {
      const id = buffer.readUInt16LE(x);
      const length = buffer.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let field = x + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = safeNumber(buffer.readBigUInt64LE(field));
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = safeNumber(buffer.readBigUInt64LE(field));
          field += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = safeNumber(buffer.readBigUInt64LE(field));
      }
      x += 4 + length;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses (413 ARCHIVE_TOO_LARGE) an archive with too many entries, too large an inflated total or an entry
 * with a suspicious ratio — from the central directory, before anything is inflated. Then inflates each
 * entry with its output capped at its declared size (one entry in memory at a time), so an archive whose
 * directory lies about the sizes is refused too. Returns the entries.
 */
export function inspectZip(buffer: Buffer, limits: ZipLimits = WORKBOOK_ZIP_LIMITS): ZipEntryInfo[] {
  let entries: ZipEntryInfo[];
  try {
    entries = listZipEntries(buffer);
  } catch (error) {
    throw new DomainError('BAD_REQUEST', {
      detail: {
        vi: `tệp nén hỏng: ${error instanceof Error ? error.message : String(error)}`,
        en: `damaged archive: ${error instanceof Error ? error.message : String(error)}`,
      },
    });
  }
  if (entries.length > limits.maxEntries) {
    throw tooLarge(
      `có ${entries.length} mục (tối đa ${limits.maxEntries})`,
      `${entries.length} entries (at most ${limits.maxEntries})`,
    );
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) {
      throw tooLarge(
        `giải nén ra hơn ${mb(limits.maxTotalBytes)} MB`,
        `inflates to more than ${mb(limits.maxTotalBytes)} MB`,
      );
    }
    if (
      entry.uncompressedSize > limits.ratioFloorBytes &&
      entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)
    ) {
      throw tooLarge(
        `mục "${entry.name}" nén quá ${limits.maxRatio} lần`,
        `entry "${entry.name}" is compressed more than ${limits.maxRatio} times`,
      );
    }
  }
  for (const entry of entries) verifyInflatedSize(buffer, entry);
  return entries;
}

function verifyInflatedSize(buffer: Buffer, entry: ZipEntryInfo): void {
  const at = entry.localHeaderOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL) {
    throw new DomainError('BAD_REQUEST', {
      detail: { vi: 'tệp nén hỏng', en: 'damaged archive' },
    });
  }
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize && entry.uncompressedSize > data.length) {
      throw tooLarge(`mục "${entry.name}" khai sai kích thước`, `entry "${entry.name}" misstates its size`);
    }
    return;
  }
  if (entry.method !== 8) return; // other methods: the workbook reader refuses them itself
  try {
    inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw tooLarge(`mục "${entry.name}" khai sai kích thước`, `entry "${entry.name}" misstates its size`);
    }
    // A damaged stream: leave it to the workbook reader's own error.
  }
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) === EOCD) return at;
  }
  throw new Error('end of central directory not found');
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('size out of range');
  return Number(value);
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

function tooLarge(vi: string, en: string): DomainError {
  return new DomainError('ARCHIVE_TOO_LARGE', { detail: { vi: `tệp nén ${vi}`, en: `the archive ${en}` } });
}

/**
 * Guards a workbook upload before the spreadsheet library inflates it: throws ARCHIVE_TOO_LARGE for a zip
 * bomb; false when the bytes are no readable ZIP at all (the caller answers "not an .xlsx").
 */
export function isSafeWorkbookZip(buffer: Buffer, limits: ZipLimits = WORKBOOK_ZIP_LIMITS): boolean {
  if (!looksLikeZip(buffer)) return false;
  try {
    inspectZip(buffer, limits);
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'ARCHIVE_TOO_LARGE') throw error;
    return false;
  }
}
