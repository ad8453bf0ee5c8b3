/**
 * A 32-bit FNV-1a hash of the parts (joined by a separator), for seeding: `hashCode(seed, unitCode, leafCode)`
 * gives every unit and leaf its own stream, so one unit's figures do not depend on the others given.
 */
export function hashCode(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = parts.join('\u241f');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
