import { isCalendarDate } from '../procedures/form-data-validator';

/** ISO 8601 date-time with seconds and an explicit offset (or Z). */
const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Years an instant may fall in: PostgreSQL has no year 0, and no event is older than 1970. */
const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

/**
 * True when `value` is an ISO 8601 instant with an explicit offset that names a moment that
 * exists: a real calendar day (not 30 February, as `Date.parse` would accept, moving it to
 * March), hours 00–23, minutes and seconds 00–59, an offset of at most ±14:00, a year from
 * 1970 to 9999.
 */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_INSTANT.exec(value);
  if (!match) return false;
  const [, day, hours, minutes, seconds, , , , offsetHours, offsetMinutes] = match;
  const year = Number(day.slice(0, 4));
  return (
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    isCalendarDate(day) &&
    Number(hours) <= 23 &&
    Number(minutes) <= 59 &&
    Number(seconds) <= 59 &&
    (offsetHours === undefined ||
      (Number(offsetHours) * 60 + Number(offsetMinutes) <= 14 * 60 && Number(offsetMinutes) <= 59))
  );
}
