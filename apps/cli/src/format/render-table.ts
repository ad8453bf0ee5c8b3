export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/** Display width of text (NFC code points: Vietnamese letters with diacritics count one column). */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** A plain-text table with aligned columns, a header and a rule line; trailing spaces trimmed. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, c) =>
    Math.max(width(column.header), ...rows.map((row) => width(row[c] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - width(cell));
        return columns[c].align === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((column) => column.header)),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map((row) => line(row)),
  ].join('\n');
}
