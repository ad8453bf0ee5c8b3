/**
 * Thousandths back to a JS number for output (`1978` → 1.978). The division is correctly rounded, so the
 * number prints as the exact decimal; never sum the results — sum the thousandths.
 */
export function fromMilli(milli: number): number {
  return milli / 1000;
}
