import type { FieldProblem } from '@par/contracts';
import { isSafeWorkbookZip } from '../common/zip/zip-inspector';
import ExcelJS from 'exceljs';
import { fieldProblem } from '../common/errors/field-problem';
import { XLSX_MIME } from '../criteria/criteria-workbook';

export const SURVEY_FORMS_FORMAT = 'par-index.survey-forms/v1';
/** Largest file the import route reads (100,000 forms of JSON are ≈ 20 MB). */
export const SURVEY_IMPORT_BODY_LIMIT = 100 * 1024 * 1024;
export const MAX_FORMS_PER_FILE = 500_000;
export const CSV_MIME = 'text/csv';

/** One form as the file gives it, before validation; `row` counts data rows (forms) from 1. */
export interface FormRow {
  row: number;
  serial: unknown;
  group: unknown;
  unit: unknown;
  answers: unknown;
}

export type ReadForms = { ok: true; rows: FormRow[] } | { ok: false; problems: FieldProblem[] };

const fail = (problem: FieldProblem): ReadForms => ({ ok: false, problems: [problem] });

/** `par-index.survey-forms/v1`: `{ format, forms: [{ serial, group, unit, answers }] }`. */
export function readFormsJson(body: unknown): ReadForms {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return fail(fieldProblem('NOT_OBJECT', { expected: 'document' }, '/'));
  const doc = body as { format?: unknown; forms?: unknown };
  if (doc.format !== SURVEY_FORMS_FORMAT)
    return fail(fieldProblem('FORMAT_MISMATCH', { format: SURVEY_FORMS_FORMAT }, '/format'));
  if (!Array.isArray(doc.forms)) return fail(fieldProblem('NOT_ARRAY', {}, '/forms'));
  if (doc.forms.length > MAX_FORMS_PER_FILE) return tooMany(doc.forms.length);
  return {
    ok: true,
    rows: doc.forms.map((form: unknown, index) => {
      const f = (typeof form === 'object' && form !== null ? form : {}) as Record<string, unknown>;
      return { row: index + 1, serial: f.serial, group: f.group, unit: f.unit, answers: f.answers };
    }),
  };
}

function tooMany(count: number): ReadForms {
  return fail(fieldProblem('TOO_MANY_FORMS', { max: MAX_FORMS_PER_FILE, count }, '/forms'));
}

/** Rows of a table whose header is `serial, group, unit, <leaf code>…`; empty cells are skipped questions. */
function fromTable(header: string[], records: string[][]): ReadForms {
  const names = header.map((h) => h.trim());
  const lower = names.map((h) => h.toLowerCase());
  const at = (name: string) => lower.indexOf(name);
  const [serialAt, groupAt, unitAt] = [at('serial'), at('group'), at('unit')];
  if (serialAt < 0 || groupAt < 0 || unitAt < 0) return fail(fieldProblem('MISSING_COLUMNS', {}, 'header'));
  const leafColumns = names
    .map((name, index) => ({ name, index }))
    .filter(({ index, name }) => ![serialAt, groupAt, unitAt].includes(index) && name !== '');
  const data = records.filter((cells) => cells.some((cell) => cell.trim() !== ''));
  if (data.length > MAX_FORMS_PER_FILE) return tooMany(data.length);
  return {
    ok: true,
    rows: data.map((cells, index) => {
      const answers: Record<string, string> = {};
      for (const { name, index: column } of leafColumns) {
        const value = (cells[column] ?? '').trim();
        if (value !== '') answers[name] = value;
      }
      return {
        row: index + 1,
        serial: (cells[serialAt] ?? '').trim(),
        group: (cells[groupAt] ?? '').trim(),
        unit: (cells[unitAt] ?? '').trim(),
        answers,
      };
    }),
  };
}

/** RFC 4180 CSV (quotes, CRLF, a UTF-8 BOM); `;` when the header has no comma (Excel in some locales). */
export function parseCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      record.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || record.length) {
    record.push(cell);
    records.push(record);
  }
  return records;
}

export function readFormsCsv(text: string): ReadForms {
  const [header, ...records] = parseCsv(text);
  if (!header) return fail(fieldProblem('EMPTY_FILE', {}, 'header'));
  return fromTable(header, records);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/** The first worksheet of an .xlsx with the CSV's columns (header in row 1). */
export async function readFormsXlsx(buffer: Buffer): Promise<ReadForms> {
  const book = new ExcelJS.Workbook();
  // The central directory is checked before ExcelJS inflates anything (zip bombs: 413 ARCHIVE_TOO_LARGE).
  if (!isSafeWorkbookZip(buffer)) return fail(fieldProblem('NOT_XLSX', {}, '/'));
  try {
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return fail(fieldProblem('NOT_XLSX', {}, '/'));
  }
  const sheet = book.worksheets[0];
  if (!sheet) return fail(fieldProblem('EMPTY_FILE', { workbook: true }, '/'));
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    table[number - 1] = values.slice(1).map(cellText);
  });
  const [header = [], ...records] = Array.from(table, (r) => r ?? []);
  return fromTable(header, records);
}

/** Reads an import body by its content type: JSON (already parsed), CSV text or an .xlsx buffer. */
export async function readForms(contentType: string | undefined, body: unknown): Promise<ReadForms> {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === CSV_MIME) return readFormsCsv(typeof body === 'string' ? body : '');
  if (type === XLSX_MIME) return readFormsXlsx(Buffer.isBuffer(body) ? body : Buffer.alloc(0));
  return readFormsJson(body);
}
