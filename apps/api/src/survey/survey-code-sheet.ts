import PDFDocument from 'pdfkit';
import { create as createQr } from 'qrcode';
import { join } from 'node:path';
import { fontDir } from '../common/pdf/font-dir';

export interface CodeSheet {
  periodName: string;
  unitName: string;
  groupName: string;
  /** `https://host[:port]`: each QR code points to `<origin>/s/<code>`. */
  origin: string;
  codes: readonly string[];
}

const PAGE = { width: 595.28, height: 841.89, margin: 28 };
const COLUMNS = 2;
const ROWS = 5;

/** `K7M2QX9PWD4T` → `K7M2 QX9P WD4T`, easier to read aloud and type (spaces are ignored on input). */
export function groupedCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Draws a QR code as vector squares (sharp at any print size), runs of dark modules merged per row. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  for (let row = 0; row < modules.size; row++) {
    let run = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col) === 1;
      if (dark && run < 0) run = col;
      if (!dark && run >= 0) {
        doc.rect(x + (quiet + run) * cell, y + (quiet + row) * cell, (col - run) * cell + 0.05, cell + 0.05);
        run = -1;
      }
    }
  }
  doc.fill('#000000');
}

/**
 * The printable A4 sheet the post office hands out: ten cut-out cards per page, each with a QR code to
 * `<origin>/s/<code>`, the code in groups of four, the rated unit, the respondent group and how to answer.
 */
export function renderCodeSheet(sheet: CodeSheet): Promise<Buffer> {
  const fonts = fontDir();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    info: { Title: `Mã phiếu khảo sát — ${sheet.unitName}`, Author: 'PAR Index' },
    autoFirstPage: false,
  });
  doc.registerFont('body', join(fonts, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fonts, 'DejaVuSans-Bold.ttf'));
  doc.registerFont('mono', join(fonts, 'DejaVuSansMono-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const cardWidth = (PAGE.width - 2 * PAGE.margin) / COLUMNS;
  const cardHeight = (PAGE.height - 2 * PAGE.margin) / ROWS;
  const qrSize = 112;
  const host = sheet.origin.replace(/^https?:\/\//, '');
  sheet.codes.forEach((code, index) => {
    const slot = index % (COLUMNS * ROWS);
    if (slot === 0) doc.addPage();
    const x = PAGE.margin + (slot % COLUMNS) * cardWidth;
    const y = PAGE.margin + Math.floor(slot / COLUMNS) * cardHeight;
    doc
      .save()
      .lineWidth(0.5)
      .dash(3, { space: 3 })
      .strokeColor('#999999')
      .rect(x, y, cardWidth, cardHeight)
      .stroke()
      .restore();
    const url = `${sheet.origin}/s/${code}`;
    drawQr(doc, url, x + 6, y + (cardHeight - qrSize) / 2, qrSize);
    const textX = x + qrSize + 12;
    const textWidth = cardWidth - qrSize - 20;
    doc
      .fillColor('#000000')
      .font('bold')
      .fontSize(8.5)
      .text('PHIẾU KHẢO SÁT Ý KIẾN', textX, y + 10, { width: textWidth });
    doc.font('body').fontSize(7).text(sheet.periodName, { width: textWidth });
    doc
      .moveDown(0.3)
      .font('body')
      .fontSize(7.5)
      .text('Đơn vị được đánh giá:', { width: textWidth })
      .font('bold')
      .text(sheet.unitName, { width: textWidth });
    doc
      .font('body')
      .text('Nhóm đối tượng:', { width: textWidth })
      .font('bold')
      .text(sheet.groupName, { width: textWidth });
    doc.moveDown(0.3).font('body').fontSize(7).text('Mã phiếu:', { width: textWidth });
    doc.font('mono').fontSize(13).text(groupedCode(code), { width: textWidth, characterSpacing: 0.5 });
    doc
      .moveDown(0.2)
      .font('body')
      .fontSize(6.5)
      .text(
        `Quét mã QR hoặc vào ${host}/s rồi nhập mã phiếu. Mỗi mã chỉ dùng một lần. Câu trả lời không lưu mã phiếu: phiếu được giữ ẩn danh.`,
        { width: textWidth },
      );
  });
  if (sheet.codes.length === 0) doc.addPage();
  doc.end();
  return done;
}
