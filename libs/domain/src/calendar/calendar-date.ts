import { isCalendarDate } from '../procedures/form-data-validator';

/**
 * Calendar dates as `YYYY-MM-DD` strings (no time, no time zone). They sort as strings, so
 * `a < b` compares two dates. Arithmetic goes through UTC midnight, which has no DST.
 */
export type CalendarDate = string;

const DAY_MS = 86_400_000;

/** Throws a RangeError unless `value` is a real `YYYY-MM-DD` date. */
export function assertCalendarDate(value: string): void {
  if (!isCalendarDate(value)) throw new RangeError(`Expected a YYYY-MM-DD date, got ${value}`);
}

/** `date` moved by `days` calendar days (negative moves back). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  assertCalendarDate(date);
  const moved = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
  const text = moved.toISOString().slice(0, 10);
  assertCalendarDate(text); // years beyond 9999 are not dates we handle
  return text;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  assertCalendarDate(date);
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
