import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatPoints, type UnitScore } from '@par/scoring';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal';
import { fontDir } from '../common/pdf/font-dir';
import { AssessmentContextLoader, type AssessmentContext } from './assessment-context.loader';
import { AssessmentReadRepository } from './assessment-read.repository';
import { scoreAssessment } from './assessment-totals';
import { describeInput } from './describe-input';

const formatted = (milli: number) => formatPoints(milli, { locale: 'vi', trimZeros: true });

interface Row {
  code: string;
  title: string;
  depth: number;
  leaf: boolean;
  maxMilli: number;
  selfMilli: number;
  currentMilli: number;
  input: string;
  evidence: string;
  note: string;
}

/** The unit's self-assessment as the official table (.xlsx) and as a PDF for the head's signature. */
@Injectable()
export class AssessmentExportService {
  constructor(
    private readonly contexts: AssessmentContextLoader,
    private readonly reads: AssessmentReadRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private async rows(
    periodId: string,
    unitCode: string,
    actor: Actor,
  ): Promise<{ context: AssessmentContext; rows: Row[]; self: UnitScore; current: UnitScore }> {
    const manager = this.dataSource.manager;
    const context = await this.contexts.load(manager, periodId, unitCode, actor);
    const items = await this.reads.items(manager, context.assessment.id);
    const evidence = await this.reads.evidenceOf(
      manager,
      items.map((item) => item.id),
    );
    const byLeaf = new Map(items.map((item) => [item.leafCode, item]));
    const self = scoreAssessment(context.set, unitCode, (item) => item.selfInput, items, 0, 0);
    const current = scoreAssessment(
      context.set,
      unitCode,
      (item) => item.finalInput,
      items,
      context.assessment.bonusMilli,
      context.assessment.penaltyMilli,
    );
    const rows = context.set.allNodes.map((node) => {
      const item = byLeaf.get(node.code);
      return {
        code: node.code,
        title: node.title,
        depth: node.depth,
        leaf: node.type === 'leaf',
        // The applicable max (not-applicable leaves removed), as compute counts it.
        maxMilli: self.nodes.get(node.code)?.maxMilli ?? node.maxMilli,
        selfMilli: self.nodes.get(node.code)?.pointsMilli ?? 0,
        currentMilli: current.nodes.get(node.code)?.pointsMilli ?? 0,
        input: describeInput(item?.selfInput ?? null),
        evidence: (evidence.get(item?.id ?? '') ?? []).map((file) => file.fileName).join('; '),
        note: item?.selfNote ?? '',
      };
    });
    return { context, rows, self, current };
  }

  async xlsx(periodId: string, unitCode: string, actor: Actor): Promise<Buffer> {
    const { context, rows, self, current } = await this.rows(periodId, unitCode, actor);
    const book = new ExcelJS.Workbook();
    book.creator = 'PAR Index';
    const sheet = book.addWorksheet('Tự đánh giá', { views: [{ state: 'frozen', ySplit: 4 }] });
    sheet.columns = [
      { key: 'code', width: 9 },
      { key: 'title', width: 60 },
      { key: 'max', width: 11 },
      { key: 'input', width: 22 },
      { key: 'self', width: 11 },
      { key: 'current', width: 12 },
      { key: 'evidence', width: 36 },
      { key: 'note', width: 36 },
    ];
    sheet.mergeCells('A1:H1');
    sheet.getCell('A1').value =
      `BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${context.period.year}`;
    sheet.getCell('A1').font = { bold: true, size: 13 };
    sheet.mergeCells('A2:H2');
    sheet.getCell('A2').value =
      `Đơn vị: ${context.unit.name} (${context.unit.code}) — ${context.period.name} — Bộ tiêu chí ${context.set.code}`;
    const header = sheet.getRow(4);
    header.values = [
      'STT',
      'Lĩnh vực / Tiêu chí / Tiêu chí thành phần',
      'Điểm tối đa',
      'Số liệu',
      'Điểm tự chấm',
      'Điểm thẩm định',
      'Tài liệu kiểm chứng',
      'Giải thích',
    ];
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    for (const node of rows) {
      const row = sheet.addRow({
        code: node.code,
        title: node.title,
        max: node.maxMilli / 1000,
        input: node.input,
        self: node.selfMilli / 1000,
        current: node.currentMilli / 1000,
        evidence: node.evidence,
        note: node.note,
      });
      row.alignment = { wrapText: true, vertical: 'top' };
      for (const key of ['max', 'self', 'current']) row.getCell(key).numFmt = '0.###';
      if (!node.leaf) row.font = { bold: node.depth === 1 };
      row.getCell('title').alignment = { wrapText: true, indent: node.depth - 1 };
    }
    const total = sheet.addRow({
      title: 'TỔNG ĐIỂM (kể cả điểm thưởng/trừ ở cột thẩm định)',
      max: self.maxMilli / 1000,
      self: self.pointsMilli / 1000,
      current: current.pointsMilli / 1000,
    });
    total.font = { bold: true };
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  async pdf(periodId: string, unitCode: string, actor: Actor): Promise<Buffer> {
    const { context, rows, self, current } = await this.rows(periodId, unitCode, actor);
    // Once appraised (returned, explained, final — or imported as final), the appraised points stand beside
    // the unit's own: a published period's PDF shows what the council decided, not only what the unit claimed.
    const appraised = ['returned', 'explained', 'final'].includes(context.assessment.status);
    const fonts = fontDir();
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 48, bottom: 48, left: 48, right: 48 },
      info: {
        Title: `Tự đánh giá ${context.unit.name}`,
        Author: 'PAR Index',
        // The signed report's reference, also machine-readable in the document's metadata.
        ...(context.assessment.reportNumber ? { Subject: context.assessment.reportNumber } : {}),
      },
    });
    doc.registerFont('body', join(fonts, 'DejaVuSans.ttf'));
    doc.registerFont('bold', join(fonts, 'DejaVuSans-Bold.ttf'));
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

