import { z } from 'zod';

/** A date-time as a `datetime-local` input shows it: local time, to the minute (`2026-12-15T17:00`). */
export function localInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value as the ISO 8601 instant the API takes; empty → null. */
export function isoOf(local: string): string | null {
  return local ? new Date(local).toISOString() : null;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** An optional deadline as typed in a date-time field: empty, or a real day and time. */
export const deadlineText = z
  .string()
  .refine((value) => value === '' || LOCAL_DATE_TIME.test(value), 'form.dateTimeInvalid');
