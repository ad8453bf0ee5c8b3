import {
  buildResults,
  computeIndex,
  describeLeafScore,
  formatIndex,
  formatPoints,
  fromMilli,
  scoreUnits,
  type CriteriaSet,
  type Locale,
  type ScoredUnit,
} from '@par/scoring';
import type { Command } from './command';
import { renderTable } from '../format/render-table';
import { CliError, EXIT } from '../support/cli-error';
import { INPUT_OPTIONS, INPUT_USAGE } from '../support/input-options';
import { loadInputs } from '../support/load-inputs';
import { parseOptions } from '../support/parse-options';
import { readFormat } from '../support/read-format';

const OPTIONS = {
  ...INPUT_OPTIONS,
  unit: { type: 'string', multiple: true },
  leaf: { type: 'string', multiple: true },
} as const;

/** `par-index explain`: why every leaf of every (or the chosen) unit got its points. */
export const explainCommand: Command = {
  name: 'explain',
  summary: {
    vi: 'Giải thích điểm từng tiêu chí của từng đơn vị (quy tắc, số liệu, kết quả)',
    en: "Explain each unit's points leaf by leaf (rule, input, result)",
  },
  usage: [
    ...INPUT_USAGE,
    '--unit CODE                chỉ đơn vị này (lặp lại được) · only this unit (repeatable)',
    '--leaf CODE                chỉ tiêu chí này (lặp lại được) · only this leaf (repeatable)',
    '--format text|json         json: giải thích có cấu trúc · structured explanations',
  ].join('\n'),
  run(args, io) {
    const { values, lang } = parseOptions(args, OPTIONS);
    const format = readFormat(values.format, ['text', 'json']);
    const { set, assessments } = loadInputs(io, values);
    const names = new Map(assessments.units.map((unit) => [unit.code, unit.name ?? '']));
    const wanted = pick(values.unit, new Set(names.keys()), 'unit');
    const leaves = pick(values.leaf, new Set(set.leaves.map((leaf) => leaf.code)), 'leaf');
    const units = scoreUnits(set, assessments).filter((unit) => !wanted || wanted.has(unit.code));
    if (format === 'json') {
      io.out(
        `${JSON.stringify(
          units.map((unit) => explainJson(set, unit, names.get(unit.code), leaves)),
          null,
          2,
        )}\n`,
      );
    } else {
      io.out(
        units.map((unit) => explainText(set, unit, names.get(unit.code) ?? '', leaves, lang)).join('\n\n') +
          '\n',
      );
    }
    return EXIT.ok;
  },
};

/** The chosen codes (null = all), refusing codes that do not exist. */
function pick(
  codes: string[] | undefined,
  known: ReadonlySet<string>,
  what: 'unit' | 'leaf',
): Set<string> | null {
  if (!codes?.length) return null;
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw new CliError('USAGE', {
      vi: `không có ${what === 'unit' ? 'đơn vị' : 'tiêu chí lá'} ${unknown.join(', ')}.`,
      en: `no such ${what}: ${unknown.join(', ')}.`,
    });
  }
  return new Set(codes);
}

function explainText(
  set: CriteriaSet,
  unit: ScoredUnit,
  name: string,
  only: Set<string> | null,
  lang: Locale,
): string {
  const vi = lang === 'vi';
  const p = (milli: number) => formatPoints(milli, { locale: lang });
  const { adjustment } = unit;
  const caps = set.adjustments;
  const header = [
    `${unit.code}${name ? ` — ${name}` : ''} · ${vi ? 'nhóm' : 'group'} ${unit.group}`,
    `${vi ? 'Tổng' : 'Total'}: ${p(unit.pointsMilli)} / ${p(unit.maxMilli)} · ${vi ? 'chỉ số' : 'index'} ${formatIndex(unit.indexCenti, { locale: lang })} · ${vi ? 'hạng' : 'rank'} ${unit.rank ?? '—'} · ${unit.band?.label ?? '—'}`,
  ];
  if (caps) {
    header.push(
      vi
        ? `Điểm thưởng ${p(adjustment.bonusMilli)} (đề nghị ${p(adjustment.bonusGivenMilli)}, tối đa ${p(caps.bonusMaxMilli)}) · điểm trừ ${p(adjustment.penaltyMilli)} (đề nghị ${p(adjustment.penaltyGivenMilli)}, tối đa ${p(caps.penaltyMaxMilli)})`
        : `Bonus ${p(adjustment.bonusMilli)} (given ${p(adjustment.bonusGivenMilli)}, cap ${p(caps.bonusMaxMilli)}) · penalty ${p(adjustment.penaltyMilli)} (given ${p(adjustment.penaltyGivenMilli)}, cap ${p(caps.penaltyMaxMilli)})`,
    );
  }
  if (adjustment.clampedTo) {
    header.push(
      vi
        ? `Tổng được giới hạn về ${adjustment.clampedTo === 'zero' ? '0' : 'điểm tối đa'}.`
        : `Total clamped to ${adjustment.clampedTo === 'zero' ? '0' : 'the max'}.`,
    );
  }
  const rows = set.allNodes.flatMap((node, position) => {
    if (only && !only.has(node.code)) return [];
    const points = unit.nodePointsMilli[position];
    const max = unit.nodeMaxMilli[position];
    const why =
      node.type === 'leaf'
        ? describeLeafScore(node, unit.leaves.get(node.code) ?? never(node.code), lang)
        : `${vi ? 'chỉ số' : 'index'} ${formatIndex(computeIndex(points, max), { locale: lang })}`;
    return [[`${'  '.repeat(node.depth - 1)}${node.code}`, node.title, p(points), p(max), why]];
  });
  const table = renderTable(
    [
      { header: vi ? 'Mã' : 'Code' },
      { header: vi ? 'Tiêu chí' : 'Criterion' },
      { header: vi ? 'Điểm' : 'Points', align: 'right' },
      { header: vi ? 'Tối đa' : 'Max', align: 'right' },
      { header: vi ? 'Giải thích' : 'Why' },
    ],
    rows,
  );
  return `${header.join('\n')}\n${table}`;
}

function explainJson(set: CriteriaSet, unit: ScoredUnit, name: string | undefined, only: Set<string> | null) {
  // The unit's results/v1 entry without its nodes: the same numbers `score` prints.
  const { nodes: _nodes, missing: _missing, ...summary } = buildResults(set, [unit]).units[0];
  return {
    ...summary,
    name: name ?? null,
    adjustment: {
      bonusGiven: fromMilli(unit.adjustment.bonusGivenMilli),
      bonus: fromMilli(unit.adjustment.bonusMilli),
      penaltyGiven: fromMilli(unit.adjustment.penaltyGivenMilli),
      penalty: fromMilli(unit.adjustment.penaltyMilli),
      clampedTo: unit.adjustment.clampedTo,
    },
    leaves: set.leaves
      .filter((leaf) => !only || only.has(leaf.code))
      .map((leaf) => {
        const score = unit.leaves.get(leaf.code) ?? never(leaf.code);
        return {
          code: leaf.code,
          title: leaf.title,
          rule: leaf.rule.kind,
          points: fromMilli(score.pointsMilli),
          maxPoints: fromMilli(score.maxMilli),
          missing: score.missing,
          notApplicable: score.notApplicable,
          explanation: score.explanation,
          text: describeLeafScore(leaf, score, 'vi'),
          textEn: describeLeafScore(leaf, score, 'en'),
        };
      }),
  };
}

function never(code: string): never {
  throw new Error(`leaf ${code} has no score`);
}
