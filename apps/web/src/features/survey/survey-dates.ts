/** The province's time zone: a survey's window is set in whole days there (the API reads a date alone so). */
const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PROVINCE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** An instant as the province's calendar day, as a `date` input holds it (`2026-11-30`). */
export function provinceDay(iso: string | null | undefined): string {
  return iso ? dayFormat.format(new Date(iso)) : '';
}
