import { Injectable } from '@nestjs/common';
import { HolidayRepository } from '@motcua/database';
import { holidayTableErrors, sortHolidays, ValidationFailedError } from '@motcua/domain';
import { DataSource } from 'typeorm';
import { CalendarService } from './calendar.service';
import { HolidayDto, HolidayYearDto } from './dto/holidays.dto';

/** The administrator's view of the holiday table, one year at a time. */
@Injectable()
export class HolidaysService {
  constructor(
    private readonly holidays: HolidayRepository,
    private readonly calendar: CalendarService,
    private readonly dataSource: DataSource,
  ) {}

  async ofYear(year: number): Promise<HolidayYearDto> {
    return { year, items: await this.holidays.ofYear(this.dataSource, year) };
  }

  /** Replaces the year's table; this process's calendar sees it at once. */
  async replaceYear(year: number, items: HolidayDto[]): Promise<HolidayYearDto> {
    const table = items.map(({ date, name }) => ({ date, name }));
    const errors = holidayTableErrors(year, table);
    if (errors.length > 0) throw new ValidationFailedError(errors);
    await this.dataSource.transaction((tx) => this.holidays.replaceYear(tx, year, table));
    this.calendar.invalidate();
    return { year, items: sortHolidays(table) };
  }
}
