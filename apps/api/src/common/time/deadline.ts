import { DomainError } from '../errors/domain-error';

/** The province's time zone when `PAR_TIME_ZONE` is not set. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Minutes `timeZone` is ahead of UTC at `instant` (whole seconds). */
function offsetMinutes(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock time in `timeZone` names (the later reading across a DST change). */
function zoned(fields: number[], timeZone: string): number {
  const [year, month, day, hour, minute, second, milli] = fields;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, milli);
  const first = wall - offsetMinutes(timeZone, wall) * 60_000;
  return wall - offsetMinutes(timeZone, first) * 60_000;
}

const malformed = (field: string, value: string) =>
  new DomainError('VALIDATION_FAILED', {
    errors: [
      {
        field,
        code: 'isIso8601',
        message: `${field}: "${value}" không phải ngày giờ hợp lệ / is not a valid date-time`,
      },
    ],
  });

/**
 * A deadline as an instant. A date alone (`2027-02-05`) is the end of that day in the province's time zone;
 * a date-time without an offset is read in that zone too (never the server's); one with an offset or `Z`
 * is taken as given. A malformed or impossible date is a 400, never a 500.
 */
export function deadlineInstant(
  value: string | null | undefined,
  timeZone: string = DEFAULT_TIME_ZONE,
  field = 'deadline',
): Date | null {
  if (!value) return null;
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/.exec(
    value,
  );
  if (local) {
    const [year, month, day] = [1, 2, 3].map((i) => Number(local[i]));
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
      throw malformed(field, value);
    const time =
      local[4] === undefined
        ? [23, 59, 59, 999]
        : [
            Number(local[4]),
            Number(local[5]),
            Number(local[6] ?? 0),
            Number((local[7] ?? '0').padEnd(3, '0')),
          ];
    if (time[0] > 23 || time[1] > 59 || time[2] > 59) throw malformed(field, value);
    return new Date(zoned([year, month, day, ...time], timeZone));
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw malformed(field, value);
  return instant;
}
