import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiUnreachableError } from '../api/api-client';
import { problemStatus, renderProblemPage, type ProblemKind } from '../layout/problem-page';
import { safeReturnPath } from '../session/session';
import { SignInRequired } from '../session/sign-in-required';

/**
 * Every error a page can end in becomes a Vietnamese page: 404 for an unknown address,
 * 503 when the API cannot be reached, 500 for the rest (logged without the request's data).
 * A page that needs a signed-in citizen sends the person to sign in and back.
 */
@Catch()
export class ProblemPagesFilter implements ExceptionFilter {
  private readonly logger = new Logger('Portal');

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof SignInRequired) {
      request.session.set('returnTo', safeReturnPath(exception.returnTo));
      await reply.code(303).redirect(exception.signInPath);
      return;
    }
    const kind = kindOf(exception);
    const status = kind === 'error' ? statusOf(exception) : problemStatus(kind);
    if (status >= 500 && kind === 'error') {
      const error = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(
        `${request.method} ${request.routeOptions.url ?? '?'}: ${error.name}: ${error.message}`,
        error.stack,
      );
    }
    await reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(await renderProblemPage(kind));
  }
}

function kindOf(exception: unknown): ProblemKind {
  if (exception instanceof ApiUnreachableError) return 'api-unreachable';
  if (statusOf(exception) === 404) return 'not-found';
  if (statusOf(exception) === 403) return 'forbidden';
  return 'error';
}

/** The status of Nest's HTTP exceptions and of Fastify's own errors (body too large...). */
function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  const status = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
