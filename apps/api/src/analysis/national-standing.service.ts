import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldProblem } from '@par/contracts';
import { fromMilli, toMilli } from '@par/scoring';
import ExcelJS from 'exceljs';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError, notFound } from '../common/errors/domain-error';
import { isSafeWorkbookZip } from '../common/zip/zip-inspector';
import { XLSX_MIME } from '../criteria/criteria-workbook';
import { CSV_MIME, parseCsv } from '../survey/survey-form-file';
import { NATIONAL_INDEXES, NationalStanding, type NationalIndex } from './national-standing.entity';
import { transactionWithRetry } from '../common/transaction';
import { isUniqueViolation } from '../common/database-errors';

export interface StandingInput {
  year: number;
  indexCode: NationalIndex;
  areaCode?: string;
  areaTitle?: string | null;
  value: number;
  maxPoints?: number | null;
  rank?: number | null;
  rankOf?: number | null;
}

export interface StandingView {
  id: string;
  year: number;
  indexCode: NationalIndex;
  areaCode: string;
  areaTitle: string | null;
  value: number;
  maxPoints: number | null;
  /** maxPoints − value: where the province lost most. */
  lostPoints: number | null;
  rank: number | null;
  rankOf: number | null;
  /** Previous year's rank − this rank (positive: moved up); null without both. */
  rankChange: number | null;
  /** This value − previous year's, exact to the thousandth; null without a previous year. */
  valueChange: number | null;
  version: number;
}

/** The CSV / sheet columns of an import (header row first; `area` empty for the total). */
export const STANDING_COLUMNS = [
  'year',
  'index',
  'area',
  'areaTitle',
  'value',
  'maxPoints',
  'rank',
  'rankOf',
] as const;

const standingNotFound = () =>
  notFound({ vi: 'Không có kết quả chỉ số quốc gia này', en: 'No such national standing row' });

/**
 * The province's own national standing per year — PAR INDEX (total and per area), SIPAS, PAPI — entered or
 * imported (CSV / .xlsx), with the change of rank and value against the year before.
 */
@Injectable()
export class NationalStandingService {
  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(indexCode?: NationalIndex): Promise<StandingView[]> {
    const rows = await this.dataSource.getRepository(NationalStanding).find({
      where: indexCode ? { indexCode } : {},
      order: { indexCode: 'ASC', areaCode: 'ASC', year: 'ASC' },
    });
    const byKey = new Map(rows.map((row) => [`${row.indexCode}|${row.areaCode}|${row.year}`, row]));
    return rows
      .map((row) => {
        const previous = byKey.get(`${row.indexCode}|${row.areaCode}|${row.year - 1}`);
        return {
          id: row.id,
          year: row.year,
          indexCode: row.indexCode,
          areaCode: row.areaCode,
          areaTitle: row.areaTitle,
          value: fromMilli(row.valueMilli),
          maxPoints: row.maxMilli === null ? null : fromMilli(row.maxMilli),
          lostPoints: row.maxMilli === null ? null : fromMilli(row.maxMilli - row.valueMilli),
          rank: row.rank,
          rankOf: row.rankOf,
          rankChange:
            previous && previous.rank !== null && row.rank !== null ? previous.rank - row.rank : null,
          valueChange: previous ? fromMilli(row.valueMilli - previous.valueMilli) : null,
          version: row.version,
        };
      })
      .sort(
        (a, b) =>
          b.year - a.year ||
          NATIONAL_INDEXES.indexOf(a.indexCode) - NATIONAL_INDEXES.indexOf(b.indexCode) ||
          a.areaCode.localeCompare(b.areaCode, 'vi', { numeric: true }),
      );
  }

