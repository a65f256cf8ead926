import type { FastifyPluginAsync } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers helmet sets with `options`. They depend on the options only (no per-request
 * nonces are configured), so helmet's middleware runs once, here, against a response that
 * records them.
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value;
    },
    removeHeader: () => undefined,
    getHeader: () => undefined,
  };
  helmet(options)(
    { headers: {} } as Parameters<ReturnType<typeof helmet>>[0],
    recorder as unknown as Parameters<ReturnType<typeof helmet>>[1],
    (error?: unknown) => {
      if (error) throw error;
    },
  );
  return headers;
}

/**
 * helmet's headers on every response, worked out once: @fastify/helmet builds helmet's
 * middleware again on every request (parsing and checking the CSP directives) in two hooks,
 * and the middleware then sets each header on the raw response; together about a tenth of a
 * tracking request's CPU, measured.
 */
const securityHeadersPlugin: FastifyPluginAsync<HelmetOptions> = async (fastify, options) => {
  const headers = helmetHeaders(options);
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
};

export const securityHeaders = fastifyPlugin(securityHeadersPlugin, {
  name: 'motcua-security-headers',
});
