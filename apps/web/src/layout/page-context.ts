import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { currentUser, takeFlash, type SessionUser } from '../session/session';

/** What every page needs besides its own data: who is signed in, a one-time message, CSRF. */
export interface PageContext {
  user?: SessionUser;
  flash?: string;
  /** The current path, so a sign-in link can come back here. */
  path: string;
  /** The CSRF token for forms that change something (made on first use only). */
  csrf(): string;
}

export function pageContextOf(request: FastifyRequest, reply: FastifyReply): PageContext {
  let token: string | undefined;
  return {
    user: currentUser(request),
    flash: takeFlash(request),
    path: request.url.split('?')[0],
    csrf: () => (token ??= reply.generateCsrf()),
  };
}

/** `@Page() page: PageContext` in a controller handler. */
export const Page = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const http = context.switchToHttp();
  return pageContextOf(http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
});
