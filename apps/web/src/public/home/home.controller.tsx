import { Controller, Get, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiClient } from '../../api/api-client';
import { Page, type PageContext } from '../../layout/page-context';
import { HomePage } from './home.page';

@Controller()
export class HomeController {
  constructor(private readonly api: ApiClient) {}

  @Get('/')
  async home(@Page() page: PageContext, @Req() request: FastifyRequest): Promise<string> {
    const { data } = await this.api
      .anonymous(request)
      .GET('/api/v1/procedures', { params: { query: { limit: 10 } } });
    return <HomePage page={page} procedures={data?.items ?? []} />;
  }
}
