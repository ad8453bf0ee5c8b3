import { EXACT_LIMIT } from './exact-limits';

/** Sign of (a × b × c) − (d × e × f) for safe integers, exactly (BigInt once a product's magnitude passes 2^52). */
export function compareProducts(a: number, b: number, c: number, d: number, e = 1, f = 1): -1 | 0 | 1 {
  const left = a * b * c;
  const right = d * e * f;
  if (Math.abs(left) > EXACT_LIMIT || Math.abs(right) > EXACT_LIMIT) {
    const bigLeft = BigInt(a) * BigInt(b) * BigInt(c);
    const bigRight = BigInt(d) * BigInt(e) * BigInt(f);
    return bigLeft === bigRight ? 0 : bigLeft > bigRight ? 1 : -1;
  }
  return left === right ? 0 : left > right ? 1 : -1;
}
