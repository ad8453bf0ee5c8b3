import { formatPoints } from '@par/scoring';
import type { Command } from './command';
import { CliError, EXIT } from '../support/cli-error';
import { loadAssessments } from '../support/load-assessments';
import { loadCriteriaSet } from '../support/load-criteria-set';
import { parseOptions } from '../support/parse-options';
import { readFormat } from '../support/read-format';

const OPTIONS = {
  criteria: { type: 'string' },
  assessments: { type: 'string' },
  format: { type: 'string' },
} as const;

/** `par-index validate <set.json> [--assessments FILE]`: every problem with its code, node, unit and leaf. */
export const validateCommand: Command = {
  name: 'validate',
  summary: {
    vi: 'Kiểm tra bộ tiêu chí (và tệp đánh giá nếu có), liệt kê mọi lỗi',
    en: 'Validate a criteria set (and an assessments file), listing every problem',
  },
  usage: [
    '<criteria-set.json>        bộ tiêu chí · criteria set (or --criteria FILE)',
    '--assessments FILE         cũng kiểm tra tệp đánh giá · also check an assessments file',
    '--format text|json         json: { ok, issues } trên stdout · on stdout',
  ].join('\n'),
  run(args, io) {
    const { values, positionals, lang } = parseOptions(args, OPTIONS, true);
    const format = readFormat(values.format, ['text', 'json']);
    const path = values.criteria ?? positionals[0];
    if (path === undefined || positionals.length > (values.criteria === undefined ? 1 : 0)) {
      throw new CliError('USAGE', {
        vi: 'cần đúng một tệp bộ tiêu chí: par-index validate <criteria-set.json>.',
        en: 'give exactly one criteria set file: par-index validate <criteria-set.json>.',
      });
    }
    try {
      const set = loadCriteriaSet(io, path);
      const assessments =
        values.assessments === undefined ? null : loadAssessments(io, values.assessments, set);
      const summary = {
        code: set.code,
        areas: set.nodes.length,
        nodes: set.allNodes.length,
        leaves: set.leaves.length,
        maxPoints: set.maxMilli / 1000,
      };
      const items = assessments?.units.reduce((sum, unit) => sum + unit.items.size, 0) ?? 0;
      if (format === 'json') {
        const checked = assessments ? { units: assessments.units.length, items } : null;
        io.out(`${JSON.stringify({ ok: true, criteriaSet: summary, assessments: checked }, null, 2)}\n`);
        return EXIT.ok;
      }
      const max = formatPoints(set.maxMilli, { locale: lang, trimZeros: true });
      io.out(
        lang === 'vi'
          ? `Hợp lệ: bộ tiêu chí ${set.code} — ${summary.areas} lĩnh vực, ${summary.nodes} nút, ${summary.leaves} tiêu chí lá, tổng điểm tối đa ${max}.\n`
          : `Valid: criteria set ${set.code} — ${summary.areas} areas, ${summary.nodes} nodes, ${summary.leaves} leaves, max ${max} points.\n`,
      );
      if (assessments) {
        io.out(
          lang === 'vi'
            ? `Hợp lệ: tệp đánh giá — ${assessments.units.length} đơn vị, ${items} mục số liệu.\n`
            : `Valid: assessments — ${assessments.units.length} units, ${items} items.\n`,
        );
      }
      return EXIT.ok;
    } catch (error) {
      if (format !== 'json' || !(error instanceof CliError)) throw error;
      const messages = { message: error.messages.vi, messageEn: error.messages.en };
      io.out(
        `${JSON.stringify({ ok: false, code: error.code, ...messages, issues: error.issues }, null, 2)}\n`,
      );
      return error.exitCode;
    }
  },
};
