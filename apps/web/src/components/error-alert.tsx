import type { FieldProblem } from '@par/contracts';
import { ApiError, fieldProblemMessage, problemMessage } from '../lib/api-error';
import { useI18n } from '../lib/i18n';

/**
 * The message of a failed call, announced to screen readers; nothing when there is no error. With
 * `details`, each problem the answer lists (a node, a worksheet row, an unmet precondition) follows it,
 * with what to do about it where `remedyOf` knows (by the problem's sub-code).
 */
export function ErrorAlert({
  error,
  details,
  remedyOf,
}: {
  error: unknown;
  details?: boolean;
  remedyOf?: (problem: FieldProblem) => string | undefined;
}) {
  const { t, lang } = useI18n();
  if (!error) return null;
  const problems = details && error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <div className="alert alert-error" role="alert">
      {error instanceof ApiError ? problemMessage(error.problem, lang) : t('error.unexpected')}
      {problems.length > 0 && (
        <ul className="problem-list">
          {problems.map((problem, i) => (
            <li key={i}>
              {fieldProblemMessage(problem, lang)} <code className="muted">{problem.code}</code>
              {remedyOf?.(problem) && <div className="problem-remedy">{remedyOf(problem)}</div>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
