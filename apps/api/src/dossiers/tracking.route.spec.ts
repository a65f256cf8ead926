import { Writable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import type pino from 'pino';
import { pinoHttp, type Options } from 'pino-http';
import { loggerParams } from '../bootstrap/logging';
import { logRequest } from './tracking.route';

/**
 * nestjs-pino's root logger as the API makes it (pino-http with the API's serializers),
 * writing to an array; restored after each test.
 */
function captureRootLogger(level: string): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const { pinoHttp: options } = loggerParams(level, false);
  (PinoLogger as unknown as { root: pino.Logger }).root = pinoHttp(options as Options, sink).logger;
  return lines;
}

const request = {
  id: 'req-1',
  method: 'GET',
  url: '/api/v1/tracking/000.00.00.H00-261201-0001?utm=x',
} as FastifyRequest;
/** A reply whose response has been sent, as it is when `onResponse` runs. */
const replyWith = (statusCode: number) =>
  ({
    statusCode,
    elapsedTime: 3.4,
    raw: { statusCode, headersSent: true, getHeaders: () => ({ 'x-secret': 'no' }) },
  }) as unknown as FastifyReply;

describe('the tracking route’s access log', () => {
  const original = PinoLogger.root;
  afterEach(() => {
    (PinoLogger as unknown as { root: pino.Logger }).root = original;
  });

  it('writes the line pino-http would: request id, method, path without query, status', async () => {
    const lines = captureRootLogger('info');
    const done = jest.fn();
    logRequest(request, replyWith(200), done);
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toHaveBeenCalled();
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request completed',
        req: { id: 'req-1', method: 'GET', path: '/api/v1/tracking/000.00.00.H00-261201-0001' },
        res: { statusCode: 200 },
        responseTime: 3,
      }),
    ]);
  });

  it('logs client errors as warnings, and nothing below the configured level', async () => {
    const lines = captureRootLogger('warn');
    logRequest(request, replyWith(200), jest.fn());
    logRequest(request, replyWith(429), jest.fn());
    await new Promise((resolve) => setImmediate(resolve));
    expect(
      lines.map((line) => [line.level, (line.res as { statusCode: number }).statusCode]),
    ).toEqual([[40, 429]]);
  });
});
