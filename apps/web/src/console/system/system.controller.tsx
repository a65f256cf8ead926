import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@motcua/domain';
import { WebEnvironment } from '@motcua/config/web-environment';
import { bodyOf, redirectTo, sendPage, textOf } from '../../http/page-http';
import { noErrors, placeProblemErrors, type PageErrors, type Problem } from '../../forms';
import { Page, type PageContext } from '../../layout/page-context';
import { requireArea, requireRoles } from '../console-access';
import { OfficialApi } from '../official-api';
import { HolidaysPage, holidayInputId, holidaysPath, readHolidayRows } from './holidays.pages';
import { QueuesPage, type OperatorHealth } from './queues.page';

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

function yearOf(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return new Date().getFullYear();
  const year = Number(text);
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX ? year : undefined;
}

/** System settings in the console: the holiday table, and the background queues. */
@Controller('can-bo/quan-tri')
export class SystemAdminController {
  constructor(
    private readonly officials: OfficialApi,
    @Inject(WebEnvironment) private readonly env: WebEnvironment,
  ) {}

  @Get('ngay-nghi')
  async holidays(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('nam') nam?: string,
  ): Promise<void> {
    requireArea(request, 'holidays');
    const year = yearOf(nam);
    if (year === undefined) throw new NotFoundException();
    const { data, response } = await this.officials
      .as(request)
      .GET('/api/v1/admin/holidays/{year}', { params: { path: { year } } });
    if (!data) throw new Error(`Holidays answered ${response.status}`);
    await sendPage(
      reply,
      <HolidaysPage
        page={page}
        year={year}
        rows={data.items}
        editable={page.user?.roles.includes(Role.SystemAdmin) ?? false}
        errors={noErrors()}
      />,
    );
  }

  @Post('ngay-nghi/:year')
  async saveHolidays(
    @Param('year') yearText: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireRoles(request, [Role.SystemAdmin]);
    const year = yearOf(yearText);
    if (year === undefined) throw new NotFoundException();
    const body = bodyOf(request);
    const rows = readHolidayRows(body);
    const render = (errors: PageErrors, status: number, extraRows = 0) =>
      sendPage(
        reply,
        <HolidaysPage
          page={page}
          year={year}
          rows={rows}
          editable
          extraRows={extraRows}
          errors={errors}
        />,
        status,
      );
    if (textOf(body, 'action') === 'them-dong') return render(noErrors(), 200, 1);
    const { data, error, response } = await this.officials
      .as(request)
      .PUT('/api/v1/admin/holidays/{year}', {
        params: { path: { year } },
        body: { items: rows },
      });
    if (data) {
      request.session.set('flash', `Đã lưu ngày nghỉ năm ${year}.`);
      return redirectTo(reply, holidaysPath(year));
    }
    if (response.status >= 500) throw new Error(`Saving holidays answered ${response.status}`);
    const placed = placeProblemErrors((error ?? {}) as Problem, (path) => {
      const item = /^items\.(\d+)(?:\.(date|name))?/.exec(path);
      return item
        ? holidayInputId(Number(item[1]), item[2] === 'name' ? 'name' : 'date')
        : undefined;
    });
    await render(placed, response.status);
  }

  @Get('hang-doi')
  async queues(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireArea(request, 'queues');
    const api = this.officials.as(request);
    const [health, queues] = await Promise.all([
      // a 503 (a dependency down) has the same body, which is what the page shows
      api.GET('/api/v1/admin/health'),
      api.GET('/api/v1/admin/queues/summary'),
    ]);
    const healthBody = (health.data ?? health.error) as OperatorHealth | undefined;
    await sendPage(
      reply,
      <QueuesPage
        page={page}
        health={healthBody && 'status' in healthBody ? healthBody : undefined}
        queues={queues.data?.queues}
        boardUrl={`${this.env.API_URL}/admin/queues`}
      />,
    );
  }
}
