import { addCalendarDays, dayOfWeek } from './calendar-date';
import { vietnameseHolidays } from './vietnamese-holidays';
import { WorkingCalendar } from './working-calendar';

const calendar2026 = WorkingCalendar.of([
  ...vietnameseHolidays(2026, { compensatoryDays: false }),
  ...vietnameseHolidays(2027, { compensatoryDays: false }),
]);

describe('calendar dates', () => {
  it('adds days across months, leap days and years', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addCalendarDays('0050-01-01', 1)).toBe('0050-01-02');
  });

  it('tells the weekday (0 = Sunday)', () => {
    expect(dayOfWeek('2026-11-26')).toBe(4);
    expect(dayOfWeek('2026-11-28')).toBe(6);
    expect(dayOfWeek('2026-11-29')).toBe(0);
  });

  it('refuses strings that are not real dates', () => {
    for (const bad of ['2026-02-30', '2026-2-3', '26-02-03', '2026-02-03T00:00', '']) {
      expect(() => addCalendarDays(bad, 1)).toThrow(RangeError);
      expect(() => dayOfWeek(bad)).toThrow(RangeError);
    }
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('WorkingCalendar', () => {
  it('treats Monday to Friday as working days and explains weekends in Vietnamese', () => {
    const calendar = new WorkingCalendar();
    expect(calendar.isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(calendar.isWorkingDay('2026-11-27')).toBe(true); // Friday
    expect(calendar.reasonOff('2026-11-27')).toBeNull();
    expect(calendar.isWorkingDay('2026-11-28')).toBe(false);
    expect(calendar.reasonOff('2026-11-28')).toBe('Thứ Bảy');
    expect(calendar.reasonOff('2026-11-29')).toBe('Chủ nhật');
  });

  it('explains a holiday by its name, even when it falls on a weekend', () => {
    expect(calendar2026.reasonOff('2026-04-30')).toBe('Ngày Chiến thắng (30/4)');
    expect(calendar2026.reasonOff('2026-04-26')).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch)'); // Sunday
    expect(calendar2026.isWorkingDay('2026-02-18')).toBe(false);
  });

  it('refuses a holiday table with a date that is not real', () => {
    expect(() => new WorkingCalendar(new Map([['2026-02-30', 'x']]))).toThrow(RangeError);
  });

  it('does not change when the map it was built from changes', () => {
    const holidays = new Map<string, string>();
    const calendar = new WorkingCalendar(holidays);
    holidays.set('2026-11-26', 'Ngày thêm');
    expect(calendar.isWorkingDay('2026-11-26')).toBe(true);
  });

  describe('nextWorkingDay', () => {
    it('is strictly after the given day', () => {
      expect(calendar2026.nextWorkingDay('2026-11-23')).toBe('2026-11-24');
      expect(calendar2026.nextWorkingDay('2026-11-27')).toBe('2026-11-30'); // Fri → Mon
      expect(calendar2026.nextWorkingDay('2026-11-28')).toBe('2026-11-30'); // Sat → Mon
      expect(calendar2026.nextWorkingDay('2026-02-13')).toBe('2026-02-23'); // Fri before Tết
    });
  });

  describe('addWorkingDays', () => {
    it('counts from the day after `from` and lists no skipped day within a week', () => {
      expect(calendar2026.addWorkingDays('2026-11-23', 3)).toEqual({
        result: '2026-11-26',
        skipped: [],
      });
    });

    it('returns `from` for 0 days on a working day, else the next working day', () => {
      expect(calendar2026.addWorkingDays('2026-11-26', 0)).toEqual({
        result: '2026-11-26',
        skipped: [],
      });
      expect(calendar2026.addWorkingDays('2026-11-28', 0)).toEqual({
        result: '2026-11-30',
        skipped: [
          { date: '2026-11-28', reason: 'Thứ Bảy' },
          { date: '2026-11-29', reason: 'Chủ nhật' },
        ],
      });
    });

    it('explains each weekend day and holiday of a deadline crossing Tết', () => {
      // Friday 13/02/2026 + 3 working days: the weekend, Tết 16–20/02, the weekend again
      expect(calendar2026.addWorkingDays('2026-02-13', 3)).toEqual({
        result: '2026-02-25',
        skipped: [
          { date: '2026-02-14', reason: 'Thứ Bảy' },
          { date: '2026-02-15', reason: 'Chủ nhật' },
          { date: '2026-02-16', reason: 'Tết Nguyên đán (29 tháng Chạp)' },
          { date: '2026-02-17', reason: 'Tết Nguyên đán (mùng 1 tháng Giêng)' },
          { date: '2026-02-18', reason: 'Tết Nguyên đán (mùng 2 tháng Giêng)' },
          { date: '2026-02-19', reason: 'Tết Nguyên đán (mùng 3 tháng Giêng)' },
          { date: '2026-02-20', reason: 'Tết Nguyên đán (mùng 4 tháng Giêng)' },
          { date: '2026-02-21', reason: 'Thứ Bảy' },
          { date: '2026-02-22', reason: 'Chủ nhật' },
        ],
      });
    });

    it('skips 30/4 and 1/5 joined to a weekend (2026: Thursday and Friday)', () => {
      // Wednesday 29/04/2026 + 1 → Monday 04/05/2026
      const { result, skipped } = calendar2026.addWorkingDays('2026-04-29', 1);
      expect(result).toBe('2026-05-04');
      expect(skipped.map((s) => s.date)).toEqual([
        '2026-04-30',
        '2026-05-01',
        '2026-05-02',
        '2026-05-03',
      ]);
      expect(skipped.map((s) => s.reason)).toEqual([
        'Ngày Chiến thắng (30/4)',
        'Ngày Quốc tế Lao động (1/5)',
        'Thứ Bảy',
        'Chủ nhật',
      ]);
    });

    it('crosses a year end', () => {
      // Thursday 31/12/2026, 01/01/2027 (Friday) is Tết Dương lịch
      expect(calendar2026.addWorkingDays('2026-12-31', 1).result).toBe('2027-01-04');
    });

    it('refuses a negative or fractional number of days and a bad date', () => {
      expect(() => calendar2026.addWorkingDays('2026-11-26', -1)).toThrow(RangeError);
      expect(() => calendar2026.addWorkingDays('2026-11-26', 1.5)).toThrow(RangeError);
      expect(() => calendar2026.addWorkingDays('2026-13-01', 1)).toThrow(RangeError);
    });

    it('stops instead of looping when a whole year is marked off', () => {
      const allOff = new Map<string, string>();
      for (let d = '2091-01-01'; d < '2092-06-01'; d = addCalendarDays(d, 1)) allOff.set(d, 'x');
      expect(() => new WorkingCalendar(allOff).addWorkingDays('2091-01-01', 1)).toThrow(
        /No working day/,
      );
    });

    it('lands on a working day and counts exactly n working days (every start in 2026)', () => {
      for (let from = '2026-01-01'; from < '2027-01-01'; from = addCalendarDays(from, 1)) {
        for (const n of [0, 1, 5, 15, 30]) {
          const { result, skipped } = calendar2026.addWorkingDays(from, n);
          expect(calendar2026.isWorkingDay(result)).toBe(true);
          expect(calendar2026.workingDaysBetween(from, result)).toBe(
            n === 0 && calendar2026.isWorkingDay(from) ? 0 : Math.max(n, 1),
          );
          expect(skipped.every((s) => !calendar2026.isWorkingDay(s.date))).toBe(true);
        }
      }
    });
  });

  describe('workingDaysBetween', () => {
    it('counts working days in (from, to]', () => {
      expect(calendar2026.workingDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
      expect(calendar2026.workingDaysBetween('2026-11-23', '2026-11-24')).toBe(1);
      expect(calendar2026.workingDaysBetween('2026-11-20', '2026-11-30')).toBe(6);
      expect(calendar2026.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
    });

    it('is 0 when `to` is not after `from`', () => {
      expect(calendar2026.workingDaysBetween('2026-11-30', '2026-11-20')).toBe(0);
    });

    it('moves an appointment forward by the working days a supplement request paused it', () => {
      // supplement requested Tuesday 28/04/2026, supplied Wednesday 06/05/2026: the pause
      // spans 29/04, 04/05, 05/05, 06/05 as working days (30/4, 1/5 and the weekend are off)
      const paused = calendar2026.workingDaysBetween('2026-04-28', '2026-05-06');
      expect(paused).toBe(4);
      // a shorter pause: Monday 23/11 → Thursday 26/11 = 3 working days
      const threeDays = calendar2026.workingDaysBetween('2026-11-23', '2026-11-26');
      expect(threeDays).toBe(3);
      // appointment Friday 27/11/2026 moves forward 3 working days → Wednesday 02/12/2026
      expect(calendar2026.addWorkingDays('2026-11-27', threeDays)).toEqual({
        result: '2026-12-02',
        skipped: [
          { date: '2026-11-28', reason: 'Thứ Bảy' },
          { date: '2026-11-29', reason: 'Chủ nhật' },
        ],
      });
    });

    it('inverts addWorkingDays when the target is a working day', () => {
      const result = calendar2026.addWorkingDays('2026-02-10', 7).result;
      expect(calendar2026.workingDaysBetween('2026-02-10', result)).toBe(7);
    });
  });

  it('lists its holidays in date order', () => {
    const calendar = WorkingCalendar.of([
      { date: '2091-09-02', name: 'B' },
      { date: '2091-01-01', name: 'A' },
    ]);
    expect(calendar.holidayList()).toEqual([
      { date: '2091-01-01', name: 'A' },
      { date: '2091-09-02', name: 'B' },
    ]);
  });
});
