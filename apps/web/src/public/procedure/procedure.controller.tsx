import { Controller, Get, NotFoundException, Param, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiClient } from '../../api/api-client';
import { Page, type PageContext } from '../../layout/page-context';
import { ProcedurePage } from './procedure.page';

@Controller()
export class ProcedureController {
  constructor(private readonly api: ApiClient) {}

  /** A procedure: what to bring, how long it takes (announced and measured), where to start. */
  @Get('/thu-tuc/:code')
  async show(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Param('code') code: string,
  ): Promise<string> {
    const api = this.api.anonymous(request);
    const path = { code };
    const [procedure, timing] = await Promise.all([
      api.GET('/api/v1/procedures/{code}', { params: { path } }),
      api.GET('/api/v1/procedures/{code}/processing-time', { params: { path } }),
    ]);
    if (!procedure.data) {
      // an unknown code, or one that cannot be a code
      if (procedure.response.status < 500) throw new NotFoundException();
      throw new Error(`Procedure answered ${procedure.response.status}`);
    }
    return <ProcedurePage page={page} procedure={procedure.data} timing={timing.data} />;
  }
}
