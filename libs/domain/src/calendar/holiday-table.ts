import type { FieldError } from '../errors/domain-error';
import { isCalendarDate } from '../procedures/form-data-validator';
import type { CalendarDate } from './calendar-date';

/** A public holiday: its date and the name shown to people (Vietnamese). */
export interface Holiday {
  date: CalendarDate;
  name: string;
}

/** Years whose holiday table can be read and edited. */
export const HOLIDAY_YEAR_MIN = 2000;
export const HOLIDAY_YEAR_MAX = 2100;
export const HOLIDAY_NAME_MAX_LENGTH = 200;

/**
 * Checks a whole year's holiday table as an administrator submits it: every date a real
 * `YYYY-MM-DD` within `year`, no date twice, every name 1–200 characters and not blank.
 * Returns one error per offending item (fields `items.<i>.date` / `items.<i>.name`).
 */
export function holidayTableErrors(year: number, items: readonly Holiday[]): FieldError[] {
  const errors: FieldError[] = [];
  const firstIndexOf = new Map<string, number>();
  items.forEach(({ date, name }, i) => {
    if (!isCalendarDate(date)) {
      errors.push({ field: `items.${i}.date`, message: 'Ngày không hợp lệ (YYYY-MM-DD).' });
    } else if (!date.startsWith(`${String(year).padStart(4, '0')}-`)) {
      errors.push({ field: `items.${i}.date`, message: `Ngày phải thuộc năm ${year}.` });
    } else if (firstIndexOf.has(date)) {
      errors.push({
        field: `items.${i}.date`,
        message: `Ngày ${date} bị trùng với mục thứ ${firstIndexOf.get(date)! + 1}.`,
      });
    } else {
      firstIndexOf.set(date, i);
    }
    if (name.trim().length === 0 || name.length > HOLIDAY_NAME_MAX_LENGTH) {
      errors.push({
        field: `items.${i}.name`,
        message: `Tên ngày nghỉ phải có từ 1 đến ${HOLIDAY_NAME_MAX_LENGTH} ký tự.`,
      });
    }
  });
  return errors;
}

/** The table sorted by date (a new array). */
export function sortHolidays(items: readonly Holiday[]): Holiday[] {
  return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
