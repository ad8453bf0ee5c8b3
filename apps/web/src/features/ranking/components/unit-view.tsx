import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import type { UnitHistoryRow } from '../api/types';
import { lostPoints, type Loss, type ResultsModel } from '../model';
import { RankChange } from './results-table';

// ECharts arrives with the first unit page only (its own chunk): the tables below say the same in text.
const AreaChart = lazy(() => import('./unit-charts').then((module) => ({ default: module.AreaChart })));
const TrendChart = lazy(() => import('./unit-charts').then((module) => ({ default: module.TrendChart })));

/** The leaves listed under "where it lost points" before "and N more". */
const SHOWN_LOSSES = 25;

/**
 * One unit in one period's results: its figures, points per area (chart and table), the index across the
 * published years, and the leaves where it lost points (from the snapshot's per-node points against each
 * node's maximum).
 */
export function UnitView({
  model,
  code,
  history,
  backHref,
  losses: given,
}: {
  model: ResultsModel;
  code: string;
  /** Where it lost points as the analysis API computed them (staff); else from the snapshot's nodes. */
  losses?: { areas: Loss[]; leaves: Loss[] } | null;
  /** The unit across published years; null while loading or when it has none. */
  history: UnitHistoryRow[] | null;
  backHref: string;
}) {
  const { t, formatNumber } = useI18n();
  const unit = model.rows.find((row) => row.code === code);
  const losses = useMemo(() => (unit ? (given ?? lostPoints(model, unit)) : null), [model, unit, given]);
  if (!unit || !losses)
    return (
      <>
        <p className="breadcrumb">
          <Link to={backHref}>{t('ranking.unit.back')}</Link>
        </p>
        <p role="alert">{t('ranking.unit.notFound', { code })}</p>
      </>
    );
  const group = model.groups.find((g) => g.code === unit.group)?.name ?? unit.group;
  const number = (value: number | null, digits?: number) =>
    value === null ? '—' : formatNumber(value, digits);
  const format = (value: number) => formatNumber(value);

  return (
    <article className="results-unit">
      <p className="breadcrumb">
        <Link to={backHref}>{t('ranking.unit.back')}</Link>
      </p>
      <h1>{unit.name}</h1>
      <p className="lead">
        {unit.code} · {group}
      </p>
      <dl className="facts results-facts">
        <div>
          <dt>{t('ranking.col.points')}</dt>
          <dd>
            {number(unit.points)}/{number(unit.maxPoints)}
          </dd>
        </div>
        <div>
          <dt>{t('ranking.col.index')}</dt>
          <dd>{number(unit.index, 2)}</dd>
        </div>
        <div>
          <dt>{t('ranking.col.rank')}</dt>
          <dd>{number(unit.rank)}</dd>
        </div>
        <div>
          <dt>{t('ranking.col.band')}</dt>
          <dd>{unit.bandLabel ?? t('ranking.noBand')}</dd>
        </div>
        <div>
          <dt>{t('ranking.col.change')}</dt>
          <dd>
            <RankChange change={unit.rankChange} />
          </dd>
        </div>
      </dl>

      <section aria-labelledby="unit-areas">
        <h2 id="unit-areas">{t('ranking.unit.areas')}</h2>
        <Suspense fallback={<p className="table-status">{t('ranking.chart.loading')}</p>}>
          <AreaChart
            areas={losses.areas}
            format={format}
            labels={{
              got: t('ranking.unit.got'),
              lost: t('ranking.unit.lost'),
              chart: t('ranking.chart.areas'),
            }}
          />
        </Suspense>
        <div className="table-wrap">
          <table className="data-table data-table-cards">
            <caption className="visually-hidden">{t('ranking.unit.areas')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ranking.unit.area')}</th>
                <th scope="col" className="numeric">
                  {t('ranking.unit.got')}
                </th>
                <th scope="col" className="numeric">
                  {t('ranking.unit.max')}
                </th>
                <th scope="col" className="numeric">
                  {t('ranking.unit.lost')}
                </th>
              </tr>
            </thead>
            <tbody>
              {losses.areas.map((area) => (
                <tr key={area.code}>
                  <td data-label={t('ranking.unit.area')}>
                    {area.code}. {area.title}
                  </td>
                  <td data-label={t('ranking.unit.got')} className="numeric">
                    {number(area.points)}
                  </td>
                  <td data-label={t('ranking.unit.max')} className="numeric">
                    {number(area.maxPoints)}
                  </td>
                  <td data-label={t('ranking.unit.lost')} className="numeric">
                    {number(area.lost)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="unit-trend">
        <h2 id="unit-trend">{t('ranking.unit.trend')}</h2>
        {history && history.length > 0 ? (
          <>
            {history.length > 1 && (
              <Suspense fallback={<p className="table-status">{t('ranking.chart.loading')}</p>}>
                <TrendChart years={history} label={t('ranking.chart.trend')} format={format} />
              </Suspense>
            )}
            <div className="table-wrap">
              <table className="data-table data-table-cards">
                <caption className="visually-hidden">{t('ranking.unit.trend')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ranking.unit.year')}</th>
                    <th scope="col" className="numeric">
                      {t('ranking.col.index')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('ranking.col.rank')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((year) => (
                    <tr key={year.periodId}>
                      <td data-label={t('ranking.unit.year')}>{year.year}</td>
                      <td data-label={t('ranking.col.index')} className="numeric">
                        {number(year.index, 2)}
                      </td>
                      <td data-label={t('ranking.col.rank')} className="numeric">
                        {number(year.rank)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p>{t('ranking.unit.noHistory')}</p>
        )}
      </section>

      <section aria-labelledby="unit-losses">
        <h2 id="unit-losses">{t('ranking.unit.losses')}</h2>
        {losses.leaves.length === 0 ? (
          <p>{t('ranking.unit.noLosses')}</p>
        ) : (
          <>
            <p>{t('ranking.unit.lossesExplain')}</p>
            <ol className="results-losses">
              {losses.leaves.slice(0, SHOWN_LOSSES).map((leaf) => (
                <li key={leaf.code}>
                  <span>
                    <strong>{leaf.code}</strong> {leaf.title !== leaf.code && leaf.title}
                  </span>
                  <span className="numeric">
                    −{number(leaf.lost)} ({number(leaf.points)}/{number(leaf.maxPoints)})
                  </span>
                </li>
              ))}
            </ol>
            {losses.leaves.length > SHOWN_LOSSES && (
              <p>{t('ranking.unit.moreLosses', { count: losses.leaves.length - SHOWN_LOSSES })}</p>
            )}
          </>
        )}
      </section>
    </article>
  );
}
