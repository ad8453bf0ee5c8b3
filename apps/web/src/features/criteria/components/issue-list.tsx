import { fieldProblemMessage } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';

/** Problems found by libs/scoring or sent by the API, in the reader's language. */
export function IssueList({
  issues,
  alert,
}: {
  issues: ReadonlyArray<{ message: string; messageEn?: string }>;
  /** Announce them (a problem that appears after an action). */
  alert?: boolean;
}) {
  const { lang } = useI18n();
  if (issues.length === 0) return null;
  return (
    <ul className="problem-list field-error" role={alert ? 'alert' : undefined}>
      {issues.map((issue, i) => (
        <li key={i}>{fieldProblemMessage(issue, lang)}</li>
      ))}
    </ul>
  );
}
