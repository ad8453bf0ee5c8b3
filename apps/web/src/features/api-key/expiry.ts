/**
 * A date typed as dd/mm/yyyy (the way Vietnamese forms write it) as the ISO date the API takes
 * (`2027-03-31`; the server reads a date alone as the end of that day in the province's time zone).
 * Empty → null; anything else that is not a real calendar day → undefined.
 */
export function isoDateOf(text: string): string | null | undefined {
  const value = text.trim();
  if (!value) return null;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Whether a key's expiry has passed at `now`. */
export function isExpired(expiresAt: string | null | undefined, now: Date = new Date()): boolean {
  return !!expiresAt && new Date(expiresAt).getTime() <= now.getTime();
}
