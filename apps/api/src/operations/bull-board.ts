import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AccessTokenPayload } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import { ErrorCode, Role } from '@motcua/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../http/problem-details.filter';
import { buildProblem } from '../http/problem-details';
import { QueueOperationsService } from './queue-operations.service';

export const BULL_BOARD_PATH = '/admin/queues';
/** Set from `?token=` on the entry page, so the board's own assets and XHRs are authorised. */
const BOARD_COOKIE = 'motcua_board';

/**
 * Bull Board at `/admin/queues`, outside the API prefix and outside Nest's guard: a Fastify
 * `onRequest` hook on its scope lets only SYSTEM_ADMIN access tokens through (the board
 * shows every agency's jobs and can retry, promote or remove them). The token comes from
 * `Authorization: Bearer` (preferred); a browser, which cannot send that header when it
 * navigates, may open `/admin/queues?token=…` once: the token is then kept in an HttpOnly,
 * SameSite=Strict cookie limited to the board's path.
 */
export async function mountBullBoard(app: NestFastifyApplication): Promise<void> {
  const operations = app.get(QueueOperationsService, { strict: false });
  const jwt = app.get(JwtService, { strict: false });
  const secure = app.get(AppConfig).isProduction;

  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: operations.all().map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'motcua' } },
  });

  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const { token, fromQuery } = tokenOf(request);
      if (!token) return deny(request, reply, 401);
      let payload: AccessTokenPayload & { exp?: number };
      try {
        payload = await jwt.verifyAsync(token, { algorithms: ['HS256'] });
      } catch {
        return deny(request, reply, 401);
      }
      if (!payload.roles?.includes(Role.SystemAdmin)) return deny(request, reply, 403);
      // the board's calls would wait for Redis as long as it is away
      if (!(await operations.redisReady())) {
        sendProblem(
          reply,
          buildProblem(
            ErrorCode.ServiceUnavailable,
            'Không kết nối được tới hàng đợi công việc (Redis). Vui lòng thử lại sau ít phút.',
            { requestId: String(request.id) },
          ),
        );
        return reply;
      }
      if (fromQuery) {
        const maxAge = payload.exp ? Math.max(0, payload.exp - Math.floor(Date.now() / 1000)) : 0;
        void reply.header(
          'set-cookie',
          `${BOARD_COOKIE}=${token}; Path=${BULL_BOARD_PATH}; HttpOnly; SameSite=Strict; ` +
            `Max-Age=${maxAge}${secure ? '; Secure' : ''}`,
        );
      }
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: BULL_BOARD_PATH });
  });
}

function tokenOf(request: FastifyRequest): { token: string | null; fromQuery: boolean } {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), fromQuery: false };
  const cookie = cookieOf(request.headers.cookie, BOARD_COOKIE);
  if (cookie) return { token: cookie, fromQuery: false };
  const query = (request.query as Record<string, unknown> | undefined)?.token;
  // only on the entry page: the board's other URLs never carry a token
  const path = request.url.split('?')[0].replace(/\/$/, '');
  if (typeof query === 'string' && query && path === BULL_BOARD_PATH && request.method === 'GET') {
    return { token: query, fromQuery: true };
  }
  return { token: null, fromQuery: false };
}

function cookieOf(header: string | undefined, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name && value.length) return value.join('=');
  }
  return null;
}

function deny(request: FastifyRequest, reply: FastifyReply, status: 401 | 403): FastifyReply {
  const problem =
    status === 401
      ? buildProblem(ErrorCode.Unauthenticated, 'Bạn cần đăng nhập để thực hiện thao tác này.', {
          requestId: String(request.id),
        })
      : buildProblem(ErrorCode.Forbidden, 'Bạn không có quyền thực hiện thao tác này.', {
          requestId: String(request.id),
        });
  sendProblem(reply, problem);
  return reply;
}
