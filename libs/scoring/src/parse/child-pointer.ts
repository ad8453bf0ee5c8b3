/** Appends one RFC 6901 reference token to a JSON Pointer (`~` → `~0`, `/` → `~1`). */
export function childPointer(pointer: string, token: string | number): string {
  const escaped = typeof token === 'number' ? String(token) : token.replace(/~/g, '~0').replace(/\//g, '~1');
  return `${pointer}/${escaped}`;
}
