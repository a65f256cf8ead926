import { addCalendarDays } from './calendar-date';
import { appointmentDate, countingStartDay, parseOfficeHours } from './office-hours';
import { vietnameseHolidays } from './vietnamese-holidays';
import { WorkingCalendar } from './working-calendar';

const HOURS = parseOfficeHours('07:00-11:30,13:30-17:00');
const calendar = WorkingCalendar.of([...vietnameseHolidays(2026), ...vietnameseHolidays(2027)]);

/** An instant given as Vietnamese local time (UTC+7). */
const vn = (local: string) => new Date(`${local}+07:00`);

describe('parseOfficeHours', () => {
  it('reads ranges as minutes after midnight', () => {
    expect(HOURS).toEqual({
      ranges: [
        { start: 7 * 60, end: 11 * 60 + 30 },
        { start: 13 * 60 + 30, end: 17 * 60 },
      ],
    });
    expect(parseOfficeHours(' 08:00-24:00 ')).toEqual({ ranges: [{ start: 480, end: 1440 }] });
  });

  it.each([
    '',
    '7:00-11:30',
    '07:00-11:30;13:30-17:00',
    '11:30-07:00',
    '07:00-07:00',
    '07:60-08:00',
    '25:00-26:00',
    '24:30-24:45',
    '07:00-12:00,11:00-17:00',
    '13:30-17:00,07:00-11:30',
  ])('refuses %p', (spec) => {
    expect(() => parseOfficeHours(spec)).toThrow(RangeError);
  });
});

describe('countingStartDay', () => {
  it('counts a receipt on Friday 16:30 (within hours) from that Friday', () => {
    expect(countingStartDay(vn('2026-11-27T16:30:00'), HOURS, calendar)).toBe('2026-11-27');
  });

  it('counts a receipt on Friday 17:30 (after hours) from Monday', () => {
    expect(countingStartDay(vn('2026-11-27T17:30:00'), HOURS, calendar)).toBe('2026-11-30');
  });

  it('takes closing time itself as after hours, one second before as within', () => {
    expect(countingStartDay(vn('2026-11-26T17:00:00'), HOURS, calendar)).toBe('2026-11-27');
    expect(countingStartDay(vn('2026-11-26T16:59:59'), HOURS, calendar)).toBe('2026-11-26');
  });

  it('counts a receipt before opening or during the lunch break from the same day', () => {
    expect(countingStartDay(vn('2026-11-26T06:00:00'), HOURS, calendar)).toBe('2026-11-26');
    expect(countingStartDay(vn('2026-11-26T12:15:00'), HOURS, calendar)).toBe('2026-11-26');
  });

  it('counts a receipt on a weekend or holiday from the next working day', () => {
    expect(countingStartDay(vn('2026-11-28T09:00:00'), HOURS, calendar)).toBe('2026-11-30');
    expect(countingStartDay(vn('2026-02-17T09:00:00'), HOURS, calendar)).toBe('2026-02-23');
  });

  it('reads the date and time in Vietnam, whatever the instant’s UTC date', () => {
    // 2026-11-26T20:30Z is Friday 27/11 03:30 in Vietnam
    expect(countingStartDay(new Date('2026-11-26T20:30:00Z'), HOURS, calendar)).toBe('2026-11-27');
    // 2026-11-27T09:59Z is Friday 16:59 in Vietnam; 10:00Z is 17:00
    expect(countingStartDay(new Date('2026-11-27T09:59:00Z'), HOURS, calendar)).toBe('2026-11-27');
    expect(countingStartDay(new Date('2026-11-27T10:00:00Z'), HOURS, calendar)).toBe('2026-11-30');
  });

  it('refuses an invalid instant', () => {
    expect(() => countingStartDay(new Date('nope'), HOURS, calendar)).toThrow(RangeError);
  });
});

describe('appointmentDate', () => {
  it('counts the receipt day as day 0 when received within hours', () => {
    // Monday 23/11/2026 10:00, 3 working days → Thursday 26/11
    expect(appointmentDate(vn('2026-11-23T10:00:00'), 3, HOURS, calendar)).toBe('2026-11-26');
    // Friday 16:30, 1 working day → Monday
    expect(appointmentDate(vn('2026-11-27T16:30:00'), 1, HOURS, calendar)).toBe('2026-11-30');
  });

  it('counts from the next working day, as day 0, when received after hours', () => {
    // Friday 17:30 → S = Monday 30/11, + 1 → Tuesday 01/12
    expect(appointmentDate(vn('2026-11-27T17:30:00'), 1, HOURS, calendar)).toBe('2026-12-01');
    expect(appointmentDate(vn('2026-11-27T17:30:00'), 0, HOURS, calendar)).toBe('2026-11-30');
  });

  it('skips Tết for a deadline crossing it', () => {
    // Thursday 12/02/2026 09:00 + 5 → 13/02, then Tết and two weekends → 23, 24, 25, 26/02
    expect(appointmentDate(vn('2026-02-12T09:00:00'), 5, HOURS, calendar)).toBe('2026-02-26');
  });

  it('skips 30/4–1/5 joined to the weekend', () => {
    // Wednesday 29/04/2026 10:00 + 2 → Monday 04/05 and Tuesday 05/05
    expect(appointmentDate(vn('2026-04-29T10:00:00'), 2, HOURS, calendar)).toBe('2026-05-05');
  });

  it('never falls on a weekend or holiday (receipts at all hours through 2026)', () => {
    for (let day = '2026-01-01'; day < '2027-01-01'; day = addCalendarDays(day, 1)) {
      for (const time of ['00:00:00', '07:00:00', '12:00:00', '16:59:59', '17:00:00', '23:59:59']) {
        const receivedAt = vn(`${day}T${time}`);
        const start = countingStartDay(receivedAt, HOURS, calendar);
        expect(calendar.isWorkingDay(start)).toBe(true);
        expect(start >= day).toBe(true);
        for (const days of [0, 1, 3, 7, 15, 20]) {
          const result = appointmentDate(receivedAt, days, HOURS, calendar);
          if (
            !calendar.isWorkingDay(result) ||
            calendar.workingDaysBetween(start, result) !== days
          ) {
            throw new Error(`received ${day} ${time}, ${days} days: got ${result}`);
          }
        }
      }
    }
  });

  it('refuses a negative processing time', () => {
    expect(() => appointmentDate(vn('2026-11-23T10:00:00'), -1, HOURS, calendar)).toThrow(
      RangeError,
    );
  });
});
