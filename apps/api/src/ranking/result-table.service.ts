import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UnitResultV1 } from '@par/scoring';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { fontDir } from '../common/pdf/font-dir';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { Period, periodNotFound } from '../period/period.entity';
import { rankingGroupsOf } from './ranking-group.service';
import { PublicationService, type YearChange } from './publication.service';

/** One row of the official table (bảng kết quả), as provinces publish it. */
interface TableRow {
  stt: number;
  code: string;
  name: string;
  areas: (number | null)[];
  self: number | null;
  appraised: number | null;
  survey: number | null;
  points: number;
  index: number | null;
  rank: number | null;
  bandLabel: string | null;
  change: YearChange | null;
}

interface Table {
  period: Period;
  decision: { decisionNo: string; decisionDate: string; signer: string | null } | null;
  areas: { code: string; title: string; maxPoints: number }[];
  groups: { code: string; name: string; rows: TableRow[] }[];
}

/** A worksheet name: at most 31 characters, none of \ / ? * [ ] : */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

const changeText = (change: YearChange | null): string => {
  if (!change) return '';
  const merged = `Sáp nhập từ ${change.from.map((f) => f.code).join(', ')}`;
  if (change.indexChange === null) return merged;
  const sign = change.indexChange > 0 ? '+' : '';
  // A merged unit: against its predecessors' mean index, no rank change.
  if (change.basis === 'predecessors_mean')
    return `${sign}${change.indexChange} so với bình quân (${merged})`;
  const arrow =
    change.rankChange === null || change.rankChange === 0 ? '=' : change.rankChange > 0 ? '↑' : '↓';
  return `${sign}${change.indexChange} (${arrow}${change.rankChange ? Math.abs(change.rankChange) : ''})`;
};

