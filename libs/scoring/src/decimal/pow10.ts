/** Exact powers of ten that stay safe integers: POW10[k] = 10^k for k = 0..15. */
export const POW10: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** The largest scale an exact decimal may have here (10^15 is the last safe power of ten). */
export const MAX_SCALE = 15;
