import { compareYears, type Locale, type ResultsV1, type YearComparison } from '@par/scoring';
import type { Command } from './command';
import { renderTable } from '../format/render-table';
import { CliError, EXIT } from '../support/cli-error';
import type { CliIo } from '../support/cli-io';
import { parseOptions } from '../support/parse-options';
import { readFormat } from '../support/read-format';
import { readJsonFile } from '../support/read-json-file';
import { requireOption } from '../support/require-option';

const OPTIONS = {
  previous: { type: 'string' },
  current: { type: 'string' },
  format: { type: 'string' },
} as const;

/** `par-index compare --previous A --current B`: index and rank change per unit between two results files. */
export const compareCommand: Command = {
  name: 'compare',
  summary: {
    vi: 'So sánh hai năm (hai tệp kết quả): thay đổi chỉ số và thứ hạng từng đơn vị',
    en: 'Compare two years (two results files): index and rank change per unit',
  },
  usage: [
    "--previous FILE            kết quả năm trước · last year's results (results/v1)",
    "--current FILE             kết quả năm nay · this year's results (results/v1)",
    '--format table|json',
  ].join('\n'),
  run(args, io) {
    const { values, lang } = parseOptions(args, OPTIONS);
    const format = readFormat(values.format, ['table', 'json']);
    const previous = readResults(io, requireOption(values.previous, '--previous'));
    const current = readResults(io, requireOption(values.current, '--current'));
    let comparison: YearComparison;
    try {
      comparison = compareYears(previous, current);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError('INVALID_FORMAT', {
        vi: `tệp kết quả không hợp lệ: ${reason}`,
        en: `invalid results file: ${reason}`,
      });
    }
    io.out(format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : table(comparison, lang));
    return EXIT.ok;
  },
};

function readResults(io: CliIo, path: string): ResultsV1 {
  const json = readJsonFile(io, path);
  const results = json as Partial<ResultsV1> | null;
  if (results?.format === 'par-index.results/v1' && Array.isArray(results.units)) return results as ResultsV1;
  throw new CliError('INVALID_FORMAT', {
    vi: `tệp "${path}" không phải par-index.results/v1.`,
    en: `file "${path}" is not par-index.results/v1.`,
  });
}

function table(comparison: YearComparison, lang: Locale): string {
  const vi = lang === 'vi';
  const number = (value: number | null, signed = false): string => {
    if (value === null) return '—';
    const text = vi ? String(value).replace('.', ',') : String(value);
    return signed && value > 0 ? `+${text}` : text;
  };
  const rows = comparison.units.map((unit) => [
    unit.code,
    unit.group + (unit.groupChanged ? ' *' : ''),
    number(unit.index),
    number(unit.previousIndex),
    number(unit.indexChange, true),
    number(unit.rank),
    number(unit.previousRank),
    number(unit.rankChange, true),
  ]);
  const body = renderTable(
    [
      { header: vi ? 'Mã' : 'Code' },
      { header: vi ? 'Nhóm' : 'Group' },
      { header: vi ? 'Chỉ số' : 'Index', align: 'right' },
      { header: vi ? 'Năm trước' : 'Previous', align: 'right' },
      { header: vi ? 'Thay đổi' : 'Change', align: 'right' },
      { header: vi ? 'Hạng' : 'Rank', align: 'right' },
      { header: vi ? 'Hạng năm trước' : 'Previous rank', align: 'right' },
      { header: vi ? 'Tăng hạng' : 'Rank gain', align: 'right' },
    ],
    rows,
  );
  const notes: string[] = [];
  if (comparison.units.some((unit) => unit.groupChanged))
    notes.push(vi ? '* đổi nhóm xếp hạng so với năm trước' : '* ranked in another group last year');
  if (comparison.dropped.length)
    notes.push(`${vi ? 'Không còn trong năm nay' : 'Only last year'}: ${comparison.dropped.join(', ')}`);
  return `${body}\n${notes.map((note) => `${note}\n`).join('')}`;
}