  async create(input: StandingInput, actor: Actor): Promise<StandingView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const row = await this.insert(manager, input, null);
      await this.audit.record(manager, actor, {
        action: 'national_standing.create',
        entityType: 'national_standing',
        entityId: row.id,
        after: snapshot(row),
      });
      return row.id;
    });
    return this.view(id);
  }

  async update(
    id: string,
    input: Partial<StandingInput> & { version: number },
    actor: Actor,
  ): Promise<StandingView> {
    await transactionWithRetry(this.dataSource, async (manager) => {
      const row = await manager.findOne(NationalStanding, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw standingNotFound();
      if (row.version !== input.version) throw new DomainError('STALE_VERSION');
      const before = snapshot(row);
      apply(row, input);
      row.version += 1;
      await this.save(manager, row);
      await this.audit.record(manager, actor, {
        action: 'national_standing.update',
        entityType: 'national_standing',
        entityId: id,
        before,
        after: snapshot(row),
      });
    });
    return this.view(id);
  }

  async remove(id: string, version: number, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(NationalStanding, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw standingNotFound();
      if (row.version !== version) throw new DomainError('STALE_VERSION');
      await manager.remove(row);
      await this.audit.record(manager, actor, {
        action: 'national_standing.delete',
        entityType: 'national_standing',
        entityId: id,
        before: snapshot(row),
      });
    });
  }

  /**
   * A CSV or .xlsx of rows (columns `STANDING_COLUMNS`, header first), all or nothing: a row for a year, index
   * and area already stored replaces its values (re-importing a file is safe). 422 STANDING_IMPORT_INVALID
   * with `errors[].row` (data rows from 1).
   */
  async import(
    contentType: string | undefined,
    body: unknown,
    actor: Actor,
  ): Promise<{ created: number; updated: number; unchanged: number }> {
    const table = await readTable(contentType, body);
    const [header = [], ...records] = table;
    const columns = header.map((cell) => cell.trim());
    const problems: FieldProblem[] = [];
    const missing = STANDING_COLUMNS.filter(
      (c) => ['year', 'index', 'value'].includes(c) && !columns.includes(c),
    );
    if (missing.length)
      throw new DomainError('STANDING_IMPORT_INVALID', {
        errors: missing.map((c) => ({
          field: c,
          code: 'MISSING_COLUMN',
          message: `thiếu cột ${c} / missing column ${c}`,
        })),
      });
    const rows: StandingInput[] = [];
    const seen = new Set<string>();
    records.forEach((record, i) => {
      if (record.every((cell) => cell.trim() === '')) return;
      const row = i + 1;
      const get = (name: string) => (record[columns.indexOf(name)] ?? '').trim();
      const bad = (field: string, message: string) => problems.push({ row, field, code: 'INVALID', message });
      const year = Number(get('year'));
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        bad('year', `năm không hợp lệ: "${get('year')}"`);
      const indexCode = get('index').toUpperCase().replace(/\s+/g, '_') as NationalIndex;
      if (!NATIONAL_INDEXES.includes(indexCode))
        bad('index', `chỉ số phải là PAR_INDEX, SIPAS hoặc PAPI: "${get('index')}"`);
      const decimal = (name: string, required: boolean): number | null => {
        const text = get(name).replace(',', '.');
        if (text === '') {
          if (required) bad(name, `thiếu ${name}`);
          return null;
        }
        try {
          return toMilli(text) / 1000;
        } catch {
          bad(name, `${name} không phải số (≤ 3 chữ số thập phân): "${get(name)}"`);
          return null;
        }
      };
      const integer = (name: string): number | null => {
        const text = get(name);
        if (text === '') return null;
        const n = Number(text);
        if (!Number.isInteger(n) || n < 1) bad(name, `${name} phải là số nguyên dương: "${text}"`);
        return n;
      };
      const value = decimal('value', true);
      const maxPoints = decimal('maxPoints', false);
      const rank = integer('rank');
      const rankOf = integer('rankOf');
      const areaCode = get('area');
      const key = `${year}|${indexCode}|${areaCode}`;
      if (seen.has(key)) bad('area', `trùng dòng năm ${year}, ${indexCode}, lĩnh vực "${areaCode}"`);
      seen.add(key);
      if (value !== null)
        rows.push({
          year,
          indexCode,
          areaCode,
          areaTitle: get('areaTitle') || null,
          value,
          maxPoints,
          rank,
          rankOf,
        });
    });
    if (problems.length) throw new DomainError('STANDING_IMPORT_INVALID', { errors: problems });
    return transactionWithRetry(this.dataSource, async (manager) => {
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      for (const input of rows) {
        const existing = await manager.findOne(NationalStanding, {
          where: { year: input.year, indexCode: input.indexCode, areaCode: input.areaCode ?? '' },
          lock: { mode: 'pessimistic_write' },
        });
        if (!existing) {
          await this.insert(manager, input, null);
          created += 1;
          continue;
        }
        const before = JSON.stringify(snapshot(existing));
        apply(existing, input);
        if (JSON.stringify(snapshot(existing)) === before) {
          unchanged += 1;
          continue;
        }
        existing.version += 1;
        await this.save(manager, existing);
        updated += 1;
      }
      await this.audit.record(manager, actor, {
        action: 'national_standing.import',
        entityType: 'national_standing',
        after: { rows: rows.length, created, updated, unchanged },
      });
      return { created, updated, unchanged };
    });
  }

  private async view(id: string): Promise<StandingView> {
    const row = (await this.list()).find((r) => r.id === id);
    if (!row) throw standingNotFound();
    return row;
  }

  private async insert(manager: EntityManager, input: StandingInput, _: null): Promise<NationalStanding> {
    const row = manager.create(NationalStanding, {
      areaCode: '',
      areaTitle: null,
      maxMilli: null,
      rank: null,
      rankOf: null,
    });
    apply(row, input);
    return this.save(manager, row);
  }

  private async save(manager: EntityManager, row: NationalStanding): Promise<NationalStanding> {
    if (row.rank !== null && row.rankOf !== null && row.rank > row.rankOf)
      throw new DomainError('VALIDATION_FAILED', {
        errors: [
          {
            field: 'rank',
            code: 'max',
            message: `hạng ${row.rank} lớn hơn số tỉnh ${row.rankOf} / rank above rankOf`,
          },
        ],
      });
    const clash = await manager.findOne(NationalStanding, {
      where: { year: row.year, indexCode: row.indexCode, areaCode: row.areaCode },
    });
    if (clash && clash.id !== row.id) throw new DomainError('STANDING_EXISTS');
    try {
      return await manager.save(row);
    } catch (error) {
      // Two writers of the same year, index and area at once: the check above saw neither, the index decides.
      if (isUniqueViolation(error, 'UQ_national_standing')) throw new DomainError('STANDING_EXISTS');
      throw error;
    }
  }
}

