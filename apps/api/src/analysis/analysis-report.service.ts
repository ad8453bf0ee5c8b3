import { Injectable } from '@nestjs/common';
import { fromCenti, fromMilli, lostPoints, strengthsAndWeaknesses, type CriteriaSet } from '@par/scoring';
import { AnalysisInputLoader } from './analysis-input.loader';
import { AnalysisService } from './analysis.service';
import { renderDocx, renderPdf, type ReportBlock } from './report-blocks';
import { STATUS_TEXT, vnDate } from './remediation-report';
import { RemediationService } from './remediation.service';

interface AreaSection {
  title: string;
  leaves: { code: string; title: string; agency: string; lost: number; units: number }[];
}

/**
 * The annual analysis report the standing agency signs (*báo cáo phân tích kết quả Chỉ số CCHC*): lost
 * points per responsible agency; per area, the sub-criteria below their maximum with the agency and the
 * points lost; each unit's strengths and weaknesses; the remediation tasks. PDF or .docx, in Vietnamese.
 */
@Injectable()
export class AnalysisReportService {
  constructor(
    private readonly loader: AnalysisInputLoader,
    private readonly analysis: AnalysisService,
    private readonly remediation: RemediationService,
  ) {}

  async pdf(periodId: string): Promise<Buffer> {
    const { title, blocks } = await this.blocks(periodId);
    return renderPdf(title, blocks);
  }

  /** The same report as a Word document the standing agency can edit before signing. */
  async docx(periodId: string): Promise<Buffer> {
    const { title, blocks } = await this.blocks(periodId);
    return renderDocx(title, blocks);
  }

  private async blocks(periodId: string): Promise<{ title: string; blocks: ReportBlock[] }> {
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

    const blocks: ReportBlock[] = [
      {
        kind: 'title',
        lines: ['BÁO CÁO PHÂN TÍCH', `KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${input.period.year}`],
        subtitle: input.period.decisionNo
          ? `${input.period.name} — kết quả công bố theo Quyết định số ${input.period.decisionNo}${input.period.decisionDate ? ` ngày ${vnDate(input.period.decisionDate)}` : ''}`
          : input.period.name,
      },
    ];
    if (input.stale)
      blocks.push({ kind: 'para', text: 'Lưu ý: số liệu đã thay đổi sau lần tính điểm gần nhất.' });

    blocks.push(
      { kind: 'heading', text: 'I. ĐIỂM BỊ MẤT THEO CƠ QUAN CHỊU TRÁCH NHIỆM' },
      {
        kind: 'table',
        columns: [
          { title: 'Cơ quan chịu trách nhiệm', width: 230 },
          { title: 'Điểm bị mất', width: 80 },
          { title: 'Tổng điểm tối đa', width: 90 },
          { title: 'Số đơn vị', width: 90 },
        ],
        rows: agencies.rows.map((row) => [
          row.level === 'penalty' ? 'Điểm trừ' : name(row.key),
          String(row.lostPoints),
          row.level === 'penalty' ? '—' : String(row.maxPoints),
          String(row.units),
        ]),
      },
      { kind: 'heading', text: 'II. CÁC TIÊU CHÍ THÀNH PHẦN CHƯA ĐẠT ĐIỂM TỐI ĐA, THEO LĨNH VỰC' },
    );
    if (areas.length === 0)
      blocks.push({ kind: 'para', text: 'Không có tiêu chí thành phần nào bị mất điểm.' });
    for (const area of areas)
      blocks.push(
        { kind: 'subheading', text: area.title },
        {
          kind: 'table',
          columns: [
            { title: 'Mã', width: 45 },
            { title: 'Tiêu chí thành phần', width: 215 },
            { title: 'Cơ quan chịu trách nhiệm', width: 130 },
            { title: 'Điểm bị mất', width: 55 },
            { title: 'Số đơn vị', width: 50 },
          ],
          rows: area.leaves.map((leaf) => [
            leaf.code,
            leaf.title,
            leaf.agency,
            String(leaf.lost),
            String(leaf.units),
          ]),
        },
      );
    if (penaltyMilli > 0)
      blocks.push({ kind: 'para', text: `Điểm trừ của các đơn vị: ${fromMilli(penaltyMilli)} điểm.` });

    blocks.push(
      { kind: 'heading', text: 'III. ĐIỂM MẠNH, ĐIỂM YẾU CỦA CÁC ĐƠN VỊ (SO VỚI TRUNG VỊ CỦA NHÓM)' },
      {
        kind: 'table',
        columns: [
          { title: 'Đơn vị', width: 130 },
          { title: 'Điểm mạnh', width: 182 },
          { title: 'Điểm yếu', width: 183 },
        ],
        rows: units.map((unit) => [unit.name, unit.strengths, unit.weaknesses]),
      },
      { kind: 'heading', text: 'IV. NHIỆM VỤ KHẮC PHỤC' },
    );
    if (tasks.length === 0) blocks.push({ kind: 'para', text: 'Chưa giao nhiệm vụ khắc phục.' });
    else
      blocks.push({
        kind: 'table',
        columns: [
          { title: 'Nhiệm vụ', width: 210 },
          { title: 'Cơ quan chủ trì', width: 120 },
          { title: 'Hạn', width: 65 },
          { title: 'Trạng thái', width: 100 },
        ],
        rows: tasks.map((task) => [
          task.title,
          task.ownerName ?? task.ownerAgency,
          vnDate(task.dueDate),
          `${STATUS_TEXT[task.status]}${task.overdue ? ' (quá hạn)' : ''}`,
        ]),
      });
    blocks.push({
      kind: 'signature',
      lines: ['CƠ QUAN THƯỜNG TRỰC', 'CẢI CÁCH HÀNH CHÍNH'],
      note: '(Ký, ghi rõ họ tên, đóng dấu)',
    });
    return { title: `Báo cáo phân tích Chỉ số CCHC năm ${input.period.year}`, blocks };
  }
}

/** The top-level ancestor (area) of a node. */
function areaOf(set: CriteriaSet, code: string): string {
  let node = set.nodesByCode.get(code);
  while (node?.parentCode) node = set.nodesByCode.get(node.parentCode);
  return node?.code ?? code;
}
