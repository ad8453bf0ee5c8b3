import { formatIndex, fromCenti, rankRobustness, type Locale, type RobustnessReport } from '@par/scoring';
import type { Command } from './command';
import { renderTable } from '../format/render-table';
import { CliError, EXIT } from '../support/cli-error';
import { INPUT_OPTIONS, INPUT_USAGE } from '../support/input-options';
import { loadInputs } from '../support/load-inputs';
import { parseOptions } from '../support/parse-options';
import { readCountOption } from '../support/read-count-option';
import { readFormat } from '../support/read-format';
import { unitNames } from '../support/unit-names';

const OPTIONS = {
  ...INPUT_OPTIONS,
  iterations: { type: 'string' },
  seed: { type: 'string' },
  weights: { type: 'string' },
} as const;

/** `par-index robustness`: each unit's 5th–95th percentile rank under survey sampling error (and weights). */
export const robustnessCommand: Command = {
  name: 'robustness',
  summary: {
    vi: 'Độ vững của thứ hạng: khoảng hạng 5–95% khi mẫu khảo sát (và trọng số) dao động',
    en: 'Rank robustness: 5th–95th percentile rank under survey sampling error (and weights)',
  },
  usage: [
    ...INPUT_USAGE,
    '--iterations N             số lần mô phỏng (mặc định 1000) · Monte Carlo draws (default 1000)',
    '--seed N                   hạt giống, cùng hạt cùng kết quả (mặc định 1) · PRNG seed (default 1)',
    '--weights W                dao động trọng số ±W, ví dụ 0.1 · also jitter leaf weights by ±W, e.g. 0.1',
    '--format table|json',
  ].join('\n'),
  run(args, io) {
    const { values, lang } = parseOptions(args, OPTIONS);
    const format = readFormat(values.format, ['table', 'json']);
    const iterations = readCountOption(values.iterations, '--iterations', 1000, 1, 100_000);
    const seed = readCountOption(values.seed, '--seed', 1, 0, 2 ** 32 - 1);
    const weightJitter = values.weights === undefined ? 0 : Number(values.weights);
    if (!(weightJitter >= 0 && weightJitter < 1)) {
      throw new CliError('USAGE', {
        vi: `--weights phải trong khoảng [0, 1), nhận được "${values.weights}".`,
        en: `--weights must be within [0, 1), got "${values.weights}".`,
      });
    }
    const { set, assessments } = loadInputs(io, values);
    const report = rankRobustness(set, assessments, { iterations, seed, weightJitter });
    if (format === 'json') {
      const units = report.units.map(({ indexCenti, ...unit }) => ({
        ...unit,
        index: indexCenti === null ? null : fromCenti(indexCenti),
      }));
      io.out(`${JSON.stringify({ ...report, units }, null, 2)}\n`);
    } else {
      io.out(table(report, unitNames(assessments), lang));
    }
    return EXIT.ok;
  },
};

function table(report: RobustnessReport, names: ReadonlyMap<string, string>, lang: Locale): string {
  const vi = lang === 'vi';
  const rows = [...report.units]
    .sort((a, b) => a.group.localeCompare(b.group, 'vi') || (a.rank ?? Infinity) - (b.rank ?? Infinity))
    .map((unit) => [
      unit.group,
      unit.rank === null ? '—' : String(unit.rank),
      unit.code,
      names.get(unit.code) ?? '',
      formatIndex(unit.indexCenti, { locale: lang }),
      unit.rankLow === null ? '—' : `${unit.rankLow}–${unit.rankHigh}`,
      unit.rankMedian === null ? '—' : String(unit.rankMedian),
    ]);
  const intro = vi
    ? `Độ vững thứ hạng: ${report.iterations} lần mô phỏng (hạt giống ${report.seed}), ${report.perturbedLeaves} cặp đơn vị–tiêu chí khảo sát dao động theo sai số mẫu`
    : `Rank robustness: ${report.iterations} draws (seed ${report.seed}), ${report.perturbedLeaves} unit–survey leaf pairs moved within sampling error`;
  return `${intro}\n\n${renderTable(
    [
      { header: vi ? 'Nhóm' : 'Group' },
      { header: vi ? 'Hạng' : 'Rank', align: 'right' },
      { header: vi ? 'Mã' : 'Code' },
      { header: vi ? 'Đơn vị' : 'Unit' },
      { header: vi ? 'Chỉ số' : 'Index', align: 'right' },
      {
        header: `${vi ? 'Khoảng hạng' : 'Rank range'} ${report.lowerPercentile}–${report.upperPercentile}%`,
        align: 'right',
      },
      { header: vi ? 'Trung vị' : 'Median', align: 'right' },
    ],
    rows,
  )}\n`;
}
