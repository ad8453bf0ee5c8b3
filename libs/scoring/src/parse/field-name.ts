/** The last token of a JSON Pointer, for messages (`/nodes/0/maxPoints` → `maxPoints`). */
export function fieldName(pointer: string | undefined): string {
  if (!pointer) return '(gốc / root)';
  const token = pointer.slice(pointer.lastIndexOf('/') + 1);
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
