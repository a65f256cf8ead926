import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Authenticated, AuthenticatedUser, CurrentUser, Public } from '@motcua/auth';
import { Role } from '@motcua/domain';
import { ProblemDto } from '../http/problem-details';
import { RateLimited } from '../http/rate-limit.module';
import { ReportPeriodQuery, SummaryReportQuery } from './dto/report-query.dto';
import { PublicStatsDto, SummaryReportDto } from './dto/report.response';
import { summaryCsv } from './report-csv';
import { summaryXlsx, XLSX_CONTENT_TYPE } from './report-xlsx';
import { ReportsService } from './reports.service';

const DEFINITIONS =
  'Days are Vietnamese calendar days (Asia/Ho_Chi_Minh), `from` and `to` included. ' +
  '**received**: dossiers whose `received_at` falls in the period, by channel; ' +
  '`onlineRate` = online / total. ' +
  '**resolved**: dossiers whose first RESULT_READY history entry falls in the period; its date ' +
  'compared with the appointment date: before → early, equal → onTime, after → late; an extended ' +
  'dossier counts as late whatever the date; `onTimeRate` = (early + onTime) / total. ' +
  '**inProgress**: dossiers received in the period that are not finished now (status not ' +
  'RESULT_READY, DELIVERING, RETURNED, REJECTED or WITHDRAWN); `overdue`: those whose ' +
  'appointment date is before today. ' +
  "**postal**: `dispatched` = 'dispatch' history entries in the period; `delivered` / `failed` = " +
  'dossiers whose last delivery update in the period is DELIVERED / DELIVERY_FAILED, ' +
  'RETURNED_TO_SENDER or DISPATCH_REFUSED. ' +
  '**byProcedure.onTime**: resolved early or on time. Rates are fractions 0..1 rounded to 4 ' +
  'decimals, 0 when there is nothing to divide. Period: default the current month so far, at ' +
  'most 366 days.';

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('reports/summary')
  @Authenticated(Role.Leader, Role.Admin)
  @ApiOperation({
    summary: 'Decision 766 summary of an agency (a leader: their own; an admin: any or all)',
    description: `${DEFINITIONS} \`?format=csv\`: the same as a UTF-8 CSV (with BOM), Vietnamese headers; \`?format=xlsx\`: an Excel workbook, one sheet per table.`,
  })
  @ApiProduces('application/json', 'text/csv', XLSX_CONTENT_TYPE)
  @ApiOkResponse({ type: SummaryReportDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid dates, period or agencyCode' })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto, description: "Another agency's report (leaders)" })
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

  @Get('public/stats')
  @Public()
  @RateLimited('tracking')
  @ApiOperation({
    summary: 'Public service-quality figures per agency (cached 60 s)',
    description: `${DEFINITIONS} Per agency: received total, onlineRate, onTimeRate.`,
  })
  @ApiOkResponse({ type: PublicStatsDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid dates or period' })
  publicStats(@Query() query: ReportPeriodQuery): Promise<PublicStatsDto> {
    return this.reports.publicStats(query);
  }
}
