import type { CalendarDate } from './calendar-date';
import { addCalendarDays, assertCalendarDate, dayOfWeek } from './calendar-date';
import type { Holiday } from './holiday-table';
import { sortHolidays } from './holiday-table';

/** A day passed over while counting working days, and why it is not one. */
export interface SkippedDay {
  date: CalendarDate;
  /** Vietnamese: 'Thứ Bảy', 'Chủ nhật' or the holiday's name. */
  reason: string;
}

export interface WorkingDaysResult {
  result: CalendarDate;
  /** The days off passed over on the way to `result`, in date order. */
  skipped: SkippedDay[];
}

export const SATURDAY_REASON = 'Thứ Bảy';
export const SUNDAY_REASON = 'Chủ nhật';

/**
 * No real calendar has this many days off in a row; reaching it means the holiday table is
 * broken (e.g. every day of a year entered), and we stop instead of looping for ever.
 */
const MAX_CONSECUTIVE_DAYS_OFF = 366;

/**
 * Working days: every day but Saturdays, Sundays and the public holidays of the
 * table. Pure and immutable; build a new one when the table changes.
 */
export class WorkingCalendar {
  private readonly holidays: ReadonlyMap<CalendarDate, string>;

  /** @param holidays holiday name by `YYYY-MM-DD` date */
  constructor(holidays: ReadonlyMap<CalendarDate, string> = new Map()) {
    for (const date of holidays.keys()) assertCalendarDate(date);
    this.holidays = new Map(holidays);
  }

  static of(holidays: Iterable<Holiday>): WorkingCalendar {
    return new WorkingCalendar(new Map([...holidays].map((h) => [h.date, h.name])));
  }

  isWorkingDay(date: CalendarDate): boolean {
    return this.reasonOff(date) === null;
  }

  /**
   * Why `date` is not a working day, or null when it is one. A holiday's name wins over the
   * weekday, so a holiday falling on a Sunday is explained by its name.
   */
  reasonOff(date: CalendarDate): string | null {
    const holiday = this.holidays.get(date);
    if (holiday !== undefined) return holiday;
    switch (dayOfWeek(date)) {
      case 6:
        return SATURDAY_REASON;
      case 0:
        return SUNDAY_REASON;
      default:
        return null;
    }
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: CalendarDate): CalendarDate {
    return this.addWorkingDays(date, 1).result;
  }

  /**
   * The `days`-th working day strictly after `from`, with the days off passed over.
   * `days = 0` gives `from` itself when it is a working day, else the next working day
   * (then `from` is among the skipped days).
   */
  addWorkingDays(from: CalendarDate, days: number): WorkingDaysResult {
    assertCalendarDate(from);
    if (!Number.isInteger(days) || days < 0) {
      throw new RangeError(`Working days must be a non-negative integer, got ${days}`);
    }
    const fromReason = this.reasonOff(from);
    if (days === 0 && fromReason === null) return { result: from, skipped: [] };
    // days = 0 on a day off: the answer is the next working day, and `from` was skipped
    const skipped: SkippedDay[] =
      days === 0 && fromReason !== null ? [{ date: from, reason: fromReason }] : [];
    const target = Math.max(days, 1);
    let date = from;
    let counted = 0;
    let offInARow = skipped.length;
    while (counted < target) {
      date = addCalendarDays(date, 1);
      const reason = this.reasonOff(date);
      if (reason === null) {
        counted++;
        offInARow = 0;
      } else {
        skipped.push({ date, reason });
        if (++offInARow >= MAX_CONSECUTIVE_DAYS_OFF) {
          throw new RangeError(`No working day within a year after ${from}: check the holidays`);
        }
      }
    }
    return { result: date, skipped };
  }

  /**
   * Working days in the interval (`fromExclusive`, `toInclusive`]; 0 when `toInclusive` is
   * not after `fromExclusive`. When `b` is a working day after `a`,
   * `addWorkingDays(a, workingDaysBetween(a, b)).result === b`.
   */
  workingDaysBetween(fromExclusive: CalendarDate, toInclusive: CalendarDate): number {
    assertCalendarDate(fromExclusive);
    assertCalendarDate(toInclusive);
    let count = 0;
    for (let d = fromExclusive; d < toInclusive;) {
      d = addCalendarDays(d, 1);
      if (this.isWorkingDay(d)) count++;
    }
    return count;
  }

  /** The holidays of the table, in date order. */
  holidayList(): Holiday[] {
    return sortHolidays([...this.holidays].map(([date, name]) => ({ date, name })));
  }
}
