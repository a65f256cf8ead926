import { VIETNAM_TIME_ZONE } from '../dossiers/dossier-code';
import type { CalendarDate } from './calendar-date';
import type { WorkingCalendar } from './working-calendar';

/** One opening range, in minutes after local midnight: [start, end). */
export interface OfficeHoursRange {
  start: number;
  end: number;
}

/** Office hours of a working day (Asia/Ho_Chi_Minh), ranges in order and not overlapping. */
export interface OfficeHours {
  ranges: readonly OfficeHoursRange[];
}

/** The office hours when none are configured (`OFFICE_HOURS`). */
export const DEFAULT_OFFICE_HOURS = '07:00-11:30,13:30-17:00';

const RANGE_PATTERN = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

function minutesOf(hours: string, minutes: string, spec: string): number {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 24 || m > 59 || (h === 24 && m !== 0)) {
    throw new RangeError(`Invalid time ${hours}:${minutes} in office hours "${spec}"`);
  }
  return h * 60 + m;
}

/**
 * Parses `HH:MM-HH:MM[,HH:MM-HH:MM…]`, e.g. `07:00-11:30,13:30-17:00`. Each range must end
 * after it starts, and ranges must follow each other without overlapping; otherwise a
 * RangeError (the configuration is wrong and start-up should stop).
 */
export function parseOfficeHours(spec: string): OfficeHours {
  const ranges = spec.split(',').map((part) => {
    const match = RANGE_PATTERN.exec(part.trim());
    if (!match) throw new RangeError(`Invalid office hours "${spec}": expected HH:MM-HH:MM`);
    const start = minutesOf(match[1], match[2], spec);
    const end = minutesOf(match[3], match[4], spec);
    if (end <= start) throw new RangeError(`Office hours range "${part}" ends before it starts`);
    return { start, end };
  });
  ranges.forEach((range, i) => {
    if (i > 0 && range.start < ranges[i - 1].end) {
      throw new RangeError(`Office hours "${spec}" overlap or are out of order`);
    }
  });
  return { ranges };
}

const localParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The Vietnamese date of an instant and the seconds elapsed since that local midnight. */
function vietnamDateAndTime(instant: Date): { date: CalendarDate; seconds: number } {
  const parts = Object.fromEntries(
    localParts.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    seconds: Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second),
  };
}

/**
 * The day the processing time is counted from (day 0) for a dossier received at `receivedAt`:
 * the Vietnamese date of receipt when it is a working day and the local time is before the
 * end of the day's last office-hours range (so a receipt before opening or during the lunch
 * break still counts that day); otherwise the next working day, since a dossier received
 * outside office hours counts from the next working day.
 */
export function countingStartDay(
  receivedAt: Date,
  hours: OfficeHours,
  calendar: WorkingCalendar,
): CalendarDate {
  if (Number.isNaN(receivedAt.getTime())) throw new RangeError('Invalid receipt instant');
  const { date, seconds } = vietnamDateAndTime(receivedAt);
  const closing = hours.ranges[hours.ranges.length - 1]?.end ?? 0;
  if (calendar.isWorkingDay(date) && seconds < closing * 60) return date;
  return calendar.nextWorkingDay(date);
}

/**
 * Appointment date (ngày hẹn trả kết quả) = the `processingDays`-th working day after the
 * counting start day S of `countingStartDay`. S itself is day 0 and is not counted:
 * - received on a working day within hours (say Monday 10:00, 3 days): S = Monday, the
 *   appointment is Thursday;
 * - received after hours or on a day off (Friday 17:30, 3 days): S = next Monday, the
 *   appointment is Thursday of that week, i.e. S + 3 working days.
 * The result is always a working day (for processingDays = 0 it is S, itself a working day).
 */
export function appointmentDate(
  receivedAt: Date,
  processingDays: number,
  hours: OfficeHours,
  calendar: WorkingCalendar,
): CalendarDate {
  return calendar.addWorkingDays(countingStartDay(receivedAt, hours, calendar), processingDays)
    .result;
}
