import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiClient } from '../../api/api-client';
import { Page, type PageContext } from '../../layout/page-context';
import { statsCsv } from './stats-csv';
import { StatsPage } from './stats.page';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period asked for (`?tu=YYYY-MM-DD&den=YYYY-MM-DD`); anything else: the API's default. */
function periodOf(from?: string, to?: string): { from?: string; to?: string } {
  return {
    from: from && ISO_DATE.test(from) ? from : undefined,
    to: to && ISO_DATE.test(to) ? to : undefined,
  };
}

@Controller()
export class StatsController {
  constructor(private readonly api: ApiClient) {}

  /** Public statistics per agency and procedure, charts drawn on the server beside tables. */
  @Get('/thong-ke')
  async show(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('tu') from?: string,
    @Query('den') to?: string,
  ): Promise<void> {
    const asked = periodOf(from, to);
    const { data, response } = await this.api
      .anonymous(request)
      .GET('/api/v1/public/stats', { params: { query: asked } });
    if (!data && response.status >= 500) throw new Error(`Statistics answered ${response.status}`);
    await reply
      .code(data ? 200 : 400)
      .send(await (<StatsPage page={page} period={asked} stats={data} invalid={!data} />));
  }

  /** The same figures as a CSV file (UTF-8 with BOM, so spreadsheet programs read the accents). */
  @Get('/thong-ke.csv')
  async csv(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('tu') from?: string,
    @Query('den') to?: string,
  ): Promise<void> {
    const asked = periodOf(from, to);
    const { data, response } = await this.api
      .anonymous(request)
      .GET('/api/v1/public/stats', { params: { query: asked } });
    if (!data) {
      await reply
        .code(response.status >= 500 ? 503 : 400)
        .type('text/plain; charset=utf-8')
        .send('Khoảng thời gian không hợp lệ.');
      return;
    }
    const name = `thong-ke${asked.from ? `-${asked.from}` : ''}${asked.to ? `-${asked.to}` : ''}.csv`;
    await reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(statsCsv(data));
  }
}
