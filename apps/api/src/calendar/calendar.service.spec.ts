import type { AppConfig } from '@motcua/config';
import type { Holiday } from '@motcua/domain';
import { vietnamDate } from '@motcua/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CALENDAR_CACHE_TTL_MS, CalendarService } from './calendar.service';
import type { HolidayRepository } from '@motcua/database';

class FakeHolidays {
  rows: Holiday[] = [];
  loads = 0;
  filled: number[] = [];
  async all(): Promise<Holiday[]> {
    this.loads++;
    return [...this.rows];
  }
  async fillYearIfEmpty(_db: EntityManager, year: number, holidays: Holiday[]): Promise<boolean> {
    this.filled.push(year);
    if (this.rows.some((h) => h.date.startsWith(`${year}-`))) return false;
    this.rows.push(...holidays);
    return true;
  }
}

function serviceWith(holidays: FakeHolidays, officeHours = '07:00-11:30,13:30-17:00') {
  const config = { get: (key: string) => (key === 'OFFICE_HOURS' ? officeHours : undefined) };
  return new CalendarService(
    holidays as unknown as HolidayRepository,
    config as unknown as AppConfig,
    { manager: db } as unknown as DataSource,
  );
}

/** The fake repository ignores the executor; the service only passes it on. */
const db = {} as EntityManager;

async function isWorkingDay(service: CalendarService, date: string): Promise<boolean> {
  return (await service.workingCalendar(db)).isWorkingDay(date);
}

describe('CalendarService', () => {
  afterEach(() => jest.restoreAllMocks());

  it('pre-fills the current and next two years, leaving years with rows alone', async () => {
    const holidays = new FakeHolidays();
    const year = Number(vietnamDate(new Date()).slice(0, 4));
    holidays.rows = [{ date: `${year + 1}-06-15`, name: 'Đã sửa' }];
    await serviceWith(holidays).onApplicationBootstrap();
    expect(holidays.filled).toEqual([year, year + 1, year + 2]);
    expect(holidays.rows.filter((h) => h.date.startsWith(`${year + 1}-`))).toEqual([
      { date: `${year + 1}-06-15`, name: 'Đã sửa' },
    ]);
    expect(holidays.rows.some((h) => h.date === `${year + 2}-01-01`)).toBe(true);
  });

  it('reads the holiday table once per TTL and again after `invalidate()`', async () => {
    const holidays = new FakeHolidays();
    const service = serviceWith(holidays);
    let now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);

    expect(await isWorkingDay(service, '2091-03-06')).toBe(true);
    holidays.rows = [{ date: '2091-03-06', name: 'Nghỉ' }];
    expect(await isWorkingDay(service, '2091-03-06')).toBe(true); // cached
    expect(holidays.loads).toBe(1);

    now += CALENDAR_CACHE_TTL_MS + 1;
    expect(await isWorkingDay(service, '2091-03-06')).toBe(false);
    expect(holidays.loads).toBe(2);

    holidays.rows = [];
    service.invalidate();
    expect(await isWorkingDay(service, '2091-03-06')).toBe(true);
    expect(holidays.loads).toBe(3);
  });

  it('shares one load between concurrent questions', async () => {
    const holidays = new FakeHolidays();
    const service = serviceWith(holidays);
    await Promise.all([
      isWorkingDay(service, '2091-03-06'),
      service.workingCalendar(db),
      service.addWorkingDays('2091-03-05', 1),
    ]);
    expect(holidays.loads).toBe(1);
  });

  it('does not cache a table read before an invalidation', async () => {
    const holidays = new FakeHolidays();
    const service = serviceWith(holidays);
    const pending = isWorkingDay(service, '2091-03-06'); // load begins with no rows
    holidays.rows = [{ date: '2091-03-06', name: 'Nghỉ' }];
    service.invalidate();
    await pending;
    expect(await isWorkingDay(service, '2091-03-06')).toBe(false);
  });

  it('computes appointment dates with the configured office hours', async () => {
    const holidays = new FakeHolidays();
    // Friday 27/11/2026 16:30 in Vietnam
    const receivedAt = new Date('2026-11-27T16:30:00+07:00');
    expect(await serviceWith(holidays).appointmentDate(db, receivedAt, 1)).toBe('2026-11-30');
    expect(await serviceWith(holidays, '07:00-16:00').appointmentDate(db, receivedAt, 1)).toBe(
      '2026-12-01',
    );
  });

  it('refuses office hours that make no sense at construction', () => {
    expect(() => serviceWith(new FakeHolidays(), '17:00-07:00')).toThrow(RangeError);
  });

  it('answers working-day questions with the domain rules', async () => {
    const service = serviceWith(new FakeHolidays());
    expect(await service.addWorkingDays('2091-03-09', 1)).toEqual({
      result: '2091-03-12',
      skipped: [
        { date: '2091-03-10', reason: 'Thứ Bảy' },
        { date: '2091-03-11', reason: 'Chủ nhật' },
      ],
    });
    expect((await service.workingCalendar(db)).workingDaysBetween('2091-03-09', '2091-03-12')).toBe(
      1,
    );
  });
});
