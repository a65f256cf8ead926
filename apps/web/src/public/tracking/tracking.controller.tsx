import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Page, type PageContext } from '../../layout/page-context';
import { TrackingLookupPage } from './tracking.page';

/** Letters, digits, dots and dashes: what a dossier code is made of. */
export const CODE_SHAPE = /^[0-9A-Z.-]{5,40}$/;

export function trackingHref(code: string): string {
  return `/tra-cuu/${encodeURIComponent(code)}`;
}

/** The tracking form; a dossier's page itself is `tracking.route.tsx`. */
@Controller()
export class TrackingController {
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
}

/** What people type: spaces around, lower case letters. */
export function normaliseCode(typed: string): string {
  return typed.trim().toUpperCase();
}
