import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, AuthenticatedUser, CurrentUser, Public } from '@motcua/auth';
import { Role } from '@motcua/domain';
import { RateLimited } from '../http/rate-limit.module';
import {
  ReportPeriodQuery,
  SummaryReportQuery,
  TimeseriesReportQuery,
} from './dto/report-query.dto';
import { PublicStatsDto, SummaryReportDto, TimeseriesReportDto } from './dto/report.response';
import { PUBLIC_MIN_DOSSIERS as MIN } from './public-folding';
import { summaryCsv } from './report-csv';
import { summaryXlsx, XLSX_CONTENT_TYPE } from './report-xlsx';
import { ReportsService } from './reports.service';
import { ApiProblems } from '../http/api-problems';

const DEFINITIONS =
  'Days are Vietnamese calendar days (Asia/Ho_Chi_Minh), `from` and `to` included; each figure ' +
  'counts the dossiers whose event named below falls on a day of the period. ' +
  '**received**: `received_at` (reception), by channel; `onlineRate` = online / total. ' +
  '**resolved**: the first RESULT_READY history entry; its date compared with the appointment ' +
  'date: before → early, equal → onTime, after → late; an extended dossier counts as late ' +
  'whatever the date; `onTimeRate` = (early + onTime) / total. ' +
  '**inProgress** (as of now): dossiers received in the period whose status is SUBMITTED, ' +
  'SUPPLEMENT_REQUIRED, RECEIVED, PROCESSING or AWAITING_APPROVAL now; `overdue`: those whose ' +
  'appointment date is before today. ' +
  "**postal**: `dispatched` = 'dispatch' history entries (result handed to the post), " +
  "`delivered` = 'deliver' entries (the post delivered it), `failed` = 'return-to-sender' " +
  'entries (the post brought it back). ' +
  '**processingTime**: dossiers resolved in the period (as in resolved) that have a reception ' +
  'date; for each, the working days (no weekends, no holidays of the holiday table) after its ' +
  'reception day up to and including its result day (0 when resolved the day it was received); ' +
  '`averageWorkingDays` their mean (2 decimals), `medianWorkingDays` their median (the mean of ' +
  'the two middle values when their number is even); null when there is none. ' +
  '**onlineFunnel**: `started` = ONLINE dossiers a citizen began in the period (`created_at`, ' +
  'saved as a draft or submitted at once); `abandoned` = those of them still drafts now; ' +
  '`submitted` = started − abandoned; `abandonedRate` = abandoned / started. ' +
  '**byProcedure**: procedures with any dossier received or resolved in the period; ' +
  '`onTime` = resolved early or on time. Rates are fractions 0..1 rounded to 4 decimals, 0 when ' +
  'there is nothing to divide. Period: default the current month so far, at most 366 days. ' +
  "**Agencies**: an agency's report counts the dossiers of that agency and of every agency " +
  'below it in the tree (a province: its departments, communes and service centres), by the ' +
  'competent agency (`agency_id`).';

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('reports/summary')
  @Authenticated(Role.Leader, Role.Admin, Role.SystemAdmin)
  @ApiOperation({
    summary:
      'Decision 766 summary of an agency and the agencies below it (a leader or ADMIN: their own or one below it; a SYSTEM_ADMIN: any or all)',
    description: `${DEFINITIONS} \`?format=csv\`: the same as a UTF-8 CSV (with BOM), Vietnamese headers; \`?format=xlsx\`: an Excel workbook, one sheet per table.`,
  })
  @ApiProduces('application/json', 'text/csv', XLSX_CONTENT_TYPE)
  @ApiOkResponse({ type: SummaryReportDto })
  @ApiProblems({
    400: 'Invalid dates, period or agencyCode',
    403: "The report of an agency neither the caller's own nor below it (leaders and ADMINs who are not SYSTEM_ADMIN)",
  })
  async summary(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: SummaryReportQuery,
  ): Promise<SummaryReportDto | StreamableFile> {
    const report = await this.reports.summary(user, query);
    if (query.format !== 'csv' && query.format !== 'xlsx') return report;
    const xlsx = query.format === 'xlsx';
    const content = xlsx ? await summaryXlsx(report) : summaryCsv(report);
    return new StreamableFile(content, {
      type: xlsx ? XLSX_CONTENT_TYPE : 'text/csv; charset=utf-8',
      disposition: `attachment; filename="bao-cao-${report.period.from}-${report.period.to}.${query.format}"`,
      length: content.length,
    });
  }

  @Get('reports/timeseries')
  @Authenticated(Role.Leader, Role.Admin, Role.SystemAdmin)
  @ApiOperation({
    summary: 'The summary figures per day, ISO week or month, for charts',
    description: `${DEFINITIONS} One item per interval of the period (Monday-to-Sunday ISO weeks, calendar months; the first and last cut to the period), empty intervals included, at most 367. Within an interval the figures are those of the summary for its days; inProgress counts the dossiers received in it.`,
  })
  @ApiOkResponse({ type: TimeseriesReportDto })
  @ApiProblems({
    400: 'Invalid dates, period, interval or agencyCode',
    403: "The report of an agency neither the caller's own nor below it (leaders and ADMINs who are not SYSTEM_ADMIN)",
  })
  timeseries(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: TimeseriesReportQuery,
  ): Promise<TimeseriesReportDto> {
    return this.reports.timeseries(user, query);
  }

  @Get('public/stats')
  @Public()
  @RateLimited('tracking')
  @ApiOperation({
    summary: 'Public service-quality figures per agency and procedure (cached 60 s)',
    description:
      `${DEFINITIONS} Per agency: received total, onlineRate, onTimeRate; \`byProcedure\`: ` +
      `procedures with at least ${MIN} dossiers received in the period, each with its received ` +
      `total, onlineRate and onTimeRate (null when fewer than ${MIN} were resolved); the other ` +
      `procedures are added up in \`otherProcedures\` (onTimeRate null likewise), null when ` +
      `nothing is left over. When the procedures below ${MIN} have fewer than ${MIN} dossiers ` +
      `together, the smallest listed procedures are folded in with them until they reach ` +
      `${MIN}. Guaranteed, within one answer: every figure below an agency's total is made of ` +
      `at least ${MIN} received dossiers, and an agency's received total minus the received of ` +
      `its listed procedures and of otherProcedures is 0, so no smaller group can be ` +
      `subtracted out (an agency whose whole total is below ${MIN} shows only that total). ` +
      `Known limit: answers for different periods (e.g. one day more) can still be differenced, ` +
      `as with any aggregate over arbitrary periods. Resolved counts are not published, only ` +
      `rates. Aggregates only; rate-limited per client address.`,
  })
  @ApiOkResponse({ type: PublicStatsDto })
  @ApiProblems({ 400: 'Invalid dates or period' })
  publicStats(@Query() query: ReportPeriodQuery): Promise<PublicStatsDto> {
    return this.reports.publicStats(query);
  }
}
