import { Controller, Get, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiClient } from '../../api/api-client';
import { Page, type PageContext } from '../../layout/page-context';
import { HomePage } from './home.page';

const SEARCH_LIMIT = 20;
const POPULAR_LIMIT = 6;

@Controller()
export class HomeController {
  constructor(private readonly api: ApiClient) {}

  /** Home: search procedures (`?q=`), the most used ones, and a box to track a dossier. */
  @Get('/')
  async home(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Query('q') q?: string,
  ): Promise<string> {
    const api = this.api.anonymous(request);
    const query = typeof q === 'string' ? q.trim().slice(0, 100) : '';
    const [popular, found] = await Promise.all([
      api.GET('/api/v1/procedures', {
        params: { query: { sort: 'popular', limit: POPULAR_LIMIT } },
      }),
      query
        ? api.GET('/api/v1/procedures', { params: { query: { q: query, limit: SEARCH_LIMIT } } })
        : undefined,
    ]);
    return (
      <HomePage
        page={page}
        query={query}
        popular={popular.data?.items ?? []}
        results={found?.data ? { items: found.data.items, total: found.data.total } : undefined}
      />
    );
  }
}
