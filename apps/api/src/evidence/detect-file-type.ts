/** A file type accepted as evidence, recognised from its first bytes (magic numbers), never from its name. */
export interface DetectedType {
  mime: string;
  /** Extensions a file of this content may carry (lower case, without dot). */
  extensions: readonly string[];
  label: string;
}

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);

const ascii = (head: Uint8Array, text: string, offset = 0) =>
  startsWith(
    head,
    [...text].map((c) => c.charCodeAt(0)),
    offset,
  );

const ZIP_OFFICE = ['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'zip'];

/**
 * PDF, Office (OOXML and OpenDocument are ZIP containers; legacy .doc/.xls/.ppt are OLE2), images (PNG,
 * JPEG, GIF, WebP, TIFF) and ZIP. Anything else (executables, scripts, HTML…) is null: not accepted.
 */
export function detectFileType(head: Uint8Array): DetectedType | null {
  if (ascii(head, '%PDF-')) return { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF' };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    return { mime: zipMime(head), extensions: ZIP_OFFICE, label: 'ZIP/Office' };
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { mime: 'application/x-ole-storage', extensions: ['doc', 'xls', 'ppt'], label: 'Office 97–2003' };
  }
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: 'image/png', extensions: ['png'], label: 'PNG' };
  if (startsWith(head, [0xff, 0xd8, 0xff]))
    return { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' };
  if (ascii(head, 'GIF87a') || ascii(head, 'GIF89a'))
    return { mime: 'image/gif', extensions: ['gif'], label: 'GIF' };
  if (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8))
    return { mime: 'image/webp', extensions: ['webp'], label: 'WebP' };
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { mime: 'image/tiff', extensions: ['tif', 'tiff'], label: 'TIFF' };
  }
  return null;
}

/** The OOXML / OpenDocument flavour when the first entry tells it, else plain ZIP. */
function zipMime(head: Uint8Array): string {
  const text = new TextDecoder('latin1').decode(head.subarray(0, Math.min(head.length, 4096)));
  if (text.includes('mimetypeapplication/vnd.oasis.opendocument.text'))
    return 'application/vnd.oasis.opendocument.text';
  if (text.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))
    return 'application/vnd.oasis.opendocument.spreadsheet';
  if (text.includes('word/'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (text.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (text.includes('ppt/'))
    return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  return 'application/zip';
}

/** A file name safe to store and to send back: no path, no control or reserved characters, NFC, ≤ 200 chars. */
export function sanitizeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // Control characters, and the bidi overrides/isolates and invisible marks that make "gpj.exe" look like
    // "exe.jpg" (U+202E) when the name is shown back.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  const clipped = cleaned.length > 200 ? cleaned.slice(cleaned.length - 200) : cleaned;
  return clipped || 'tai-lieu';
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Extensions of Office files that carry macros by design. */
export const MACRO_EXTENSIONS = new Set([
  'docm',
  'dotm',
  'xlsm',
  'xltm',
  'xlsb',
  'xlam',
  'pptm',
  'potm',
  'ppsm',
  'ppam',
]);

/**
 * Why a ZIP container may carry macros or anything else unvetted, from its entry names (central directory):
 * a VBA project (OOXML `vbaProject.bin`), OpenDocument Basic/Scripts, or a plain ZIP (not an Office file).
 * Null when it is an ordinary OOXML / OpenDocument document.
 */
export function zipMacroRisk(names: readonly string[]): { vi: string; en: string } | null {
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name) || /(^|\/)vbaData\.xml$/i.test(name))) {
    return { vi: 'tệp Office có macro VBA', en: 'an Office file with a VBA macro project' };
  }
  if (names.some((name) => /^(Basic|Scripts)\//.test(name))) {
    return { vi: 'tệp OpenDocument có macro', en: 'an OpenDocument file with macros' };
  }
  const office = names.includes('[Content_Types].xml') && names.some((name) => /^(word|xl|ppt)\//.test(name));
  const openDocument = names.includes('mimetype') && names.includes('content.xml');
  if (!office && !openDocument) {
    return {
      vi: 'tệp nén ZIP (có thể chứa bất cứ thứ gì)',
      en: 'a plain ZIP archive (it may hold anything)',
    };
  }
  return null;
}
