import { inputOf, ruleOf, type AssessmentItem } from './api/types';

/** The options a survey rule has when the set names none (as the API and @par/scoring read it). */
const DEFAULT_OPTIONS: readonly SurveyOptionRow[] = [
  { code: 'A', label: 'Rất tốt', excluded: false, count: 0 },
  { code: 'B', label: 'Tốt', excluded: false, count: 0 },
  { code: 'C', label: 'Chưa tốt', excluded: false, count: 0 },
  { code: 'D', label: 'Kém', excluded: false, count: 0 },
  { code: 'E', label: 'Không biết / không trả lời', excluded: true, count: 0 },
];

export interface SurveyOptionRow {
  code: string;
  label: string;
  /** Counted but not scored ("Không biết / không trả lời"). */
  excluded: boolean;
  count: number;
}

/**
 * The distribution of a survey leaf's answers: every option of its rule in order (labels from the set, else
 * the defaults) with the forms that chose it, from the `survey` stage's `input.counts`. Null before the
 * survey closed (no survey stage yet).
 */
export function surveyDistribution(item: AssessmentItem): { rows: SurveyOptionRow[]; total: number } | null {
  const stage = item.survey;
  if (!stage) return null;
  const counts = inputOf(stage)?.counts ?? {};
  const rule = ruleOf(item);
  const options =
    rule.kind === 'survey' && rule.options?.length
      ? rule.options.map((option) => ({
          code: option.code,
          label:
            option.label ?? DEFAULT_OPTIONS.find((known) => known.code === option.code)?.label ?? option.code,
          excluded: Boolean(option.excluded),
          count: 0,
        }))
      : DEFAULT_OPTIONS.map((option) => ({ ...option }));
  for (const code of Object.keys(counts))
    if (!options.some((option) => option.code === code))
      options.push({ code, label: code, excluded: false, count: 0 });
  const rows = options.map((option) => ({ ...option, count: counts[option.code] ?? 0 }));
  return { rows, total: rows.reduce((sum, row) => sum + row.count, 0) };
}
