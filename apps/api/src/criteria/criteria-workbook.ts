import type { FieldProblem } from '@par/contracts';
import { isSafeWorkbookZip } from '../common/zip/zip-inspector';
import {
  formatRuleText,
  fromMilli,
  parseRuleText,
  type CriteriaNodeV1,
  type CriteriaSetV1,
  type LeafSource,
} from '@par/scoring';
import ExcelJS from 'exceljs';
import { fieldProblem, inRow } from '../common/errors/field-problem';
import { decimal, text, type Cell } from './criteria-workbook-cells';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TREE_SHEET = 'Bộ tiêu chí';
const INFO_SHEET = 'Thông tin';
const HEADER_ROW = 4;
const RULE_COLUMN = 'Phương pháp chấm điểm';
/** The columns officials use, in their order; the last two carry what round-trips need. */
const COLUMNS = [
  { key: 'code', header: 'STT', width: 9 },
  { key: 'title', header: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', width: 60 },
  { key: 'max', header: 'Điểm tối đa', width: 11 },
  { key: 'rule', header: RULE_COLUMN, width: 48 },
  { key: 'evidence', header: 'Tài liệu kiểm chứng', width: 40 },
  { key: 'lead', header: 'Cơ quan chủ trì', width: 14 },
  { key: 'source', header: 'Nguồn điểm', width: 14 },
  { key: 'guidance', header: 'Hướng dẫn chấm', width: 40 },
  { key: 'responsible', header: 'Cơ quan chịu trách nhiệm', width: 22 },
] as const;
/** Columns a workbook written before they existed may lack (an empty header there is no error). */
const OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(['responsible']);

const SOURCE_TEXT: Record<LeafSource, string> = { assessment: 'Thẩm định', survey: 'Điều tra XHH' };
const INFO = {
  code: 'Mã bộ tiêu chí',
  name: 'Tên bộ tiêu chí',
  year: 'Năm',
  unitType: 'Loại đơn vị',
  sourceDecision: 'Quyết định ban hành',
  bonusMax: 'Điểm thưởng tối đa',
  penaltyMax: 'Điểm trừ tối đa',
  bands: 'Xếp loại (mã | tên | chỉ số từ)',
} as const;

/** A v1 set as the workbook officials use: the tree on one sheet (rules as text), metadata on another. */
export async function writeCriteriaWorkbook(
  doc: CriteriaSetV1,
  sourceDecision: string | null,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'PAR Index';
  const sheet = book.addWorksheet(TREE_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.getCell(1, 1).value = 'BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH';
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.mergeCells(2, 1, 2, COLUMNS.length);
  sheet.getCell(2, 1).value = `${doc.name} (${doc.code}, năm ${doc.year})`;
  const header = sheet.getRow(HEADER_ROW);
  header.values = COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  const walk = (nodes: readonly CriteriaNodeV1[], depth: number) => {
    for (const node of nodes) {
      const leaf = !node.children?.length;
      const row = sheet.addRow({
        code: node.code,
        title: node.title,
        max: Number(node.maxPoints),
        rule: leaf && node.rule ? formatRuleText(node.rule) : '',
        evidence: node.evidence ?? '',
        lead: node.leadAgency ?? '',
        source: leaf && node.source ? SOURCE_TEXT[node.source] : '',
        guidance: node.guidance ?? '',
        responsible: node.responsibleAgency ?? '',
      });
      row.alignment = { wrapText: true, vertical: 'top' };
      row.getCell('title').alignment = { wrapText: true, vertical: 'top', indent: depth };
      row.getCell('max').numFmt = '0.###';
      if (!leaf) row.font = { bold: depth === 0, italic: depth > 0 };
      if (node.children) walk(node.children, depth + 1);
    }
  };
  walk(doc.nodes, 0);

  const info = book.addWorksheet(INFO_SHEET);
  info.columns = [{ width: 34 }, { width: 60 }, { width: 14 }];
  info.addRows([
    [INFO.code, doc.code],
    [INFO.name, doc.name],
    [INFO.year, doc.year],
    [INFO.unitType, doc.unitType],
    [INFO.sourceDecision, sourceDecision ?? ''],
    [INFO.bonusMax, doc.adjustments ? Number(doc.adjustments.bonusMax) : ''],
    [INFO.penaltyMax, doc.adjustments ? Number(doc.adjustments.penaltyMax) : ''],
    [],
    [INFO.bands],
    ...(doc.bands ?? []).map((b) => [b.code, b.label, Number(b.minIndex)]),
  ]);
  info.getColumn(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface ReadWorkbook {
  document: CriteriaSetV1;
  sourceDecision: string | null;
  /** Worksheet row of every node code, to point set-level issues at a row. */
  rows: Map<string, number>;
}

/**
 * Reads the workbook back into a v1 document. The tree comes from the STT codes ("1", "1.2", "1.2.3": a
 * node's parent is the code before its last dot). Every problem is reported with its row, at once.
 */
export async function readCriteriaWorkbook(
  buffer: Buffer,
): Promise<{ ok: true; value: ReadWorkbook } | { ok: false; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const book = new ExcelJS.Workbook();
  // The central directory is checked before ExcelJS inflates anything (zip bombs: 413 ARCHIVE_TOO_LARGE).
  if (!isSafeWorkbookZip(buffer)) return { ok: false, problems: [fieldProblem('NOT_XLSX', {})] };
  try {
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problems: [fieldProblem('NOT_XLSX', {})] };
  }
  const sheet = book.getWorksheet(TREE_SHEET) ?? book.worksheets[0];
  const info = book.getWorksheet(INFO_SHEET);
  if (!sheet) return { ok: false, problems: [fieldProblem('NO_SHEET', { sheet: TREE_SHEET })] };
  if (!info) problems.push(fieldProblem('NO_SHEET', { sheet: INFO_SHEET }));

  const headers = COLUMNS.map((_, i) => text(sheet.getRow(HEADER_ROW).getCell(i + 1).value));
  COLUMNS.forEach((c, i) => {
    if (OPTIONAL_COLUMNS.has(c.key) && !headers[i]) return;
    if (headers[i]?.toLowerCase() !== c.header.toLowerCase()) {
      problems.push(
        fieldProblem(
          'BAD_HEADER',
          { row: HEADER_ROW, column: i + 1, expected: c.header, found: headers[i] ?? '' },
          { row: HEADER_ROW, field: c.header },
        ),
      );
    }
  });

  interface Draft {
    node: CriteriaNodeV1 & { children: CriteriaNodeV1[] };
    row: number;
    ruleText: string;
    sourceText: string;
  }
  const drafts: Draft[] = [];
  const byCode = new Map<string, Draft>();
  const rows = new Map<string, number>();
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = COLUMNS.map((_, i) => row.getCell(i + 1).value);
    if (cells.every((v) => text(v) === '')) continue;
    const at = (problem: FieldProblem) => problems.push(inRow(r, problem));
    const code = text(cells[0]);
    const title = text(cells[1]);
    const max = decimal(cells[2]);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(code)) at(fieldProblem('BAD_CODE', { code }, 'STT'));
    if (!title) at(fieldProblem('NO_TITLE', {}, 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần'));
    if (max === null) at(fieldProblem('BAD_POINTS', { value: text(cells[2]) }, 'Điểm tối đa'));
    const first = byCode.get(code);
    if (first) at(fieldProblem('DUPLICATE_CODE', { code, firstRow: first.row }, 'STT'));
    const node = {
      code,
      title,
      maxPoints: max === null ? 0 : Number(max),
      children: [] as CriteriaNodeV1[],
      ...(text(cells[4]) ? { evidence: text(cells[4]) } : {}),
      ...(text(cells[5]) ? { leadAgency: text(cells[5]) } : {}),
      ...(text(cells[7]) ? { guidance: text(cells[7]) } : {}),
      ...(text(cells[8]) ? { responsibleAgency: text(cells[8]) } : {}),
    };
    const draft: Draft = { node, row: r, ruleText: text(cells[3]), sourceText: text(cells[6]) };
    drafts.push(draft);
    if (!byCode.has(code)) byCode.set(code, draft);
    rows.set(code, r);
  }
  if (drafts.length === 0) problems.push(fieldProblem('EMPTY', {}));

  const roots: CriteriaNodeV1[] = [];
  for (const draft of drafts) {
    const dot = draft.node.code.lastIndexOf('.');
    if (dot < 0) {
      roots.push(draft.node);
      continue;
    }
    const parentCode = draft.node.code.slice(0, dot);
    const parent = byCode.get(parentCode);
    if (!parent || parent.row > draft.row) {
      problems.push(
        inRow(draft.row, fieldProblem('NO_PARENT', { parent: parentCode, code: draft.node.code }, 'STT')),
      );
      continue;
    }
    parent.node.children.push(draft.node);
  }
  for (const draft of drafts) {
    const node = draft.node as CriteriaNodeV1 & {
      children?: CriteriaNodeV1[];
      rule?: unknown;
      source?: LeafSource;
    };
    if (node.children!.length > 0) {
      if (draft.ruleText) problems.push(inRow(draft.row, fieldProblem('RULE_ON_BRANCH', {}, RULE_COLUMN)));
      continue;
    }
    delete node.children;
    if (!draft.ruleText) {
      problems.push(inRow(draft.row, fieldProblem('MISSING_RULE', {}, RULE_COLUMN)));
      continue;
    }
    const parsed = parseRuleText(draft.ruleText, String(node.maxPoints));
    if (!parsed.ok) {
      for (const issue of parsed.issues) {
        const { code, message, messageEn } = issue;
        problems.push(inRow(draft.row, { field: RULE_COLUMN, code, node: node.code, message, messageEn }));
      }
      continue;
    }
    node.rule = parsed.value;
    const source = draft.sourceText.toLowerCase();
    node.source =
      source.includes('điều tra') || source === 'survey'
        ? 'survey'
        : source
          ? 'assessment'
          : parsed.value.kind === 'survey'
            ? 'survey'
            : 'assessment';
  }

  const meta = new Map<string, Cell>();
  const bands: { code: string; label: string; minIndex: number }[] = [];
  if (info) {
    let inBands = false;
    info.eachRow((row, r) => {
      const key = text(row.getCell(1).value);
      if (key === INFO.bands) {
        inBands = true;
        return;
      }
      if (inBands && key) {
        const min = decimal(row.getCell(3).value);
        if (min === null)
          problems.push(
            fieldProblem('BAD_BAND', { sheet: INFO_SHEET, row: r }, { row: r, field: INFO.bands }),
          );
        else bands.push({ code: key, label: text(row.getCell(2).value), minIndex: Number(min) });
      } else if (key) meta.set(key, row.getCell(2).value);
    });
  }
  const bonus = decimal(meta.get(INFO.bonusMax) ?? null);
  const penalty = decimal(meta.get(INFO.penaltyMax) ?? null);
  const year = Number(text(meta.get(INFO.year) ?? null));
  if (info && !Number.isInteger(year))
    problems.push(fieldProblem('BAD_YEAR', { sheet: INFO_SHEET }, INFO.year));
  if (problems.length) return { ok: false, problems };

  const document: CriteriaSetV1 = {
    format: 'par-index.criteria-set/v1',
    code: text(meta.get(INFO.code) ?? null),
    name: text(meta.get(INFO.name) ?? null),
    year,
    unitType: text(meta.get(INFO.unitType) ?? null),
    ...(bands.length ? { bands } : {}),
    ...(bonus !== null && penalty !== null
      ? {
          adjustments: {
            bonusMax: fromMilli(Math.round(Number(bonus) * 1000)),
            penaltyMax: fromMilli(Math.round(Number(penalty) * 1000)),
          },
        }
      : {}),
    nodes: roots,
  };
  const decision = text(meta.get(INFO.sourceDecision) ?? null);
  return { ok: true, value: { document, sourceDecision: decision || null, rows } };
}
