/** What an audit entry keeps of a changed object: plain JSON without secrets, and the fields that changed. */

const SECRET_FIELDS = new Set(['passwordHash', 'keyHash', 'tokenHash', 'password', 'key', 'refreshToken']);

/**
 * Plain JSON of an entity or object, secrets removed at any depth, dates as ISO strings. Plain objects and
 * arrays (leaf inputs, criteria documents) are kept whole; a loaded relation (an entity instance) is not.
 */
export function auditable(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return plainObject(value);
}

function plainObject(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    if (SECRET_FIELDS.has(field)) continue;
    const plain = plainValue(fieldValue);
    if (plain !== undefined) out[field] = plain;
  }
  return out;
}

/** The JSON kept of one value; undefined for what the log leaves out (functions, entity instances). */
function plainValue(value: unknown): unknown {
  if (typeof value === 'function') return undefined;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainValue).filter((item) => item !== undefined);
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return undefined;
    return plainObject(value);
  }
  return value;
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
