import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

export interface Column {
  label: string;
  numeric?: boolean;
}

interface DataTableProps {
  caption: string;
  columns: Array<string | Column>;
  /** Header of the last column, which holds each row's buttons (read by screen readers only). */
  actionsLabel?: string;
  loading?: boolean;
  /** Shown under the header when there are no rows. */
  emptyText?: string;
  /** Refetching: rows stay while the next ones load. */
  busy?: boolean;
  children: ReactNode;
}

/** A list screen's table: labelled, cards on narrow screens, with loading and empty states. */
export function DataTable({
  caption,
  columns,
  actionsLabel,
  loading,
  emptyText,
  busy,
  children,
}: DataTableProps) {
  const { t } = useI18n();
  const table = useRef<HTMLTableElement>(null);
  // On a phone each row is a card (components.css): every cell carries its column's name to show beside
  // the value. Rows come from the caller, so the names are set on the rendered cells after each render.
  useLayoutEffect(() => {
    const labels = [...(table.current?.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent ?? '');
    for (const row of table.current?.tBodies[0]?.rows ?? []) {
      [...row.cells].forEach((cell, i) => {
        if (cell.getAttribute('data-label') !== labels[i]) cell.setAttribute('data-label', labels[i] ?? '');
      });
    }
  });
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="data-table data-table-cards" ref={table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const { label, numeric } =
                typeof column === 'string' ? { label: column, numeric: false } : column;
              return (
                <th key={label} scope="col" className={numeric ? 'numeric' : undefined}>
                  {label}
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">{actionsLabel ?? t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {loading && <p className="table-status">{t('table.loading')}</p>}
      {emptyText && <p className="table-status">{emptyText}</p>}
    </div>
  );
}
