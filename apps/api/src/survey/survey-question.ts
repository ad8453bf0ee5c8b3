import type { FieldProblem } from '@par/contracts';
import type { CriteriaSet, LeafNode } from '@par/scoring';
import { fieldProblem } from '../common/errors/field-problem';
import type { SurveyAnswers } from './survey-form.entity';

/** Labels of the default options (A 100 %, B 60 %, C 20 %, D 0 %, E excluded) when the set gives none. */
export const DEFAULT_OPTION_LABELS: Readonly<Record<string, string>> = {
  A: 'Rất tốt',
  B: 'Tốt',
  C: 'Chưa tốt',
  D: 'Kém',
  E: 'Không biết / không trả lời',
};

export interface SurveyQuestionOption {
  code: string;
  label: string;
  /** Share of the leaf's max this answer earns (0..100). */
  percent: number;
  /** "Don't know": counted, but left out of the score. */
  excluded: boolean;
}

export interface SurveyQuestion {
  leafCode: string;
  text: string;
  options: SurveyQuestionOption[];
}

/** A leaf the survey asks about: a `survey` source leaf scored by a `survey` rule. */
export function isSurveyQuestionLeaf(leaf: LeafNode): boolean {
  return leaf.source === 'survey' && leaf.rule.kind === 'survey';
}

/** The percent of an option as a JSON number (exact: at most 3 decimals). */
function percentOf(units: number, scale: number): number {
  return units / 10 ** scale;
}

/**
 * The questions a group answers about a unit scored on `set`: the set's survey leaves (in set order),
 * narrowed to `leafCodes` when the group has them. Text = the leaf's title; options, labels and weights
 * come from the leaf's survey rule.
 */
export function surveyQuestions(set: CriteriaSet, leafCodes: readonly string[] | null): SurveyQuestion[] {
  const only = leafCodes ? new Set(leafCodes) : null;
  return set.leaves.flatMap((leaf) => {
    const rule = leaf.rule;
    if (!isSurveyQuestionLeaf(leaf) || rule.kind !== 'survey' || (only && !only.has(leaf.code))) return [];
    return [
      {
        leafCode: leaf.code,
        text: leaf.title,
        options: rule.options.map((option, index) => ({
          code: option.code,
          label: option.label ?? DEFAULT_OPTION_LABELS[option.code] ?? option.code,
          percent: percentOf(rule.percentUnits[index] ?? 0, rule.percentScale),
          excluded: option.excluded,
        })),
      },
    ];
  });
}

/**
 * Every problem of a form's answers against its questions: a leaf outside them, an option the leaf does
 * not have, or a non-text answer. Skipped questions are fine. `at` prefixes the field names.
 */
export function answerProblems(
  questions: readonly SurveyQuestion[],
  answers: unknown,
  at = 'answers',
  row?: number,
): FieldProblem[] {
  const where = row === undefined ? {} : { row };
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return [fieldProblem('NOT_OBJECT', { expected: 'answers' }, { ...where, field: at })];
  }
  const byLeaf = new Map(questions.map((q) => [q.leafCode, q]));
  const problems: FieldProblem[] = [];
  for (const [leafCode, option] of Object.entries(answers as Record<string, unknown>)) {
    const question = byLeaf.get(leafCode);
    if (!question) {
      problems.push(
        fieldProblem(
          'UNKNOWN_LEAF',
          { leaf: leafCode, form: true },
          { ...where, field: `${at}.${leafCode}`, leaf: leafCode },
        ),
      );
      continue;
    }
    if (typeof option !== 'string' || !question.options.some((o) => o.code === option)) {
      problems.push(
        fieldProblem(
          'UNKNOWN_OPTION',
          {
            leaf: leafCode,
            option: String(JSON.stringify(option)),
            options: question.options.map((o) => o.code),
          },
          { ...where, field: `${at}.${leafCode}`, leaf: leafCode },
        ),
      );
    }
  }
  return problems;
}

/** Answers in question order, so equal forms compare equal. */
export function canonicalAnswers(
  questions: readonly SurveyQuestion[],
  answers: SurveyAnswers,
): SurveyAnswers {
  const out: SurveyAnswers = {};
  for (const q of questions) {
    const option = answers[q.leafCode];
    if (option !== undefined) out[q.leafCode] = option;
  }
  return out;
}

export function sameAnswers(a: SurveyAnswers, b: SurveyAnswers): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