/** The official results tables of a period (.xlsx per ranking group, CSV, PDF with a ranking chart). */
@Injectable()
export class ResultTableService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly publication: PublicationService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private async table(periodId: string): Promise<Table> {
    const manager = this.dataSource.manager;
    const period = await manager.findOneBy(Period, { id: periodId });
    if (!period) throw periodNotFound();
    if (!period.results) throw new DomainError('RESULTS_NOT_COMPUTED');
    const published = await this.publication.latest(periodId);
    const link = await manager.query<{ criteria_set_id: string }[]>(
      `SELECT criteria_set_id FROM period_criteria_set WHERE period_id = $1 ORDER BY criteria_set_id LIMIT 1`,
      [periodId],
    );
    const set = await this.sets.get(link[0].criteria_set_id, manager);
    const labels = new Map(set.bands.map((b) => [b.code, b.label]));
    const areas = set.nodes.map((n) => ({ code: n.code, title: n.title, maxPoints: n.maxMilli / 1000 }));
    const sums = await manager.query<
      { code: string; name: string; self: string | null; appraised: string | null; survey: string | null }[]
    >(
      `SELECT u.code, u.name, sum(i.self_points_milli) AS self,
              sum(COALESCE(i.r2_points_milli, i.r1_points_milli)) AS appraised, sum(i.survey_points_milli) AS survey
         FROM assessment a JOIN unit u ON u.id = a.unit_id
         LEFT JOIN assessment_item i ON i.assessment_id = a.id
        WHERE a.period_id = $1 GROUP BY u.code, u.name`,
      [periodId],
    );
    const byCode = new Map(sums.map((row) => [row.code, row]));
    const milli = (value: string | null | undefined) => (value == null ? null : Number(value) / 1000);
    const changes = await this.publication.yearChanges(manager, period, period.results.units);
    const ranking = await rankingGroupsOf(manager, periodId);
    const order = ranking.groups.map((g) => g.code);
    const groupOf = new Map(ranking.groups.map((g) => [g.code, g]));
    const groups = new Map<string, UnitResultV1[]>();
    for (const unit of [...period.results.units].sort(
      (a, b) => (order.indexOf(a.group) + 1 || 1e9) - (order.indexOf(b.group) + 1 || 1e9),
    ))
      groups.set(unit.group, [...(groups.get(unit.group) ?? []), unit]);
    const labelOf = (unit: UnitResultV1) => {
      if (!unit.band) return null;
      const own = groupOf.get(unit.group)?.bands;
      return (own ? own.find((b) => b.code === unit.band)?.label : labels.get(unit.band)) ?? unit.band;
    };
    return {
      period,
      decision: published
        ? { decisionNo: published.decisionNo, decisionDate: published.decisionDate, signer: published.signer }
        : null,
      areas,
      groups: [...groups].map(([code, units]) => ({
        code,
        name: groupOf.get(code)?.name ?? code,
        rows: [...units]
          .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.code.localeCompare(b.code))
          .map((unit, i) => ({
            stt: i + 1,
            code: unit.code,
            name: byCode.get(unit.code)?.name ?? unit.code,
            areas: areas.map((area) => unit.nodes[area.code]?.points ?? null),
            self: milli(byCode.get(unit.code)?.self),
            appraised: milli(byCode.get(unit.code)?.appraised),
            survey: milli(byCode.get(unit.code)?.survey),
            points: unit.points,
            index: unit.index,
            rank: unit.rank,
            bandLabel: labelOf(unit),
            change: changes.get(unit.code) ?? null,
          })),
      })),
    };
  }

  private header(table: Table): string[] {
    return [
      'STT',
      'Mã',
      'Tên đơn vị',
      ...table.areas.map((a) => `${a.code}. ${a.title} (${a.maxPoints})`),
      'Điểm tự chấm',
      'Điểm thẩm định',
      'Điểm điều tra XHH',
      'Tổng điểm',
      'Chỉ số %',
      'Xếp hạng',
      'Xếp loại',
      'So với năm trước',
    ];
  }

  private cells(row: TableRow): (string | number | null)[] {
    return [
      row.stt,
      row.code,
      row.name,
      ...row.areas,
      row.self,
      row.appraised,
      row.survey,
      row.points,
      row.index,
      row.rank,
      row.bandLabel,
      changeText(row.change),
    ];
  }

  /** One sheet per ranking group, the provinces' layout. */
  async xlsx(periodId: string): Promise<Buffer> {
    const table = await this.table(periodId);
    const book = new ExcelJS.Workbook();
    book.creator = 'PAR Index';
    const header = this.header(table);
    for (const group of table.groups) {
      const sheet = book.addWorksheet(sheetName(group.name), { views: [{ state: 'frozen', ySplit: 4 }] });
      sheet.getCell('A1').value =
        `KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${table.period.year} — ${group.name.toLocaleUpperCase('vi')}`;
      sheet.getCell('A1').font = { bold: true, size: 13 };
      sheet.getCell('A2').value = table.decision
        ? `Kèm theo Quyết định số ${table.decision.decisionNo} ngày ${table.decision.decisionDate}`
        : `${table.period.name} — chưa công bố`;
      const head = sheet.getRow(4);
      head.values = header;
      head.font = { bold: true };
      head.alignment = { wrapText: true, vertical: 'middle' };
      for (const row of group.rows) sheet.addRow(this.cells(row));
      sheet.columns.forEach((column, i) => (column.width = i === 2 ? 40 : i === header.length - 1 ? 22 : 12));
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** Every group in one CSV (UTF-8 with BOM, so Excel reads the diacritics), a `Nhóm` column first. */
  async csv(periodId: string): Promise<string> {
    const table = await this.table(periodId);
    const quote = (value: string | number | null) => {
      const text = value === null ? '' : String(value);
      return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const lines = [['Nhóm', ...this.header(table)].map(quote).join(',')];
    for (const group of table.groups)
      for (const row of group.rows) lines.push([group.name, ...this.cells(row)].map(quote).join(','));
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  /** The publication's PDF: decision header, each group's table and a ranking bar chart drawn in the PDF. */
  async pdf(periodId: string): Promise<Buffer> {
    const table = await this.table(periodId);
    const fonts = fontDir();
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margins: { top: 40, bottom: 40, left: 40, right: 40 },
      info: { Title: `Kết quả Chỉ số CCHC năm ${table.period.year}`, Author: 'PAR Index' },
    });
    doc.registerFont('body', join(fonts, 'DejaVuSans.ttf'));
    doc.registerFont('bold', join(fonts, 'DejaVuSans-Bold.ttf'));
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    const width = doc.page.width - 80;

    doc.font('bold').fontSize(14).text(`KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${table.period.year}`, {
      align: 'center',
    });
    doc
      .font('body')
      .fontSize(10)
      .text(
        table.decision
          ? `(Kèm theo Quyết định số ${table.decision.decisionNo} ngày ${table.decision.decisionDate}${table.decision.signer ? ` — người ký: ${table.decision.signer}` : ''})`
          : `${table.period.name} — bản chưa công bố`,
        { align: 'center' },
      );
    const columns = [
      { title: 'STT', width: 30, get: (r: TableRow) => String(r.stt) },
      { title: 'Tên đơn vị', width: 220, get: (r: TableRow) => r.name },
      { title: 'Tự chấm', width: 60, get: (r: TableRow) => (r.self === null ? '' : String(r.self)) },
      {
        title: 'Thẩm định',
        width: 60,
        get: (r: TableRow) => (r.appraised === null ? '' : String(r.appraised)),
      },
      { title: 'Điều tra XHH', width: 60, get: (r: TableRow) => (r.survey === null ? '' : String(r.survey)) },
      { title: 'Tổng điểm', width: 60, get: (r: TableRow) => String(r.points) },
      { title: 'Chỉ số %', width: 55, get: (r: TableRow) => (r.index === null ? '' : String(r.index)) },
      { title: 'Xếp hạng', width: 50, get: (r: TableRow) => (r.rank === null ? '' : String(r.rank)) },
      { title: 'Xếp loại', width: 70, get: (r: TableRow) => r.bandLabel ?? '' },
      { title: 'So với năm trước', width: 95, get: (r: TableRow) => changeText(r.change) },
    ];
    const line = (cells: string[], bold: boolean) => {
      if (doc.y > doc.page.height - 60) doc.addPage();
      const top = doc.y;
      let x = 40;
      doc.font(bold ? 'bold' : 'body').fontSize(8);
      cells.forEach((cell, i) => {
        doc.text(cell, x, top, { width: columns[i].width - 4, lineBreak: false, ellipsis: true });
        x += columns[i].width;
      });
      doc.y = top + 13;
      doc.x = 40;
    };
    for (const group of table.groups) {
      doc.moveDown().font('bold').fontSize(11).text(group.name, 40);
      doc.moveDown(0.3);
      line(
        columns.map((c) => c.title),
        true,
      );
      for (const row of group.rows)
        line(
          columns.map((c) => c.get(row)),
          false,
        );
      // The ranking chart: one bar per unit, its index as length, drawn with PDF paths.
      const bars = group.rows.filter((row) => row.index !== null).slice(0, 40);
      const needed = 30 + bars.length * 12;
      if (doc.y + needed > doc.page.height - 40) doc.addPage();
      doc.moveDown().font('bold').fontSize(10).text(`Biểu đồ xếp hạng — ${group.name}`, 40);
      let y = doc.y + 4;
      const labelWidth = 220;
      const barWidth = width - labelWidth - 50;
      for (const row of bars) {
        doc
          .font('body')
          .fontSize(7)
          .text(`${row.rank ?? ''}. ${row.name}`, 40, y, {
            width: labelWidth - 6,
            lineBreak: false,
            ellipsis: true,
          });
        doc
          .rect(40 + labelWidth, y, (barWidth * (row.index ?? 0)) / 100, 8)
          .fill('#1f6feb')
          .fillColor('black');
        doc.text(String(row.index), 40 + labelWidth + (barWidth * (row.index ?? 0)) / 100 + 4, y, {
          lineBreak: false,
        });
        y += 12;
      }
      doc.y = y + 6;
      doc.x = 40;
    }
    doc.end();
    return done;
  }
}
