import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { saveBlob } from '../../../lib/download';
import { useI18n } from '../../../lib/i18n';
import { crosswalkQueryOptions, useSaveCrosswalk, type Crosswalk } from '../api/crosswalk';
import { criteriaSetsQueryOptions } from '../api/get-criteria-sets';

/** "A.1, A.2" → ['A.1', 'A.2'] (commas, semicolons or spaces). */
export function parseCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

const SOURCE_LABELS = {
  explicit: 'crosswalk.source.explicit',
  identity: 'crosswalk.source.identity',
  none: 'crosswalk.source.none',
} as const;

/**
 * The set's crosswalk to the previous year's set: for each node the codes it continues, so the trends keep
 * their lines when codes are renamed, split or merged. Rows left alone keep the default (the same code);
 * the JSON is the export and the import.
 */
export function CrosswalkPanel({
  set,
  canEdit,
}: {
  set: { id: string; code: string; year: number; unitType: string };
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const crosswalk = useQuery(crosswalkQueryOptions(set.id));
  const sets = useQuery(criteriaSetsQueryOptions());
  const [previous, setPrevious] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const save = useSaveCrosswalk(set.id, {
    onSuccess: () => {
      setEdits({});
      setSaved(true);
    },
  });
  const candidates = useMemo(
    () =>
      (sets.data ?? [])
        .filter((s) => s.id !== set.id && s.unitType === set.unitType && s.year < set.year)
        .sort((a, b) => b.year - a.year),
    [sets.data, set],
  );
  const data = crosswalk.data;
  const previousId = previous ?? data?.previousCriteriaSetId ?? candidates[0]?.id ?? '';
  const submit = (body: Crosswalk | null) => {
    if (!data) return;
    setSaved(false);
    const entries = body
      ? body.entries.filter((e) => e.source === 'explicit').map(({ code, previous }) => ({ code, previous }))
      : data.entries
          .filter((e) => e.source === 'explicit' || edits[e.code] !== undefined)
          .map((e) => ({
            code: e.code,
            previous: edits[e.code] !== undefined ? parseCodes(edits[e.code]) : e.previous,
          }));
    save.mutate({
      previousCriteriaSetId: body?.previousCriteriaSetId ?? previousId,
      version: data.version,
      entries,
    });
  };
  return (
    <details className="crosswalk">
      <summary>{t('crosswalk.title')}</summary>
      <p>{t('crosswalk.explain')}</p>
      <ErrorAlert error={crosswalk.error ?? save.error} details />
      {saved && <p role="status">{t('crosswalk.saved')}</p>}
      {data && (
        <>
          <div className="toolbar">
            <label className="filter">
              {t('crosswalk.previous')}
              <select value={previousId} disabled={!canEdit} onChange={(e) => setPrevious(e.target.value)}>
                {previousId === '' && <option value="">—</option>}
                {candidates.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.code} ({s.year})
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                saveBlob(
                  new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
                  `chuyen-doi-ma-${set.code}.json`,
                )
              }
            >
              {t('crosswalk.export')}
            </button>
            {canEdit && (
              <label className="filter">
                {t('crosswalk.import')}
                <input
                  type="file"
                  accept=".json,application/json"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    void file?.text().then((text) => submit(JSON.parse(text) as Crosswalk));
                  }}
                />
              </label>
            )}
          </div>
          <div className="table-wrap">
            <table className="data-table">
              <caption>{t('crosswalk.caption', { set: data.criteriaSet })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('crosswalk.code')}</th>
                  <th scope="col">{t('crosswalk.node')}</th>
                  <th scope="col">{t('crosswalk.previousCodes')}</th>
                  <th scope="col">{t('crosswalk.source')}</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((entry) => (
                  <tr key={entry.code}>
                    <th scope="row">{entry.code}</th>
                    <td>{entry.title}</td>
                    <td>
                      {canEdit ? (
                        <input
                          aria-label={t('crosswalk.previousOf', { code: entry.code })}
                          value={edits[entry.code] ?? entry.previous.join(', ')}
                          onChange={(e) => setEdits((all) => ({ ...all, [entry.code]: e.target.value }))}
                        />
                      ) : (
                        entry.previous.join(', ') || '—'
                      )}
                    </td>
                    <td>{t(SOURCE_LABELS[entry.source])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {canEdit && (
            <button
              type="button"
              className="button-primary"
              disabled={save.isPending || previousId === ''}
              onClick={() => submit(null)}
            >
              {save.isPending ? t('action.working') : t('crosswalk.save')}
            </button>
          )}
        </>
      )}
    </details>
  );
}
