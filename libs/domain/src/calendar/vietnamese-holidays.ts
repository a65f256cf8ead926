import { Lunar, Solar } from 'lunar-javascript';
import type { CalendarDate } from './calendar-date';
import { addCalendarDays, dayOfWeek } from './calendar-date';
import type { Holiday } from './holiday-table';
import { sortHolidays } from './holiday-table';

export interface VietnameseHolidayOptions {
  /**
   * Add the compensatory days (nghỉ bù) of Labour Code 2019 art. 111(3): a holiday falling on
   * a Saturday or Sunday gives a day off on the next working day. Default true.
   */
  compensatoryDays?: boolean;
}

/** Years computed; well within the range where the library's astronomy is reliable. */
const MIN_YEAR = 1901;
const MAX_YEAR = 2200;

const TET_DAY_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'];

/** The solar date of a lunar date (`lunar-javascript`, see the time-zone note below). */
function solarOf(lunarYear: number, lunarMonth: number, lunarDay: number): CalendarDate {
  return Lunar.fromYmd(lunarYear, lunarMonth, lunarDay).getSolar().toYmd();
}

/**
 * The public holidays of Labour Code 2019 art. 112 for a solar `year`, as a default table
 * that an administrator corrects from the Government's notice for the year:
 * - 1/1 Tết Dương lịch;
 * - Tết Nguyên đán, 5 days: the last day of the previous lunar year (29 or 30 of the 12th
 *   lunar month, i.e. the day before lunar 1/1) through lunar 4/1, the most common choice
 *   (each year's notice fixes the exact days);
 * - Giỗ Tổ Hùng Vương, 10/3 lunar;
 * - 30/4 Ngày Chiến thắng, 1/5 Ngày Quốc tế Lao động;
 * - Quốc khánh 2/9 plus one adjacent day, 1/9 by default (the notice may pick 3/9);
 * - with `compensatoryDays` (default), a holiday falling on a weekend adds a day off on the
 *   next day that is neither a weekend nor already a holiday (art. 111(3)).
 *
 * Lunar dates come from `lunar-javascript`, which computes the Chinese calendar (new moons
 * and solar terms in UTC+8). The Vietnamese calendar uses UTC+7; the two differ only in rare
 * years when a new moon falls between 23:00 and 24:00 Beijing time (e.g. Tết 1985 and 2007
 * were a day or a month apart). The table is editable, so such a year is fixed by hand.
 *
 * Returns the holidays in date order, names in Vietnamese.
 */
export function vietnameseHolidays(
  year: number,
  options: VietnameseHolidayOptions = {},
): Holiday[] {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Cannot compute the holidays of year ${year}`);
  }
  const holidays = new Map<CalendarDate, string>();
  const add = (date: CalendarDate, name: string) => {
    if (!holidays.has(date)) holidays.set(date, name);
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  const solar = (month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

  add(solar(1, 1), 'Tết Dương lịch');

  // lunar new year of `year` always falls between 21/1 and 20/2, so its eve is in `year` too
  const lunarNewYear = solarOf(year, 1, 1);
  const newYearsEve = addCalendarDays(lunarNewYear, -1);
  add(newYearsEve, `Tết Nguyên đán (${lunarDayOf(newYearsEve)} tháng Chạp)`);
  TET_DAY_NAMES.forEach((name, i) =>
    add(addCalendarDays(lunarNewYear, i), `Tết Nguyên đán (${name} tháng Giêng)`),
  );

  add(solarOf(year, 3, 10), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  add(solar(4, 30), 'Ngày Chiến thắng (30/4)');
  add(solar(5, 1), 'Ngày Quốc tế Lao động (1/5)');
  add(solar(9, 1), 'Quốc khánh (nghỉ liền kề 2/9)');
  add(solar(9, 2), 'Quốc khánh (2/9)');

  if (options.compensatoryDays ?? true) addCompensatoryDays(holidays);

  return sortHolidays([...holidays].map(([date, name]) => ({ date, name })));
}

/** Day of the lunar month of a solar date (29 or 30 for the lunar year's last day). */
function lunarDayOf(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Solar.fromYmd(y, m, d).getLunar().getDay();
}

function isWeekend(date: CalendarDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

function addCompensatoryDays(holidays: Map<CalendarDate, string>): void {
  const onWeekends = [...holidays]
    .filter(([date]) => isWeekend(date))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [date, name] of onWeekends) {
    let substitute = addCalendarDays(date, 1);
    while (isWeekend(substitute) || holidays.has(substitute)) {
      substitute = addCalendarDays(substitute, 1);
    }
    holidays.set(substitute, `Nghỉ bù ${name}`);
  }
}
