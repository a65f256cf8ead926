import type { CalendarDate } from '../calendar/calendar-date';
import { addCalendarDays, dayOfWeek } from '../calendar/calendar-date';

/** How a report period is cut for charts. */
export const REPORT_INTERVALS = ['day', 'week', 'month'] as const;
export type ReportInterval = (typeof REPORT_INTERVALS)[number];

/** One interval of a period: its key (the first day of the whole day, week or month) and its
 *  days within the period (the first and last buckets may be cut short by the period). */
export interface ReportBucket {
  key: CalendarDate;
  from: CalendarDate;
  to: CalendarDate;
}

/**
 * The day, ISO week (Monday to Sunday) or month that `date` belongs to, as its first day:
 * the same key the SQL groups by (`date_trunc('week' | 'month', day)`).
 */
export function bucketKey(date: CalendarDate, interval: ReportInterval): CalendarDate {
  switch (interval) {
    case 'day':
      return addCalendarDays(date, 0);
    case 'week':
      // Sunday is 0: six days back to Monday
      return addCalendarDays(date, -((dayOfWeek(date) + 6) % 7));
    case 'month':
      return `${addCalendarDays(date, 0).slice(0, 8)}01`;
  }
}

/** The last day of the bucket starting on `key`. */
function bucketEnd(key: CalendarDate, interval: ReportInterval): CalendarDate {
  switch (interval) {
    case 'day':
      return key;
    case 'week':
      return addCalendarDays(key, 6);
    case 'month': {
      const [year, month] = key.split('-').map(Number);
      const next =
        month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
      return addCalendarDays(next.padStart(10, '0'), -1);
    }
  }
}

/** Every bucket of the period `from`..`to` (both included), in order, empty ones too. */
export function reportBuckets(
  from: CalendarDate,
  to: CalendarDate,
  interval: ReportInterval,
): ReportBucket[] {
  const buckets: ReportBucket[] = [];
  for (let key = bucketKey(from, interval); key <= to;) {
    const end = bucketEnd(key, interval);
    buckets.push({ key, from: key < from ? from : key, to: end > to ? to : end });
    key = addCalendarDays(end, 1);
  }
  return buckets;
}

/** How many buckets `reportBuckets` would give, without making them. */
export function bucketCount(
  from: CalendarDate,
  to: CalendarDate,
  interval: ReportInterval,
): number {
  if (to < from) return 0;
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  switch (interval) {
    case 'day':
      return days + 1;
    case 'week':
      return (
        (Date.parse(bucketKey(to, 'week')) - Date.parse(bucketKey(from, 'week'))) / 604_800_000 + 1
      );
    case 'month':
      return (
        (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
        Number(to.slice(5, 7)) -
        Number(from.slice(5, 7)) +
        1
      );
  }
}
