/** The council's corrected input as typed (JSON of a v1 leaf input), or null when it is not a JSON object. */
export function parseCorrectedInput(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
