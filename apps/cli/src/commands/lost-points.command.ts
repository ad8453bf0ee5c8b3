import {
  formatPoints,
  fromMilli,
  lostPoints,
  scoreUnits,
  type AgencyLostPoints,
  type Locale,
  type LostPointsRow,
} from '@par/scoring';
import type { Command } from './command';
import { renderTable } from '../format/render-table';
import { EXIT } from '../support/cli-error';
import { INPUT_OPTIONS, INPUT_USAGE } from '../support/input-options';
import { loadInputs } from '../support/load-inputs';
import { parseOptions } from '../support/parse-options';
import { readCountOption } from '../support/read-count-option';
import { readFormat } from '../support/read-format';

const OPTIONS = {
  ...INPUT_OPTIONS,
  level: { type: 'string' },
  top: { type: 'string' },
  group: { type: 'string' },
} as const;

type Level = 'all' | 'area' | 'criterion' | 'leaf' | 'agency';

/** `par-index lost-points`: where units lost points (max − points), most first, with how many units lost them. */
export const lostPointsCommand: Command = {
  name: 'lost-points',
  summary: {
    vi: 'Điểm bị mất theo lĩnh vực, tiêu chí, tiêu chí thành phần và cơ quan chịu trách nhiệm',
    en: 'Points lost per area, criterion, leaf and responsible agency',
  },
  usage: [
    ...INPUT_USAGE,
    '--level all|area|criterion|leaf|agency   (mặc định · default all)',
    '--top N                    N dòng đầu mỗi bảng (mặc định 20) · first N rows per table (default 20)',
    '--group NAME               chỉ các đơn vị của nhóm này · only this ranking group',
    '--format table|json',
  ].join('\n'),
  run(args, io) {
    const { values, lang } = parseOptions(args, OPTIONS);
    const format = readFormat(values.format, ['table', 'json']);
    const level = readFormat<Level>(values.level, ['all', 'area', 'criterion', 'leaf', 'agency']);
    const top = readCountOption(values.top, '--top', 20);
    const { set, assessments } = loadInputs(io, values);
    const units = scoreUnits(set, assessments).filter(
      (unit) => values.group === undefined || unit.group === values.group,
    );
    const report = lostPoints(set, units);
    const sections: [Level, readonly (LostPointsRow | AgencyLostPoints)[]][] = [
      ['area', report.areas],
      ['criterion', report.criteria],
      ['leaf', report.leaves],
      ['agency', report.agencies],
    ];
    const chosen = sections.filter(([name]) => level === 'all' || level === name);
    if (format === 'json') {
      const json = Object.fromEntries(
        chosen.map(([name, rows]) => [
          name,
          rows.slice(0, top).map((row) => ({ ...row, lostPoints: fromMilli(row.lostMilli) })),
        ]),
      );
      io.out(`${JSON.stringify({ units: units.length, ...json }, null, 2)}\n`);
      return EXIT.ok;
    }
    const text = chosen
      .filter(([, rows]) => rows.length > 0)
      .map(([name, rows]) => `${heading(name, lang)}\n${table(rows.slice(0, top), lang)}`)
      .join('\n\n');
    const intro =
      lang === 'vi'
        ? `Điểm bị mất (điểm tối đa − điểm đạt), cộng trên ${units.length} đơn vị`
        : `Points lost (max − points), summed over ${units.length} units`;
    io.out(`${intro}\n\n${text}\n`);
    return EXIT.ok;
  },
};

function heading(level: Level, lang: Locale): string {
  const vi = {
    all: '',
    area: 'Theo lĩnh vực',
    criterion: 'Theo tiêu chí',
    leaf: 'Theo tiêu chí thành phần',
    agency: 'Theo cơ quan chịu trách nhiệm',
  };
  const en = {
    all: '',
    area: 'By area',
    criterion: 'By criterion',
    leaf: 'By leaf',
    agency: 'By responsible agency',
  };
  return (lang === 'vi' ? vi : en)[level];
}

function table(rows: readonly (LostPointsRow | AgencyLostPoints)[], lang: Locale): string {
  const vi = lang === 'vi';
  const p = (milli: number) => formatPoints(milli, { locale: lang });
  return renderTable(
    [
      { header: vi ? 'Mã' : 'Code' },
      { header: vi ? 'Tên' : 'Title' },
      { header: vi ? 'Điểm mất' : 'Lost', align: 'right' },
      { header: vi ? 'Số đơn vị mất điểm' : 'Units losing', align: 'right' },
      { header: vi ? 'Tối đa/đơn vị' : 'Max per unit', align: 'right' },
    ],
    rows.map((row) =>
      'agency' in row
        ? [
            row.agency ?? '—',
            `${row.leaves} ${vi ? 'tiêu chí' : 'leaves'}`,
            p(row.lostMilli),
            String(row.unitsLosing),
            '',
          ]
        : [
            row.code,
            row.title,
            p(row.lostMilli),
            `${row.unitsLosing}/${row.unitsApplicable}`,
            p(row.maxMilli),
          ],
    ),
  );
}
