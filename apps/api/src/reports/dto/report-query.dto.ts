import { ApiPropertyOptional } from '@nestjs/swagger';
import { AGENCY_CODE_PATTERN, REPORT_INTERVALS, ReportInterval } from '@motcua/domain';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsSupportedCalendarDate } from '../../calendar/dto/calendar-date.validator';

/** A period of Vietnamese calendar days (both ends included). */
export class ReportPeriodQuery {
  @ApiPropertyOptional({
    example: '2026-03-01',
    description: 'First day (YYYY-MM-DD); default: the first day of the current month',
  })
  @IsOptional()
  @IsSupportedCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-03-31',
    description: 'Last day (YYYY-MM-DD), at most 366 days after `from`; default: today',
  })
  @IsOptional()
  @IsSupportedCalendarDate()
  to?: string;
}

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class AgencyReportQuery extends ReportPeriodQuery {
  @ApiPropertyOptional({
    example: '000.00.00.H00',
    description:
      "Agency code: the report counts it and every agency below it; a leader or an agency's ADMIN may ask for their own (default) or one below it, a SYSTEM_ADMIN for any or, without it, all agencies",
  })
  @IsOptional()
  @Matches(AGENCY_CODE_PATTERN, { context: { message: 'Mã cơ quan không đúng định dạng.' } })
  agencyCode?: string;
}

export class SummaryReportQuery extends AgencyReportQuery {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export class TimeseriesReportQuery extends AgencyReportQuery {
  @ApiPropertyOptional({
    enum: REPORT_INTERVALS,
    default: 'day',
    description: 'Vietnamese calendar days, ISO weeks (Monday to Sunday) or months',
  })
  @IsOptional()
  @IsIn(REPORT_INTERVALS, {
    context: { message: 'Khoảng chia phải là day, week hoặc month.' },
  })
  interval?: ReportInterval;
}
