import { parseBands, scoreUnits, type ScoringOptions, type TieBreaker } from '@par/scoring';
import type { Command } from './command';
import { resultsTable } from '../format/results-table';
import { writeResultsJson } from '../format/write-results-json';
import { CliError, EXIT } from '../support/cli-error';
import type { CliIo } from '../support/cli-io';
import { invalidInput } from '../support/invalid-input';
import { INPUT_OPTIONS, INPUT_USAGE } from '../support/input-options';
import { loadInputs } from '../support/load-inputs';
import { parseOptions } from '../support/parse-options';
import { readFormat } from '../support/read-format';
import { readJsonFile } from '../support/read-json-file';
import { unitNames } from '../support/unit-names';

const OPTIONS = {
  ...INPUT_OPTIONS,
  output: { type: 'string', short: 'o' },
  compact: { type: 'boolean' },
  bands: { type: 'string' },
  'tie-breaker': { type: 'string', multiple: true },
} as const;

/** `par-index score --criteria SET --assessments FILE`: results/v1 on stdout (or a Vietnamese table). */
export const scoreCommand: Command = {
  name: 'score',
  summary: {
    vi: 'Chấm điểm, xếp hạng, xếp loại → par-index.results/v1 (hoặc bảng)',
    en: 'Score, rank and classify → par-index.results/v1 (or a table)',
  },
  usage: [
    ...INPUT_USAGE,
    '--format json|table        json (mặc định · default) hoặc bảng cho người đọc · or a table for people',
    '--output FILE, -o FILE     ghi ra tệp thay vì stdout · write to a file instead of stdout',
    '--compact                  JSON một dòng · single-line JSON',
    '--bands FILE               thang xếp loại thay thế · override bands ([{ code, label, minIndex }])',
    '--tie-breaker exactIndex|points|node:CODE   (lặp lại được · repeatable)',
  ].join('\n'),
  run(args, io) {
    const { values, lang } = parseOptions(args, OPTIONS);
    const format = readFormat(values.format, ['json', 'table']);
    const options = scoringOptions(io, values.bands, values['tie-breaker'] ?? []);
    const { set, assessments } = loadInputs(io, values);
    const units = scoreUnits(set, assessments, options);
    const file = values.output === undefined ? null : io.openFile(values.output);
    const write = file ? (chunk: string) => file.write(chunk) : (chunk: string) => io.out(chunk);
    try {
      if (format === 'table') write(resultsTable(set, units, unitNames(assessments), lang));
      else writeResultsJson(set, units, write, values.compact !== true);
    } finally {
      file?.close();
    }
    return EXIT.ok;
  },
};

function scoringOptions(
  io: CliIo,
  bandsPath: string | undefined,
  tieBreakers: readonly string[],
): ScoringOptions {
  const options: { -readonly [K in keyof ScoringOptions]: ScoringOptions[K] } = {
    tieBreakers: tieBreakers.map(readTieBreaker),
  };
  if (bandsPath !== undefined) {
    const bands = parseBands(readJsonFile(io, bandsPath));
    if (!bands.ok) throw invalidInput(bandsPath, bands.issues);
    options.bands = bands.value;
  }
  return options;
}

function readTieBreaker(value: string): TieBreaker {
  if (value === 'exactIndex' || value === 'points') return { by: value };
  if (value.startsWith('node:') && value.length > 5) return { by: 'node', code: value.slice(5) };
  throw new CliError('USAGE', {
    vi: `--tie-breaker chỉ nhận exactIndex, points hoặc node:MÃ, nhận được "${value}".`,
    en: `--tie-breaker takes exactIndex, points or node:CODE, got "${value}".`,
  });
}
