/** Small real files for upload tests (content that the magic-byte check recognises, or refuses). */
export function pdfBytes(text = 'Kế hoạch CCHC'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'utf8',
  );
}

export function pngBytes(): Buffer {
  return Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
}

export function exeBytes(): Buffer {
  return Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
}
