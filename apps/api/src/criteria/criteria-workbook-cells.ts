import type ExcelJS from 'exceljs';

/** A worksheet cell's value as ExcelJS reads it. */
export type Cell = ExcelJS.CellValue;

/** Text of a cell whatever Excel stored (rich text, formula result, number), trimmed. */
export function text(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return text(value.result);
    if ('text' in value) return String(value.text).trim();
    if (value instanceof Date) return value.toISOString();
    return '';
  }
  return String(value).trim();
}

/** A decimal typed as a number or as text with a comma or a dot ("1,5" → "1.5"); null when it is none. */
export function decimal(value: Cell): string | null {
  const raw = typeof value === 'number' ? String(value) : text(value).replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(raw) ? raw : null;
}
