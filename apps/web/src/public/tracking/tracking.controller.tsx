import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiClient } from '../../api/api-client';
import { Page, type PageContext } from '../../layout/page-context';
import { TrackingLookupPage, TrackingPage } from './tracking.page';

/** Letters, digits, dots and dashes: what a dossier code is made of. */
const CODE_SHAPE = /^[0-9A-Z.-]{5,40}$/;

export function trackingHref(code: string): string {
  return `/tra-cuu/${encodeURIComponent(code)}`;
}

@Controller()
export class TrackingController {
  constructor(private readonly api: ApiClient) {}

  /** The form; sent with a code, it goes to that dossier's page (a stable, printable address). */
  @Get('/tra-cuu')
  async lookup(
    @Page() page: PageContext,
    @Res() reply: FastifyReply,
    @Query('ma') typed?: string,
  ): Promise<void> {
    if (typed === undefined) {
      await reply.send(await (<TrackingLookupPage page={page} />));
      return;
    }
    const code = normaliseCode(typed);
    if (!CODE_SHAPE.test(code)) {
      const error = code
        ? 'Mã hồ sơ chỉ gồm chữ, số, dấu chấm và dấu gạch ngang.'
        : 'Nhập mã hồ sơ.';
      await reply
        .code(400)
        .send(await (<TrackingLookupPage page={page} code={typed} error={error} />));
      return;
    }
    await reply.code(303).redirect(trackingHref(code));
  }

  /** A dossier's public progress: no personal data at all, only what the API's tracking gives. */
  @Get('/tra-cuu/:code')
  async show(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
  ): Promise<void> {
    const normalised = normaliseCode(code);
    if (normalised !== code && CODE_SHAPE.test(normalised)) {
      await reply.code(301).redirect(trackingHref(normalised));
      return;
    }
    const { data, response } = await this.api
      .anonymous(request)
      .GET('/api/v1/tracking/{code}', { params: { path: { code } } });
    if (data) {
      await reply.send(await (<TrackingPage page={page} dossier={data} />));
      return;
    }
    if (response.status === 429) {
      await reply
        .code(429)
        .header('retry-after', response.headers.get('retry-after') ?? '60')
        .send(
          await (
            <TrackingLookupPage
              page={page}
              code={code}
              error="Bạn đã tra cứu quá nhiều lần trong một phút. Vui lòng đợi một phút rồi thử lại."
            />
          ),
        );
      return;
    }
    if (response.status >= 500) throw new Error(`Tracking answered ${response.status}`);
    await reply.code(404).send(await (<TrackingLookupPage page={page} code={code} notFound />));
  }
}

/** What people type: spaces around, lower case letters. */
function normaliseCode(typed: string): string {
  return typed.trim().toUpperCase();
}