    const { headName, reportNumber, reportDate } = context.assessment;
    doc.font('bold').fontSize(10).text(context.unit.name.toUpperCase(), { continued: false });
    doc
      .font('body')
      .fontSize(9.5)
      .text(`Số: ${reportNumber ?? '........../BC'}`, { continued: false });
    doc
      .moveDown(0.5)
      .font('bold')
      .fontSize(13)
      .text(`BÁO CÁO TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${context.period.year}`, {
        align: 'center',
      });
    doc
      .moveDown(0.3)
      .font('body')
      .fontSize(9)
      .text(`${context.period.name} — Bộ tiêu chí ${context.set.code}`, { align: 'center' });
    doc.moveDown();
    type Cells = { code: string; title: string; max: string; self: string; current?: string };
    const titleWidth = appraised ? 262 : 320;
    const x = appraised
      ? { code: 48, title: 96, max: 364, self: 424, current: 484 }
      : { code: 48, title: 100, max: 430, self: 490, current: 0 };
    const columns = (cells: Cells) => [
      { text: cells.code, x: x.code, width: 46, align: 'left' as const },
      { text: cells.title, x: x.title, width: titleWidth, align: 'left' as const },
      { text: cells.max, x: x.max, width: 55, align: 'right' as const },
      { text: cells.self, x: x.self, width: 55, align: 'right' as const },
      ...(appraised ? [{ text: cells.current ?? '', x: x.current, width: 60, align: 'right' as const }] : []),
    ];
    const line = (cells: Cells, bold: boolean) => {
      doc.font(bold ? 'bold' : 'body').fontSize(8.5);
      // The row is as tall as its tallest cell (a header like "Điểm tối đa" wraps in its narrow column), so the
      // next row never prints over it.
      const height = Math.max(
        11,
        ...columns(cells).map((cell) => doc.heightOfString(cell.text || ' ', { width: cell.width })),
      );
      if (doc.y + height > doc.page.height - 60) doc.addPage();
      const top = doc.y;
      for (const cell of columns(cells))
        doc.text(cell.text, cell.x, top, { width: cell.width, align: cell.align });
      doc.y = top + height + 3;
      doc.x = x.code;
    };
    line(
      {
        code: 'STT',
        title: 'Lĩnh vực / Tiêu chí / Tiêu chí thành phần',
        max: 'Điểm tối đa',
        self: 'Tự chấm',
        current: 'Thẩm định',
      },
      true,
    );
    for (const node of rows)
      line(
        {
          code: node.code,
          title: node.title,
          max: formatted(node.maxMilli),
          self: formatted(node.selfMilli),
          current: formatted(node.currentMilli),
        },
        !node.leaf && node.depth === 1,
      );
    line(
      {
        code: '',
        title: appraised ? 'TỔNG ĐIỂM (cột thẩm định kể cả điểm thưởng/trừ)' : 'TỔNG ĐIỂM TỰ ĐÁNH GIÁ',
        max: formatted(self.maxMilli),
        self: formatted(self.pointsMilli),
        current: formatted(current.pointsMilli),
      },
      true,
    );
    doc.moveDown(2);
    doc
      .font('body')
      .fontSize(9.5)
      .text(
        reportDate
          ? `......................, ngày ${reportDate.slice(8, 10)} tháng ${reportDate.slice(5, 7)} năm ${reportDate.slice(0, 4)}`
          : '......................, ngày ...... tháng ...... năm ..........',
        { align: 'right' },
      );
    doc.moveDown(0.5).font('bold').text('THỦ TRƯỞNG ĐƠN VỊ', { align: 'right' });
    doc.font('body').fontSize(8.5).text('(Ký, ghi rõ họ tên và đóng dấu)', { align: 'right' });
    if (headName) doc.moveDown(3).font('bold').fontSize(9.5).text(headName, { align: 'right' });
    doc.end();
    return done;
  }
}
