import type { ReactNode } from 'react';
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

/** A list screen's table: labelled, scrolling sideways on narrow screens, with loading and empty states. */
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
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="data-table">
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
