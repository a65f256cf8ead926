import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { Role } from '@motcua/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../http/page-http';
import type { Problem } from '../../forms';
import { Page, type PageContext } from '../../layout/page-context';
import { requireArea } from '../console-access';
import { OfficialApi } from '../official-api';
import { readableAgencies } from './report-agencies';
import { apiQueryOf, reportQueryOf } from './report-query';
import { ReportsPage } from './reports.page';

/** What to say when the API gives no report. */
function problemText(status: number, problem: Problem | undefined): string {
  if (status === 403) return 'Bạn không được xem báo cáo của cơ quan này.';
  const first = problem?.errors?.[0]?.message;
  return first ?? problem?.detail ?? 'Không lập được báo cáo với các điều kiện này.';
}

/** Reports for leaders and administrators: the page, and the API's CSV and XLSX passed on. */
@Controller('can-bo/bao-cao')
export class ReportsPagesController {
  constructor(private readonly officials: OfficialApi) {}

  @Get()
  async show(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query() params: Record<string, unknown>,
  ): Promise<void> {
    const official = requireArea(request, 'reports');
    const query = reportQueryOf(params);
    const api = this.officials.as(request);
    const [summary, timeseries, tree] = await Promise.all([
      api.GET('/api/v1/reports/summary', { params: { query: apiQueryOf(query) } }),
      api.GET('/api/v1/reports/timeseries', {
        params: { query: { ...apiQueryOf(query), interval: query.interval } },
      }),
      api.GET('/api/v1/agencies'),
    ]);
    if (!tree.data) throw new Error(`The agency tree answered ${tree.response.status}`);
    const systemAdmin = official.roles.includes(Role.SystemAdmin);
    for (const answer of [summary, timeseries]) {
      if (answer.response.status >= 500) {
        throw new Error(`A report answered ${answer.response.status}`);
      }
    }
    const failed = !summary.data ? summary : !timeseries.data ? timeseries : undefined;
    await sendPage(
      reply,
      <ReportsPage
        page={page}
        query={query}
        agencies={readableAgencies(tree.data.items, {
          agencyCode: official.agencyCode,
          systemAdmin,
        })}
        everyAgency={systemAdmin}
        summary={summary.data}
        timeseries={timeseries.data}
        problem={
          failed
            ? problemText(failed.response.status, failed.error as Problem | undefined)
            : undefined
        }
      />,
      failed ? failed.response.status : 200,
    );
  }

  @Get('tai-ve.csv')
  csv(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query() params: Record<string, unknown>,
  ): Promise<void> {
    return this.download('csv', page, request, reply, params);
  }

  @Get('tai-ve.xlsx')
  xlsx(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query() params: Record<string, unknown>,
  ): Promise<void> {
    return this.download('xlsx', page, request, reply, params);
  }

  /** The report as the API writes it in CSV or XLSX, fetched with the official's token. */
  private async download(
    format: 'csv' | 'xlsx',
    page: PageContext,
    request: FastifyRequest,
    reply: FastifyReply,
    params: Record<string, unknown>,
  ): Promise<void> {
    requireArea(request, 'reports');
    const query = reportQueryOf(params);
    const { data, response } = await this.officials.as(request).GET('/api/v1/reports/summary', {
      params: { query: { ...apiQueryOf(query), format } },
      parseAs: 'arrayBuffer',
    });
    if (response.status >= 500) throw new Error(`A report answered ${response.status}`);
    if (!response.ok || !data) {
      await reply
        .code(response.status)
        .type('text/plain; charset=utf-8')
        .send(problemText(response.status, undefined));
      return;
    }
    await reply
      .type(response.headers.get('content-type') ?? 'application/octet-stream')
      .header('cache-control', 'private, no-store')
      .header(
        'content-disposition',
        response.headers.get('content-disposition') ?? `attachment; filename="bao-cao.${format}"`,
      )
      .send(Buffer.from(data as ArrayBuffer));
  }
}
