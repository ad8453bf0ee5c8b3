/**
 * Products up to 2^52 are exact in doubles, and so are the quotient/remainder steps done on them.
 * Above it the exact-arithmetic helpers switch to BigInt.
 */
export const EXACT_LIMIT = 2 ** 52;
