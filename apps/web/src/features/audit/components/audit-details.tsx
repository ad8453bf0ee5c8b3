import { DiffTable } from '../../../components/diff-table';
import { useI18n } from '../../../lib/i18n';
import type { AuditEntry } from '../api/types';

/** A recorded value as a reader sees it: text as is, anything else as JSON, nothing as a dash. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * What an entry changed: each field's value before and after. Entries without a diff (a login, a failed
 * login) show what they recorded.
 */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  // The contract types these JSON columns loosely; the API writes `diff` as { field: [before, after] }.
  const changes: Record<string, unknown> = entry.diff ?? {};
  const recorded: Record<string, unknown> = entry.after ?? entry.before ?? {};
  const diff = Object.entries(changes).filter(
    (pair): pair is [string, [unknown, unknown]] => Array.isArray(pair[1]) && pair[1].length === 2,
  );
  return (
    <div className="audit-details">
      {diff.length > 0 ? (
        <DiffTable
          caption={t('audit.changes')}
          headers={[t('conflict.field'), t('audit.before'), t('audit.after')]}
          rows={diff.map(([field, [before, after]]) => ({
            key: field,
            field: <code>{field}</code>,
            before: shown(before),
            after: shown(after),
          }))}
        />
      ) : Object.keys(recorded).length > 0 ? (
        <table className="diff-table">
          <caption>{t('audit.recorded')}</caption>
          <tbody>
            {Object.entries(recorded).map(([field, value]) => (
              <tr key={field}>
                <th scope="row">
                  <code>{field}</code>
                </th>
                <td>{shown(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('audit.noDetails')}</p>
      )}
      <p className="audit-meta">
        {t('audit.requestId')}: <code>{entry.requestId ?? '—'}</code> · IP: <code>{entry.ip ?? '—'}</code>
      </p>
    </div>
  );
}
