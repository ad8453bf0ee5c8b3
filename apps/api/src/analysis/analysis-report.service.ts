import { Injectable } from '@nestjs/common';
import { fromCenti, fromMilli, lostPoints, strengthsAndWeaknesses, type CriteriaSet } from '@par/scoring';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { fontDir } from '../common/pdf/font-dir';
import { AnalysisInputLoader } from './analysis-input.loader';
import { AnalysisService } from './analysis.service';
import { STATUS_TEXT, vnDate } from './remediation-report';
import { RemediationService } from './remediation.service';

interface AreaSection {
  title: string;
  leaves: { code: string; title: string; agency: string; lost: number; units: number }[];
}

/**
 * The annual analysis report the standing agency signs (*báo cáo phân tích kết quả Chỉ số CCHC*): lost
 * points per responsible agency; per area, the sub-criteria below their maximum with the agency and the
 * points lost; each unit's strengths and weaknesses; the remediation tasks. A PDF in Vietnamese.
 */
@Injectable()
export class AnalysisReportService {
  constructor(
    private readonly loader: AnalysisInputLoader,
    private readonly analysis: AnalysisService,
    private readonly remediation: RemediationService,
  ) {}

  async pdf(periodId: string): Promise<Buffer> {
    const input = await this.loader.load(periodId);
    const agencies = await this.analysis.lostPoints(periodId, 'agency');
    const tasks = await this.remediation.list(periodId, {});
    const name = (agency: string | null) =>
      agency === null ? 'Chưa xác định cơ quan' : (input.names.get(agency) ?? agency);
    const areas: AreaSection[] = [];
    const units: { name: string; strengths: string; weaknesses: string }[] = [];
    let penaltyMilli = 0;
    for (const entry of input.sets) {
      const report = lostPoints(entry.set, entry.units);
      penaltyMilli += report.penalty.lostMilli;
      const byArea = new Map<string, AreaSection>();
      for (const area of entry.set.nodes)
        byArea.set(area.code, {
          title: `${input.sets.length > 1 ? `[${entry.set.code}] ` : ''}${area.code}. ${area.title}`,
          leaves: [],
        });
      for (const row of report.leaves) {
        if (row.lostMilli <= 0) continue;
        byArea.get(areaOf(entry.set, row.code))?.leaves.push({
          code: row.code,
          title: row.title,
          agency: name(row.responsibleAgency ?? null),
          lost: fromMilli(row.lostMilli),
          units: row.unitsLosing,
        });
      }
      areas.push(...[...byArea.values()].filter((area) => area.leaves.length > 0));
      for (const unit of strengthsAndWeaknesses(entry.set, entry.units, { top: 3 })) {
        const list = (items: readonly { code: string; title: string; gapCenti: number }[]) =>
          items
            .map((s) => `${s.code}. ${s.title} (${s.gapCenti > 0 ? '+' : ''}${fromCenti(s.gapCenti)})`)
            .join('; ');
        units.push({
          name: input.names.get(unit.code) ?? unit.code,
          strengths: list(unit.strengths) || '—',
          weaknesses: list(unit.weaknesses) || '—',
        });
      }
    }

    const fonts = fontDir();
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 50, bottom: 50, left: 55, right: 45 },
      info: { Title: `Báo cáo phân tích Chỉ số CCHC năm ${input.period.year}`, Author: 'PAR Index' },
    });
    doc.registerFont('body', join(fonts, 'DejaVuSans.ttf'));
    doc.registerFont('bold', join(fonts, 'DejaVuSans-Bold.ttf'));
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    const left = 55;
    const width = doc.page.width - 100;
    const heading = (text: string) =>
      doc.moveDown(0.8).font('bold').fontSize(11).text(text, left, doc.y, { width });
    const para = (text: string) => doc.font('body').fontSize(9.5).text(text, left, doc.y, { width });
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

    doc
      .font('bold')
      .fontSize(13)
      .text('BÁO CÁO PHÂN TÍCH', { align: 'center' })
      .text(`KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${input.period.year}`, { align: 'center' });
    doc
      .font('body')
      .fontSize(10)
      .text(
        input.period.decisionNo
          ? `${input.period.name} — kết quả công bố theo Quyết định số ${input.period.decisionNo}${input.period.decisionDate ? ` ngày ${vnDate(input.period.decisionDate)}` : ''}`
          : input.period.name,
        { align: 'center' },
      );
    if (input.stale) para('Lưu ý: số liệu đã thay đổi sau lần tính điểm gần nhất.');

    heading('I. ĐIỂM BỊ MẤT THEO CƠ QUAN CHỊU TRÁCH NHIỆM');
    table(
      [
        { title: 'Cơ quan chịu trách nhiệm', width: 230 },
        { title: 'Điểm bị mất', width: 80 },
        { title: 'Tổng điểm tối đa', width: 90 },
        { title: 'Số đơn vị', width: 90 },
      ],
      agencies.rows.map((row) => [
        row.level === 'penalty' ? 'Điểm trừ' : name(row.key),
        String(row.lostPoints),
        row.level === 'penalty' ? '—' : String(row.maxPoints),
        String(row.units),
      ]),
    );

    heading('II. CÁC TIÊU CHÍ THÀNH PHẦN CHƯA ĐẠT ĐIỂM TỐI ĐA, THEO LĨNH VỰC');
    if (areas.length === 0) para('Không có tiêu chí thành phần nào bị mất điểm.');
    for (const area of areas) {
      doc.moveDown(0.4).font('bold').fontSize(9.5).text(area.title, left, doc.y, { width });
      table(
        [
          { title: 'Mã', width: 45 },
          { title: 'Tiêu chí thành phần', width: 215 },
          { title: 'Cơ quan chịu trách nhiệm', width: 130 },
          { title: 'Điểm bị mất', width: 55 },
          { title: 'Số đơn vị', width: 50 },
        ],
        area.leaves.map((leaf) => [
          leaf.code,
          leaf.title,
          leaf.agency,
          String(leaf.lost),
          String(leaf.units),
        ]),
      );
    }
    if (penaltyMilli > 0) para(`Điểm trừ của các đơn vị: ${fromMilli(penaltyMilli)} điểm.`);

    heading('III. ĐIỂM MẠNH, ĐIỂM YẾU CỦA CÁC ĐƠN VỊ (SO VỚI TRUNG VỊ CỦA NHÓM)');
    table(
      [
        { title: 'Đơn vị', width: 130 },
        { title: 'Điểm mạnh', width: 182 },
        { title: 'Điểm yếu', width: 183 },
      ],
      units.map((unit) => [unit.name, unit.strengths, unit.weaknesses]),
    );

    heading('IV. NHIỆM VỤ KHẮC PHỤC');
    if (tasks.length === 0) para('Chưa giao nhiệm vụ khắc phục.');
    else
      table(
        [
          { title: 'Nhiệm vụ', width: 210 },
          { title: 'Cơ quan chủ trì', width: 120 },
          { title: 'Hạn', width: 65 },
          { title: 'Trạng thái', width: 100 },
        ],
        tasks.map((task) => [
          task.title,
          task.ownerName ?? task.ownerAgency,
          vnDate(task.dueDate),
          `${STATUS_TEXT[task.status]}${task.overdue ? ' (quá hạn)' : ''}`,
        ]),
      );

    if (doc.y > doc.page.height - 150) doc.addPage();
    doc.moveDown(2);
    const signX = left + width / 2;
    doc
      .font('bold')
      .fontSize(10)
      .text('CƠ QUAN THƯỜNG TRỰC', signX, doc.y, { width: width / 2, align: 'center' })
      .text('CẢI CÁCH HÀNH CHÍNH', signX, doc.y, { width: width / 2, align: 'center' });
    doc
      .font('body')
      .fontSize(9)
      .text('(Ký, ghi rõ họ tên, đóng dấu)', signX, doc.y, { width: width / 2, align: 'center' });
    doc.end();
    return done;
  }
}

/** The top-level ancestor (area) of a node. */
function areaOf(set: CriteriaSet, code: string): string {
  let node = set.nodesByCode.get(code);
  while (node?.parentCode) node = set.nodesByCode.get(node.parentCode);
  return node?.code ?? code;
}
