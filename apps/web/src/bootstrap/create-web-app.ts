import compress from '@fastify/compress';
import csrfProtection from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import secureSession from '@fastify/secure-session';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { WebEnvironment } from '@motcua/config/web-environment';
import { ApiClient } from '../api/api-client';
import { registerAssets } from '../assets/assets';
import { registerConsoleIdleTimeout } from '../console/console-access';
import { OfficialApi } from '../console/official-api';
import { registerCsrfCheck } from '../http/csrf';
import { loggedPath } from '../http/log-path';
import { securityHeaders } from '../http/security-headers';
import { registerTrackingRoute } from '../public/tracking/tracking.route';
import { SESSION_COOKIE, SESSION_LIFETIME_SECONDS } from '../session/session';
import { WebModule } from '../web.module';

export function createWebAdapter(env: WebEnvironment): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy: env.TRUST_PROXY || false,
    logger: {
      level: env.LOG_LEVEL,
      // method, path and status only: no address, no cookie, no query string, no reset token
      serializers: {
        req: (request: { method: string; url: string }) => ({
          method: request.method,
          path: loggedPath(request.url),
        }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      },
    },
  });
}

/**
 * Everything the portal is made of besides listening; used by `main.ts` and by the browser
 * tests, so both run the same headers, session, CSRF check and pages.
 */
export async function configureWebApp(
  app: NestFastifyApplication,
  env: WebEnvironment,
): Promise<NestFastifyApplication> {
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(securityHeaders, { tls: env.servedOverTls });
  await app.register(compress, { global: true, encodings: ['br', 'gzip'] });
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(multipart, { limits: { fileSize: env.FILE_MAX_BYTES, files: 1, fields: 10 } });
  await app.register(secureSession, {
    key: env.sessionKey,
    cookieName: SESSION_COOKIE,
    expiry: SESSION_LIFETIME_SECONDS,
    cookie: { path: '/', httpOnly: true, sameSite: 'lax', secure: env.servedOverTls },
  });
  await app.register(csrfProtection, {
    sessionPlugin: '@fastify/secure-session',
    getToken: (request) => csrfTokenOf(request),
  });
  registerCsrfCheck(fastify);
  const officials = app.get(OfficialApi);
  registerConsoleIdleTimeout(fastify, env.CONSOLE_IDLE_MINUTES, (request, refreshToken) =>
    officials.endApiSession(request, refreshToken),
  );
  registerAssets(fastify);
  registerTrackingRoute(fastify, app.get(ApiClient));
  await app.init();
  await fastify.ready();
  return app;
}

/** The token a form sends as `_csrf`; a multipart form, read as a stream, sends it in the query. */
function csrfTokenOf(request: {
  body?: unknown;
  query?: unknown;
  headers: Record<string, unknown>;
}) {
  const body = request.body as Record<string, unknown> | undefined;
  const query = request.query as Record<string, unknown> | undefined;
  const token = body?._csrf ?? request.headers['x-csrf-token'] ?? query?._csrf;
  return typeof token === 'string' ? token : '';
}

export async function createWebApp(env: WebEnvironment): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    WebModule.with(env),
    createWebAdapter(env),
    {
      logger: env.LOG_LEVEL === 'silent' ? false : ['error', 'warn'],
      // forms arrive url-encoded (@fastify/formbody, with a small limit) or multipart; no JSON
      bodyParser: false,
    },
  );
  return configureWebApp(app, env);
}
