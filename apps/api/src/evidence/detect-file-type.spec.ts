import { detectFileType, extensionOf, sanitizeFileName } from './detect-file-type';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);

describe('detectFileType', () => {
  it.each([
    ['PDF', text('%PDF-1.7\n'), 'application/pdf'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['GIF', text('GIF89a...'), 'image/gif'],
    ['WebP', text('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'image/webp'],
    ['TIFF', bytes(0x49, 0x49, 0x2a, 0x00), 'image/tiff'],
    ['OLE2', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'application/x-ole-storage'],
    [
      'DOCX',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...text('....word/document.xml')]),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'XLSX',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...text('....xl/workbook.xml')]),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...text('....readme.txt')]), 'application/zip'],
  ])('recognises %s', (_name, head, mime) => {
    expect(detectFileType(head)?.mime).toBe(mime);
  });

  it.each([
    ['an ELF executable', bytes(0x7f, 0x45, 0x4c, 0x46)],
    ['a Windows executable', text('MZ\u0090\u0000')],
    ['HTML', text('<!doctype html><script>')],
    ['a shell script', text('#!/bin/sh\nrm -rf /')],
    ['plain text', text('hello')],
    ['an empty file', bytes()],
    ['half a PDF signature', text('%PD')],
  ])('refuses %s', (_name, head) => {
    expect(detectFileType(head)).toBeNull();
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system32\\cmd.exe', 'cmd.exe'],
    ['/abs/path/Kế hoạch CCHC.pdf', 'Kế hoạch CCHC.pdf'],
    ['a\u0000b\u001fc.pdf', 'abc.pdf'],
    ['what?<is>|this*.pdf', 'what__is__this_.pdf'],
    ['...hidden.pdf', 'hidden.pdf'],
    ['', 'tai-lieu'],
    ['../', 'tai-lieu'],
    ['Ke\u0302\u0301 hoa\u0323ch.pdf', 'Kế hoạch.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('keeps the end of a long name (its extension)', () => {
    const long = `${'x'.repeat(300)}.pdf`;
    expect(sanitizeFileName(long)).toHaveLength(200);
    expect(extensionOf(sanitizeFileName(long))).toBe('pdf');
  });
});
