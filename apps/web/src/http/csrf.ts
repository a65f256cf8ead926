import type { FastifyInstance, FastifyReply } from 'fastify';
import { problemStatus, renderProblemPage } from '../layout/problem-page';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every request that can change something carries the session's CSRF token (`_csrf` in the
 * form; a multipart form, read as a stream by its handler, sends it in the query string).
 * A missing or wrong token gets the 403 page before any handler runs.
 */
export function registerCsrfCheck(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method)) return done();
    // @fastify/csrf-protection answers a refusal with reply.send(error), which Nest would turn
    // into a bare HttpException; it is caught here instead and answered with the page.
    const refusal = {
      send: () => {
        void renderProblemPage('csrf').then((page) =>
          reply.code(problemStatus('csrf')).type('text/html; charset=utf-8').send(page),
        );
      },
    } as unknown as FastifyReply;
    fastify.csrfProtection(request, refusal, done);
  });
}
