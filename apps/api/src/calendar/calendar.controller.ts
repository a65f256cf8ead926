import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@motcua/auth';
import { CalendarService } from './calendar.service';
import { WorkingDaysQueryDto } from './dto/working-days.query';
import { WorkingDaysDto } from './dto/working-days.response';
import { ApiProblems } from '../http/api-problems';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('working-days')
  @Public()
  @ApiOperation({
    summary: 'The N-th working day after a date, with the days off passed over',
    description:
      '`result` is the `days`-th working day strictly after `from` (`from` is day 0 and is ' +
      'not counted); with `days=0` it is `from` itself if that is a working day, else the ' +
      'next working day. Saturdays, Sundays and the holidays of the table are not working ' +
      'days; `skipped` explains each one passed over.\n\n' +
      'Appointment dates are computed the same way: a dossier received on a working day ' +
      'before the end of office hours (`OFFICE_HOURS`, Asia/Ho_Chi_Minh) has its day of ' +
      'receipt as day 0; one received after hours or on a day off has the next working day ' +
      'as day 0. The appointment is day 0 plus the processing time in working days.',
  })
  @ApiOkResponse({ type: WorkingDaysDto })
  @ApiProblems({ 400: 'Invalid `from` or `days`' })
  async workingDays(@Query() query: WorkingDaysQueryDto): Promise<WorkingDaysDto> {
    const { result, skipped } = await this.calendar.addWorkingDays(query.from, query.days);
    return { from: query.from, days: query.days, result, skipped };
  }
}
