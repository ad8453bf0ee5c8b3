import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { areasOf, filterRows, sortRows, type ResultsModel, type Sort, type SortKey } from '../model';
import { ResultsTable } from './results-table';

/** The results of one period, group by group: the filters and the ranking table. */
export function ResultsBrowser({ model, unitHref }: { model: ResultsModel; unitHref(code: string): string }) {
  const { t, compare, formatNumber } = useI18n();
  const id = useId();
  const [group, setGroup] = useState(model.groups[0]?.code ?? '');
  const [search, setSearch] = useState('');
  const [band, setBand] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'rank', descending: false });
  // Typing stays responsive with thousands of rows: the table follows a moment later.
  const deferredSearch = useDeferredValue(search);

  const inGroup = useMemo(() => model.rows.filter((row) => row.group === group), [model, group]);
  const areas = useMemo(() => areasOf(model, inGroup), [model, inGroup]);
  const bands = useMemo(() => {
    const seen = new Map<string, string>();
    for (const row of inGroup) if (row.band) seen.set(row.band, row.bandLabel ?? row.band);
    return [...seen];
  }, [inGroup]);
  const rows = useMemo(
    () => sortRows(filterRows(inGroup, { group: '', search: deferredSearch, band }), sort, compare),
    [inGroup, deferredSearch, band, sort, compare],
  );
  const groupName = model.groups.find((g) => g.code === group)?.name ?? group;

  const onSort = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, descending: !current.descending }
        : // Points and indices read best from the top; rank and names from the first.
          { key, descending: key !== 'rank' && key !== 'name' },
    );

  return (
    <section className="results-browser" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {groupName}
      </h2>
      {model.groups.length > 1 && (
        <div className="results-groups" role="group" aria-label={t('ranking.group')}>
          {model.groups.map((g) => (
            <button
              key={g.code}
              type="button"
              aria-pressed={g.code === group}
              className={g.code === group ? 'results-group results-group-current' : 'results-group'}
              onClick={() => {
                setGroup(g.code);
                setBand('');
              }}
            >
              {g.name}
            </button>
          ))}
        </div>
      )}
      <div className="toolbar results-filters">
        <label className="filter">
          {t('ranking.search')}
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <label className="filter">
          {t('ranking.band')}
          <select value={band} onChange={(event) => setBand(event.target.value)}>
            <option value="">{t('ranking.anyBand')}</option>
            {bands.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
            {inGroup.some((row) => row.band === null) && <option value="-">{t('ranking.noBand')}</option>}
          </select>
        </label>
        <p className="results-count" role="status">
          {t('ranking.count', { shown: formatNumber(rows.length), total: formatNumber(inGroup.length) })}
        </p>
      </div>
      <ResultsTable
        key={`${group}|${deferredSearch}|${band}|${sort.key}|${sort.descending}`}
        caption={`${t('ranking.title')} — ${groupName}`}
        rows={rows}
        areas={areas}
        sort={sort}
        onSort={onSort}
        unitHref={unitHref}
      />
    </section>
  );
}
