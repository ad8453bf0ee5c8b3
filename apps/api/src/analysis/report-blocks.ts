import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { fontDir } from '../common/pdf/font-dir';
import { writeZip } from '../common/zip/zip-writer';

/** A document as a list of blocks, rendered to PDF (pdfkit, DejaVu) or .docx (WordprocessingML, no dependency). */
export type ReportBlock =
  | { kind: 'title'; lines: string[]; subtitle: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'para'; text: string }
  /** Widths in PDF points (an A4 text width is about 495). */
  | { kind: 'table'; columns: { title: string; width: number }[]; rows: string[][] }
  | { kind: 'signature'; lines: string[]; note: string };

export function renderPdf(title: string, blocks: readonly ReportBlock[]): Promise<Buffer> {
  const fonts = fontDir();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 50, left: 55, right: 45 },
    info: { Title: title, Author: 'PAR Index' },
  });
  doc.registerFont('body', join(fonts, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fonts, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const left = 55;
  const width = doc.page.width - 100;
  const table = (columns: { title: string; width: number }[], rows: string[][]) => {
    const line = (cells: string[], bold: boolean) => {
      doc.font(bold ? 'bold' : 'body').fontSize(8.5);
      const height =
        Math.max(12, ...cells.map((c, i) => doc.heightOfString(c, { width: columns[i].width - 4 }))) + 3;
      if (doc.y + height > doc.page.height - 50) doc.addPage();
      const top = doc.y;
      let x = left;
      cells.forEach((cell, i) => {
        doc.text(cell, x, top, { width: columns[i].width - 4 });
        x += columns[i].width;
      });
      doc.y = top + height;
    };
    line(
      columns.map((c) => c.title),
      true,
    );
    rows.forEach((row) => line(row, false));
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        doc.font('bold').fontSize(13);
        for (const text of block.lines) doc.text(text, { align: 'center' });
        doc.font('body').fontSize(10).text(block.subtitle, { align: 'center' });
        break;
      case 'heading':
        doc.moveDown(0.8).font('bold').fontSize(11).text(block.text, left, doc.y, { width });
        break;
      case 'subheading':
        doc.moveDown(0.4).font('bold').fontSize(9.5).text(block.text, left, doc.y, { width });
        break;
      case 'para':
        doc.font('body').fontSize(9.5).text(block.text, left, doc.y, { width });
        break;
      case 'table':
        table(block.columns, block.rows);
        break;
      case 'signature': {
        if (doc.y > doc.page.height - 150) doc.addPage();
        doc.moveDown(2);
        const signX = left + width / 2;
        doc.font('bold').fontSize(10);
        for (const text of block.lines) doc.text(text, signX, doc.y, { width: width / 2, align: 'center' });
        doc
          .font('body')
          .fontSize(9)
          .text(block.note, signX, doc.y, { width: width / 2, align: 'center' });
        break;
      }
    }
  }
  doc.end();
  return done;
}

/** XML text: the five entities escaped, characters XML 1.0 forbids dropped. */
function xml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

const FONT = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>';

/** One paragraph: text (line breaks kept), bold, size in half-points, alignment, space before (twips). */
function paragraph(
  text: string,
  {
    bold = false,
    size = 26,
    align,
    before = 0,
    indent = 0,
  }: {
    bold?: boolean;
    size?: number;
    align?: 'center' | 'both';
    before?: number;
    indent?: number;
  } = {},
): string {
  const props = [
    align ? `<w:jc w:val="${align}"/>` : '',
    `<w:spacing w:before="${before}" w:after="60"/>`,
    indent ? `<w:ind w:left="${indent}"/>` : '',
  ].join('');
  const run = `<w:rPr>${FONT}${bold ? '<w:b/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  return `<w:p><w:pPr>${props}</w:pPr><w:r>${run}<w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;
}

function docxTable(columns: { title: string; width: number }[], rows: string[][]): string {
  const twips = columns.map((c) => Math.round(c.width * 20));
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const cell = (text: string, i: number, bold: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${twips[i]}" w:type="dxa"/></w:tcPr>${paragraph(text, { bold, size: 22 })}</w:tc>`;
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${columns.map((c, i) => cell(c.title, i, true)).join('')}</w:tr>`;
  const body = rows.map(
    (row) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((c, i) => cell(c, i, false)).join('')}</w:tr>`,
  );
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${twips.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${twips.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    header +
    body.join('') +
    '</w:tbl>' +
    paragraph('', { size: 8 })
  );
}

/**
 * The same blocks as a Word document (Office Open XML, A4, Times New Roman as Vietnamese official documents
 * use): the standing agency can edit it before signing. Written by hand — three parts in a ZIP.
 */
export function renderDocx(title: string, blocks: readonly ReportBlock[]): Buffer {
  const body = blocks
    .map((block) => {
      switch (block.kind) {
        case 'title':
          return (
            block.lines.map((text) => paragraph(text, { bold: true, size: 28, align: 'center' })).join('') +
            paragraph(block.subtitle, { align: 'center', size: 26 })
          );
        case 'heading':
          return paragraph(block.text, { bold: true, size: 26, before: 240 });
        case 'subheading':
          return paragraph(block.text, { bold: true, size: 24, before: 120 });
        case 'para':
          return paragraph(block.text, { align: 'both' });
        case 'table':
          return docxTable(block.columns, block.rows);
        case 'signature':
          return (
            block.lines
              .map((text, i) =>
                paragraph(text, { bold: true, align: 'center', indent: 4800, before: i ? 0 : 480 }),
              )
              .join('') + paragraph(block.note, { align: 'center', indent: 4800, size: 24 })
          );
      }
    })
    .join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>' +
    '</w:sectPr></w:body></w:document>';
  const types =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '</Relationships>';
  const core =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${xml(title)}</dc:title><dc:creator>PAR Index</dc:creator><dc:language>vi-VN</dc:language>` +
    '</cp:coreProperties>';
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(types, 'utf8') },
    { name: '_rels/.rels', data: Buffer.from(rels, 'utf8') },
    { name: 'docProps/core.xml', data: Buffer.from(core, 'utf8') },
    { name: 'word/document.xml', data: Buffer.from(document, 'utf8') },
  ]);
}