function apply(row: NationalStanding, input: Partial<StandingInput>): void {
  if (input.year !== undefined) row.year = input.year;
  if (input.indexCode !== undefined) row.indexCode = input.indexCode;
  if (input.areaCode !== undefined) row.areaCode = input.areaCode;
  if (input.areaTitle !== undefined) row.areaTitle = input.areaTitle;
  if (input.value !== undefined) row.valueMilli = toMilli(input.value);
  if (input.maxPoints !== undefined)
    row.maxMilli = input.maxPoints === null ? null : toMilli(input.maxPoints);
  if (input.rank !== undefined) row.rank = input.rank;
  if (input.rankOf !== undefined) row.rankOf = input.rankOf;
}

function snapshot(row: NationalStanding) {
  return {
    year: row.year,
    indexCode: row.indexCode,
    areaCode: row.areaCode,
    areaTitle: row.areaTitle,
    valueMilli: row.valueMilli,
    maxMilli: row.maxMilli,
    rank: row.rank,
    rankOf: row.rankOf,
  };
}

/** A cell as text: numbers as written, formulas by their result, rich text joined. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return typeof value.text === 'string' ? value.text : '';
    return '';
  }
  return String(value);
}

async function readTable(contentType: string | undefined, body: unknown): Promise<string[][]> {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === CSV_MIME) return parseCsv(typeof body === 'string' ? body : '');
  if (type === XLSX_MIME) {
    const buffer = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    const invalid = () =>
      new DomainError('STANDING_IMPORT_INVALID', {
        errors: [{ code: 'NOT_XLSX', message: 'không phải tệp .xlsx / not an .xlsx file' }],
      });
    if (!isSafeWorkbookZip(buffer)) throw invalid();
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw invalid();
    }
    const sheet = book.worksheets[0];
    const table: string[][] = [];
    sheet?.eachRow({ includeEmpty: true }, (row, number) => {
      table[number - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    });
    return Array.from(table, (r) => r ?? []);
  }
  throw new DomainError('UNSUPPORTED_MEDIA_TYPE', {
    detail: { vi: 'gửi text/csv hoặc tệp .xlsx', en: 'send text/csv or an .xlsx file' },
  });
}
