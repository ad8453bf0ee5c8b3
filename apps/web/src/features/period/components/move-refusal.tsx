import { isPeriodMoveProblemCode, type FieldProblem, type PeriodMoveProblemCode } from '@par/contracts';
import { Link } from 'react-router';
import { ApiError, fieldProblemMessage, problemMessage } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import type { PeriodDetail } from '../../../lib/period-queries';
import { MOVE_REMEDIES } from '../labels';

/** What each refused precondition says, in words, before the units it names. */
const REFUSAL_TEXTS: Record<PeriodMoveProblemCode, MessageKey> = {
  NOT_NEXT_STATE: 'period.refusal.notNextState',
  NOT_BY_STATE_ROUTE: 'period.refusal.notByStateRoute',
  NO_UNITS: 'period.refusal.noUnits',
  CRITERIA_SET_INVALID: 'period.refusal.criteriaSetInvalid',
  UNITS_NOT_SUBMITTED: 'period.refusal.unitsNotSubmitted',
  ROUND1_INCOMPLETE: 'period.refusal.round1Incomplete',
  EXPLANATION_WINDOW_OPEN: 'period.refusal.explanationWindowOpen',
};

/** Where a unit named by a refusal is dealt with: its assessment, or its leaves in the appraisal workspace. */
function unitLink(code: PeriodMoveProblemCode, periodId: string, unit: string): string {
  const query = `period=${encodeURIComponent(periodId)}&unit=${encodeURIComponent(unit)}`;
  return code === 'ROUND1_INCOMPLETE' ? `/appraisal?${query}` : `/self-assessment?${query}`;
}

/** The problems of a refusal, each code once (the API sends one per precondition; this guards repeats). */
function distinct(problems: readonly FieldProblem[]): FieldProblem[] {
  const seen = new Map<string, FieldProblem>();
  for (const problem of problems) {
    const known = seen.get(problem.code);
    seen.set(
      problem.code,
      known ? { ...known, units: [...new Set([...(known.units ?? []), ...(problem.units ?? [])])] } : problem,
    );
  }
  return [...seen.values()];
}

/**
 * Why the period could not move on, in sentences: each unmet precondition once, the units it concerns by name
 * (each a link to where it is dealt with) and what to do. Built from the problem's structured fields
 * (`code`, `units`), never from the API's sentence, which names units by code.
 */
export function MoveRefusal({ error, period }: { error: unknown; period: PeriodDetail }) {
  const { t, lang, formatNumber } = useI18n();
  if (!error) return null;
  const problems = error instanceof ApiError ? distinct(error.problem.errors ?? []) : [];
  const names = new Map(period.units.map((unit) => [unit.code, unit.name]));
  return (
    <div className="refusal alert alert-error" role="alert">
      <h2>{t('period.refused')}</h2>
      {problems.length === 0 && (
        <p>{error instanceof ApiError ? problemMessage(error.problem, lang) : t('error.unexpected')}</p>
      )}
      <ul className="problem-list">
        {problems.map((problem) => {
          if (!isPeriodMoveProblemCode(problem.code)) {
            return <li key={problem.code}>{fieldProblemMessage(problem, lang)}</li>;
          }
          const code = problem.code;
          const units = [...(problem.units ?? [])].sort((a, b) =>
            (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'vi'),
          );
          return (
            <li key={code}>
              <p className="refusal-what">
                {code === 'CRITERIA_SET_INVALID'
                  ? // Names the sets by their codes, which is how the criteria screens list them.
                    fieldProblemMessage(problem, lang)
                  : t(REFUSAL_TEXTS[code], { count: formatNumber(units.length) })}
              </p>
              {units.length > 0 && (
                <ul className="refusal-units">
                  {units.map((unit) => (
                    <li key={unit}>
                      <Link to={unitLink(code, period.id, unit)}>{names.get(unit) ?? unit}</Link>
                    </li>
                  ))}
                </ul>
              )}
              <p className="problem-remedy">{t(MOVE_REMEDIES[code])}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
