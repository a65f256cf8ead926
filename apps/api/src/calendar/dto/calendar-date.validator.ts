import type { ValidationOptions } from 'class-validator';
import { ValidateBy } from 'class-validator';
import { HOLIDAY_YEAR_MAX, HOLIDAY_YEAR_MIN, isCalendarDate } from '@motcua/domain';

/** `YYYY-MM-DD`, a real date of a year the calendar handles (2000–2100). */
export function IsSupportedCalendarDate(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSupportedCalendarDate',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          isCalendarDate(value) &&
          Number(value.slice(0, 4)) >= HOLIDAY_YEAR_MIN &&
          Number(value.slice(0, 4)) <= HOLIDAY_YEAR_MAX,
      },
    },
    {
      context: {
        message: `Phải là một ngày có thật dạng YYYY-MM-DD, trong các năm ${HOLIDAY_YEAR_MIN}–${HOLIDAY_YEAR_MAX}.`,
      },
      ...options,
    },
  );
}

/** Query and path values are strings: only plain digits become a number (`''`, `1e2` stay invalid). */
export function toStrictInteger({ value }: { value: unknown }): unknown {
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
}
