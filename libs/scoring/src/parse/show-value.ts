/** A short rendering of a raw input value for messages (JSON, cut at 40 characters). */
export function showValue(value: unknown): string {
  if (value === undefined) return '(không có / none)';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
