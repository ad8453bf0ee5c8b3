import ExcelJS from 'exceljs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { fontDir } from '../common/pdf/font-dir';
import type { RemediationStatus } from './remediation-task.entity';

/** A task as the progress report shows it (the state at the report's date). */
export interface ReportTask {
  title: string;
  sourceKey: string | null;
  criteriaSet: string | null;
  lostPoints: number | null;
  ownerAgency: string;
  ownerName: string | null;
  dueDate: string;
  status: RemediationStatus;
  progress: number;
  overdue: boolean;
  notes: { at: string; text: string }[];
}

export interface ProgressReport {
  periodName: string;
  year: number;
  asOf: string;
  tasks: ReportTask[];
}

export const STATUS_TEXT: Record<RemediationStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  cancelled: 'Hủy',
};

const COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Nhiệm vụ khắc phục', width: 50 },
  { header: 'Tiêu chí', width: 10 },
  { header: 'Điểm bị mất', width: 11 },
  { header: 'Cơ quan chủ trì', width: 28 },
  { header: 'Hạn hoàn thành', width: 14 },
  { header: 'Trạng thái', width: 16 },
  { header: 'Tiến độ %', width: 10 },
  { header: 'Quá hạn', width: 9 },
  { header: 'Ghi chú tiến độ gần nhất', width: 50 },
] as const;

/** Day-month-year as Vietnamese documents write it. */
export function vnDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

function cells(task: ReportTask, index: number): (string | number | null)[] {
  const lastNote = [...task.notes].reverse().find((note) => note.text.trim() !== '');
  return [
    index + 1,
    task.title,
    task.sourceKey ?? '',
    task.lostPoints,
    task.ownerName ? `${task.ownerName} (${task.ownerAgency})` : task.ownerAgency,
    vnDate(task.dueDate),
    STATUS_TEXT[task.status],
    task.progress,
    task.overdue ? 'Quá hạn' : '',
    lastNote ? `${vnDate(lastNote.at)}: ${lastNote.text}` : '',
  ];
}

function summary(report: ProgressReport): string {
  const done = report.tasks.filter((t) => t.status === 'done').length;
  const overdue = report.tasks.filter((t) => t.overdue).length;
  return `Tổng số ${report.tasks.length} nhiệm vụ: ${done} hoàn thành, ${overdue} quá hạn.`;
}

/** The progress report as one sheet: a title, the date, one row per task, a summary line. */
export async function progressWorkbook(report: ProgressReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'PAR Index';
  const sheet = book.addWorksheet('Tiến độ khắc phục', { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.getCell('A1').value =
    `BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KHẮC PHỤC — ${report.periodName.toUpperCase()}`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.mergeCells(2, 1, 2, COLUMNS.length);
  sheet.getCell('A2').value = `Tính đến ngày ${vnDate(report.asOf)}. ${summary(report)}`;
  const head = sheet.getRow(4);
  head.values = COLUMNS.map((c) => c.header);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  report.tasks.forEach((task, i) => {
    const row = sheet.addRow(cells(task, i));
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(4).numFmt = '0.###';
    if (task.overdue) row.getCell(9).font = { bold: true, color: { argb: 'FFC00000' } };
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same report as an A4 landscape PDF with the DejaVu fonts (Vietnamese diacritics intact). */
export function progressPdf(report: ProgressReport): Promise<Buffer> {
  const fonts = fontDir();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
    info: { Title: `Báo cáo tiến độ khắc phục — ${report.periodName}`, Author: 'PAR Index' },
  });
  doc.registerFont('body', join(fonts, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fonts, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('bold').fontSize(13).text('BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KHẮC PHỤC', { align: 'center' });
  doc
    .font('body')
    .fontSize(10)
    .text(`${report.periodName} — tính đến ngày ${vnDate(report.asOf)}`, { align: 'center' })
    .text(summary(report), { align: 'center' });
  doc.moveDown();
  const widths = [26, 210, 40, 45, 120, 60, 70, 40, 45, 130];
  const line = (values: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'body').fontSize(7.5);
    const heights = values.map((value, i) => doc.heightOfString(value, { width: widths[i] - 4 }));
    const height = Math.max(11, ...heights) + 3;
    if (doc.y + height > doc.page.height - 40) doc.addPage();
    const top = doc.y;
    let x = 40;
    values.forEach((value, i) => {
      doc.text(value, x, top, { width: widths[i] - 4 });
      x += widths[i];
    });
    doc.y = top + height;
    doc.x = 40;
  };
  line(
    COLUMNS.map((c) => c.header),
    true,
  );
  report.tasks.forEach((task, i) =>
    line(
      cells(task, i).map((v) => (v === null ? '' : String(v))),
      false,
    ),
  );
  doc.end();
  return done;
}
