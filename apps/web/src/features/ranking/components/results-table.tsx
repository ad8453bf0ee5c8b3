import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import type { ResultRow, SetNode, Sort, SortKey } from '../model';

/** Height of one table row (results.css fixes it): the window is computed from it. */
export const ROW_HEIGHT = 44;
/** Rows drawn above and below the visible ones, so a fast scroll shows no blank. */
const OVERSCAN = 8;
/** When the scroll area has no size yet (first render, jsdom): a typical screen. */
const FALLBACK_HEIGHT = 640;
/** Cards per step on a phone. */
export const CARD_STEP = 50;

const NARROW = '(max-width: 800px)';

/** True on a phone-sized screen (the tables' card breakpoint, components.css). */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = globalThis.matchMedia?.(NARROW);
      query?.addEventListener('change', notify);
      return () => query?.removeEventListener('change', notify);
    },
    () => globalThis.matchMedia?.(NARROW).matches ?? false,
    () => false,
  );
}

/** The rows to draw for a scroll position: first index (inclusive) and last (exclusive). */
export function visibleWindow(scrollTop: number, height: number, count: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  return [first, Math.max(first, last)];
}

interface ResultsTableProps {
  caption: string;
  rows: ResultRow[];
  areas: SetNode[];
  sort: Sort;
  onSort(key: SortKey): void;
  unitHref(code: string): string;
}

/**
 * The ranking table. On a wide screen only the rows in view are in the document (plus a few around): a
 * spacer row above and below stands for the others, so 3,300 units scroll as smoothly as 30. Every row has
 * the same height, which makes the window plain arithmetic (no measuring, no library). On a phone the rows
 * are cards (the DataTable's card mode), shown 50 at a time. The caller gives it a new `key` for a new
 * filter or order, which starts it at the top.
 */
export function ResultsTable({ caption, rows, areas, sort, onSort, unitHref }: ResultsTableProps) {
  const { t, formatNumber } = useI18n();
  const narrow = useNarrow();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  const [cards, setCards] = useState(CARD_STEP);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight || FALLBACK_HEIGHT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [narrow]);

  const columns: { key: SortKey | null; label: string; numeric?: boolean }[] = [
    { key: 'rank', label: t('ranking.col.rank'), numeric: true },
    { key: 'name', label: t('ranking.col.unit') },
    ...areas.map((area) => ({ key: `area:${area.code}` as SortKey, label: area.title, numeric: true })),
    { key: 'points', label: t('ranking.col.points'), numeric: true },
    { key: 'index', label: t('ranking.col.index'), numeric: true },
    { key: null, label: t('ranking.col.band') },
    { key: 'change', label: t('ranking.col.change'), numeric: true },
  ];

  const [first, last] = narrow
    ? [0, Math.min(rows.length, cards)]
    : visibleWindow(scrollTop, height, rows.length);
  const shown = rows.slice(first, last);
  const number = (value: number | null, digits?: number) =>
    value === null ? '—' : formatNumber(value, digits);

  const cell = (label: string, content: ReactNode, className?: string) => (
    <td key={label} data-label={label} className={className}>
      {content}
    </td>
  );

  const body = shown.map((row, offset) => (
    <tr key={row.code} aria-rowindex={first + offset + 2}>
      {cell(columns[0].label, number(row.rank), 'numeric')}
      {cell(
        columns[1].label,
        <Link to={unitHref(row.code)} title={row.name}>
          {row.name}
        </Link>,
        'results-name',
      )}
      {areas.map((area, i) =>
        cell(columns[2 + i].label, number(row.nodes[area.code]?.points ?? null), 'numeric'),
      )}
      {cell(t('ranking.col.points'), number(row.points), 'numeric')}
      {cell(t('ranking.col.index'), number(row.index, 2), 'numeric')}
      {cell(t('ranking.col.band'), row.bandLabel ?? t('ranking.noBand'))}
      {cell(t('ranking.col.change'), <RankChange change={row.rankChange} />, 'numeric')}
    </tr>
  ));

  const spacer = (count: number, where: string) =>
    count > 0 && (
      <tr
        aria-hidden="true"
        className="results-spacer"
        data-spacer={where}
        style={{ height: count * ROW_HEIGHT }}
      >
        <td colSpan={columns.length} />
      </tr>
    );

  return (
    <>
      <div
        ref={scroller}
        className={narrow ? 'results-cards' : 'results-scroll'}
        onScroll={narrow ? undefined : (event) => setScrollTop(event.currentTarget.scrollTop)}
        // A scrollable region must be reachable from the keyboard.
        tabIndex={narrow ? undefined : 0}
        role={narrow ? undefined : 'region'}
        aria-label={narrow ? undefined : caption}
      >
        <table
          className={`data-table results-table${narrow ? ' data-table-cards' : ''}`}
          aria-rowcount={rows.length + 1}
        >
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => (
                <th
                  key={column.key ?? column.label}
                  scope="col"
                  className={column.numeric ? 'numeric' : undefined}
                  aria-sort={
                    column.key && column.key === sort.key
                      ? sort.descending
                        ? 'descending'
                        : 'ascending'
                      : undefined
                  }
                >
                  {column.key ? (
                    <button
                      type="button"
                      className="results-sort"
                      title={t('ranking.sortBy', { column: column.label })}
                      onClick={() => onSort(column.key as SortKey)}
                    >
                      {column.label}
                      <span aria-hidden="true">
                        {column.key === sort.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {!narrow && spacer(first, 'before')}
            {body}
            {!narrow && spacer(rows.length - last, 'after')}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="table-status">{t('ranking.empty')}</p>}
      {narrow && cards < rows.length && (
        <button
          type="button"
          className="button-secondary results-more"
          onClick={() => setCards(cards + CARD_STEP)}
        >
          {t('ranking.showMore', { count: Math.min(CARD_STEP, rows.length - cards) })}
        </button>
      )}
    </>
  );
}

/** ↑ 3 / ↓ 2 / = against last year, with words for screen readers. */
export function RankChange({ change }: { change: number | null }) {
  const { t } = useI18n();
  if (change === null) return <span className="results-change">{t('ranking.change.none')}</span>;
  if (change === 0)
    return (
      <span className="results-change" title={t('ranking.change.same')}>
        <span aria-hidden="true">=</span>
        <span className="visually-hidden">{t('ranking.change.same')}</span>
      </span>
    );
  const up = change > 0;
  const words = t(up ? 'ranking.change.up' : 'ranking.change.down', { n: Math.abs(change) });
  return (
    <span className={`results-change ${up ? 'results-up' : 'results-down'}`} title={words}>
      <span aria-hidden="true">
        {up ? '↑' : '↓'} {Math.abs(change)}
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
