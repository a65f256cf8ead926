import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { HolidayRepository } from '@motcua/database';
import { HolidaysController } from './holidays.controller';
import { HolidaysService } from './holidays.service';

/**
 * Working days, appointment dates and the holiday table. Other features use
 * `CalendarService`.
 */
@Module({
  controllers: [CalendarController, HolidaysController],
  providers: [CalendarService, HolidaysService, HolidayRepository],
  exports: [CalendarService],
})
export class CalendarModule {}
