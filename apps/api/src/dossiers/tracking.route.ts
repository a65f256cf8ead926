import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { PathItemObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { NotFoundError } from '@motcua/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import { API_PREFIX } from '../http/api-prefix';
import { PROBLEM_CONTENT_TYPE } from '../http/problem-details';
import { RateLimitedError, RateLimiter } from '../http/rate-limit.module';
import { DossierReader } from './dossier.reader';
import { TrackingResponse } from './dto/dossier.response';
import { TRACKING_RESPONSE_SCHEMA } from './dto/response.schemas';

export const TRACKING_PATH = `/${API_PREFIX}/tracking/:code`;

/**
 * Public tracking, `GET /api/v1/tracking/:code`: the one route anyone may call, as often as
 * the limit lets them, and by far the busiest. It is a plain Fastify route beside Nest's
 * router: Nest's per-request pipeline (guards, pipes, interceptors, the request-scoped logger
 * context) was about half of its CPU time (docs/performance.md), and it needs none of it. It keeps
 * what matters: Fastify's hooks (security headers, CORS, the request id), the same reader,
 * mapper and compiled response schema, the rate limit, and errors through the global
 * problem-details filter (Nest's error handler for the Fastify instance). Its access log line
 * is written here, since nestjs-pino's middleware skips it (`bootstrap/logging.ts`); its
 * OpenAPI description is `TRACKING_OPENAPI`, added to the document in `bootstrap/openapi.ts`.
 */
@Injectable()
export class TrackingRoute implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly reader: DossierReader,
    private readonly limiter: RateLimiter,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.route({
      method: 'GET',
      url: TRACKING_PATH,
      schema: { response: { 200: TRACKING_RESPONSE_SCHEMA } },
      handler: (request: FastifyRequest<{ Params: { code: string } }>) =>
        this.track(request.params.code, request.ip),
      onResponse: logRequest,
    });
  }

  /**
   * The limit is counted while the dossier is looked up, not before. Over the limit the
   * answer is 429 whatever was found, so a blocked client learns nothing, not even whether
   * the code exists.
   */
  async track(code: string, address: string): Promise<TrackingResponse> {
    const [allowed, found] = await Promise.all([
      this.limiter.hit('tracking', 'track', address),
      this.reader.track(code),
    ]);
    if (!allowed) throw new RateLimitedError();
    if (!found) throw new NotFoundError('Không tìm thấy hồ sơ có mã này.');
    return found;
  }
}

/** The access log line pino-http would write: request id, method, path, status, time. */
export function logRequest(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  const status = reply.statusCode;
  const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
  const logger = PinoLogger.root;
  if (logger?.isLevelEnabled(level)) {
    logger[level](
      // through the same serializers as pino-http's lines (bootstrap/logging.ts): they keep
      // the path without its query string and read the status off the sent response
      {
        req: { id: request.id, method: request.method, url: request.url },
        res: reply.raw,
        responseTime: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
  }
  done();
}

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDto' } } },
});

/** The route's OpenAPI path item, as `@nestjs/swagger` would describe a controller's. */
export const TRACKING_OPENAPI: PathItemObject = {
  get: {
    operationId: 'TrackingRoute_track',
    summary: 'Public status of a dossier by its code; no personal data',
    tags: ['tracking'],
    parameters: [
      {
        name: 'code',
        in: 'path',
        required: true,
        description: 'The dossier code, e.g. 000.00.00.H00-261126-0001',
        schema: { type: 'string' },
      },
    ],
    responses: {
      200: {
        description: '',
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/TrackingResponse' } },
        },
      },
      404: problem('No dossier with this code (drafts included)'),
      429: problem('Rate limited (problem+json), retry after a minute.'),
    },
  },
};
