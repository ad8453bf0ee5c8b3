import type { ReactNode } from 'react';

export interface DiffRow {
  key: string;
  field: ReactNode;
  before: string;
  after: string;
}

/** Field by field, two versions side by side (a concurrent edit, an audited change). */
export function DiffTable({
  caption,
  headers,
  rows,
}: {
  caption?: string;
  headers: [field: string, before: string, after: string];
  rows: DiffRow[];
}) {
  return (
    <table className="diff-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.field}</th>
            <td className="diff-before">{row.before || '—'}</td>
            <td className="diff-after">{row.after || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
