import type { Localized } from './messages';

/** A decision date the official way: "ngày 06 tháng 3 năm 2026" (English: "6 March 2026"). */
export function officialDate(iso: string, lang: keyof Localized): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  if (lang === 'vi') return `ngày ${String(day).padStart(2, '0')} tháng ${month} năm ${year}`;
  const name = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  return `${day} ${name} ${year}`;
}
