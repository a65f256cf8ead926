import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppConfig, validateEnvironment } from '@motcua/config';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from '../app.module';
import { ValidationFailedError } from '@motcua/domain';
import { useApiPrefix } from '../http/api-prefix';
import { formBodyParser, jsonBodyParser, URL_NUL_ERROR, urlHasNul } from '../http/json-body';
import { ProblemDetailsFilter, sendProblem } from '../http/problem-details.filter';
import { securityHeaders } from '../http/security-headers';
import { mountBullBoard } from '../operations/bull-board';
import { requestIdOf } from './logging';
import { buildOpenApiDocument } from './openapi';

export function createAdapter(): FastifyAdapter {
  const env = validateEnvironment(process.env);
  return new FastifyAdapter({
    bodyLimit: env.JSON_BODY_LIMIT_BYTES,
    // X-Forwarded-For is believed only from the configured proxies: anyone else could pick
    // the address that rate limits count them under
    trustProxy: env.TRUST_PROXY.length > 0 ? env.TRUST_PROXY : false,
    genReqId: requestIdOf,
    requestIdHeader: false,
    // what Fastify's router refuses before any hook runs (a path parameter over the length
    // limit: 414; a malformed percent-encoding: 400) answers problem+json like the rest
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      void reply.header('x-request-id', request.id);
      sendProblem(reply, new ProblemDetailsFilter().toProblem(error, String(request.id), request));
    },
  });
}

/**
 * Everything the running API is made of besides listening: used by `main.ts` and by the
 * end-to-end tests, so both exercise the same pipes, filters, parsers and limits.
 */
export async function configureApiApp(
  app: NestFastifyApplication,
): Promise<NestFastifyApplication> {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  useApiPrefix(app);
  app.enableShutdownHooks();
  app.enableCors();
  const fastify = app.getHttpAdapter().getInstance();
  // Fastify's own errors (bad JSON, body too large) reach ProblemDetailsFilter through Nest's
  // handler; the request id header is set as the request arrives, so those carry it too.
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done(urlHasNul(request.url) ? new ValidationFailedError([URL_NUL_ERROR]) : undefined);
  });
  const bodyLimit = config.get('JSON_BODY_LIMIT_BYTES');
  app.useBodyParser('application/json', { bodyLimit }, jsonBodyParser(fastify));
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit }, formBodyParser);
  await app.register(securityHeaders, {
    // Swagger UI needs inline scripts and styles on its own page
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        styleSrc: [`'self'`, `'unsafe-inline'`],
        imgSrc: [`'self'`, 'data:', 'validator.swagger.io'],
        scriptSrc: [`'self'`, `'unsafe-inline'`],
      },
    },
  });
  await app.register(multipart, {
    limits: { fileSize: config.get('FILE_MAX_BYTES'), files: 1, fields: 5 },
  });
  await mountBullBoard(app);
  SwaggerModule.setup('api/docs', app, await buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
  await app.init();
  await fastify.ready();
  return app;
}

export async function createApiApp(): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createAdapter(), {
    bufferLogs: true,
    // signed webhooks (postal callbacks) are verified on the exact bytes received
    rawBody: true,
  });
  return configureApiApp(app);
}
