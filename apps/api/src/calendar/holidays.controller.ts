import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@motcua/auth';
import { Role } from '@motcua/domain';
import { HolidayYearDto, HolidayYearParamsDto, ReplaceHolidaysDto } from './dto/holidays.dto';
import { HolidaysService } from './holidays.service';
import { ApiProblems } from '../http/api-problems';

@ApiTags('calendar')
@Controller('admin/holidays')
export class HolidaysController {
  constructor(private readonly holidays: HolidaysService) {}

  @Get(':year')
  @Authenticated(Role.Admin, Role.SystemAdmin)
  @ApiOperation({
    summary: "A year's public holidays",
    description:
      'The current and next two years are pre-filled at start-up with the Labour Code ' +
      'holidays (Tết and Giỗ Tổ computed from the lunar calendar, compensatory days for ' +
      'holidays on a weekend) when they have no row yet; correct them from the notice.',
  })
  @ApiOkResponse({ type: HolidayYearDto })
  @ApiProblems({ 400: 'Year outside 2000–2100' })
  get(@Param() params: HolidayYearParamsDto): Promise<HolidayYearDto> {
    return this.holidays.ofYear(params.year);
  }

  @Put(':year')
  @Authenticated(Role.SystemAdmin)
  @ApiOperation({
    summary: "Replace a year's public holidays (as fixed by the Government's notice)",
    description: 'The whole table of the year is replaced; working days change at once.',
  })
  @ApiOkResponse({ type: HolidayYearDto })
  @ApiProblems({ 400: 'Year outside 2000–2100, a date not real or not in the year, a date twice' })
  replace(
    @Param() params: HolidayYearParamsDto,
    @Body() body: ReplaceHolidaysDto,
  ): Promise<HolidayYearDto> {
    return this.holidays.replaceYear(params.year, body.items);
  }
}
