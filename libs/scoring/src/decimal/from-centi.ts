/** Hundredths of an index point back to a JS number for output (`9720` → 97.2). */
export function fromCenti(centi: number): number {
  return centi / 100;
}
