import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { Role, vietnamDate } from '@motcua/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { redirectTo, sendPage } from '../../http/page-http';
import { Page, type PageContext } from '../../layout/page-context';
import { CONSOLE_PREFIX } from '../../session/sign-in-required';
import { areasFor, mayOpen, officialOf, requireArea } from '../console-access';
import { OfficialApi } from '../official-api';
import { ProcedureNames } from './procedure-names';
import { QueueCountsCache } from './queue-counts';
import { WorkListPage } from './work-list.pages';
import { apiQueryOf, queuesFor, readWorkListFilters } from './work-list-query';

/** The work list: the official's queue by default, every filter in the address. */
@Controller()
export class WorkListController {
  constructor(
    private readonly officials: OfficialApi,
    private readonly procedures: ProcedureNames,
    private readonly counts: QueueCountsCache,
  ) {}

  /** The console's home: the work list, or the first area of an official who has none. */
  @Get(CONSOLE_PREFIX)
  async home(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, string | string[] | undefined>,
  ): Promise<void> {
    const user = officialOf(request);
    if (!mayOpen(user.roles, 'dossiers')) {
      const first = areasFor(user.roles)[0];
      if (first) return redirectTo(reply, first.path);
    }
    return this.list(page, request, reply, query);
  }

  @Get(`${CONSOLE_PREFIX}/ho-so`)
  async list(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, string | string[] | undefined>,
  ): Promise<void> {
    const user = requireArea(request, 'dossiers');
    const filters = readWorkListFilters(query, user.roles);
    const today = vietnamDate(new Date());
    const [list, procedures, counts] = await Promise.all([
      this.officials.read(request, 'dossiers', '/api/v1/dossiers', apiQueryOf(filters, today)),
      this.procedures.ofAgency(request, user.agencyCode),
      this.counts.ofAgency(() => this.officials.as(request, 'dossiers'), user.agencyCode),
    ]);
    if (!list.data) throw new Error(`The work list answered ${list.status}`);
    await sendPage(
      reply,
      <WorkListPage
        page={page}
        view={{
          filters,
          queues: queuesFor(user.roles),
          items: list.data.items,
          total: list.data.total,
          procedures,
          counts,
          today,
          mayFilterMine: user.roles.includes(Role.Specialist),
        }}
      />,
    );
  }
}
