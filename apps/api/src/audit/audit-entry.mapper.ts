/** What an audit entry keeps of a changed object: plain JSON without secrets, and the fields that changed. */

const SECRET_FIELDS = new Set(['passwordHash', 'keyHash', 'tokenHash', 'password', 'key', 'refreshToken']);

/** Plain JSON of an entity or object, secrets removed, dates as ISO strings. */
export function auditable(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    if (SECRET_FIELDS.has(field) || typeof fieldValue === 'function') continue;
    const isRelation =
      fieldValue !== null &&
      typeof fieldValue === 'object' &&
      !(fieldValue instanceof Date) &&
      !Array.isArray(fieldValue);
    if (isRelation) continue;
    out[field] = fieldValue instanceof Date ? fieldValue.toISOString() : fieldValue;
  }
  return out;
}

/** `{ field: [before, after] }` for the fields whose JSON differs. */
export function diffOf(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, [unknown, unknown]> | null {
  if (!before && !after) return null;
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const diff: Record<string, [unknown, unknown]> = {};
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'version') continue;
    const old = before?.[key] ?? null;
    const current = after?.[key] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(current)) diff[key] = [old, current];
  }
  return Object.keys(diff).length ? diff : null;
}
