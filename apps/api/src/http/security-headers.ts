import type { FastifyPluginAsync } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * helmet's headers on every response. Helmet builds its middleware (parsing and checking the
 * CSP directives) once, here; @fastify/helmet builds it again on every request, in two hooks
 * (about 12 µs a request with our CSP, against 0.4 µs for the prebuilt middleware).
 */
const securityHeadersPlugin: FastifyPluginAsync<HelmetOptions> = async (fastify, options) => {
  const applyHeaders = helmet(options);
  fastify.addHook('onRequest', (request, reply, done) => {
    applyHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
};

export const securityHeaders = fastifyPlugin(securityHeadersPlugin, {
  name: 'motcua-security-headers',
});
