import type { FastifyPluginAsync } from 'fastify';
import fastifyPlugin from 'fastify-plugin';

/**
 * The Content-Security-Policy: everything from the portal itself, no inline script or style
 * (charts and QR codes are SVG with presentation attributes, not `style`), no framing, forms
 * posting only back to the portal.
 */
export function contentSecurityPolicy(tls: boolean): string {
  return [
    `default-src 'self'`,
    `script-src 'self'`,
    `style-src 'self'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(tls ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Headers every response carries, worked out once. */
export function securityHeaderValues(tls: boolean): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(tls),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
    ...(tls ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * The security headers, and HTML as the default answer: pages are strings rendered from TSX;
 * assets and downloads set their own type. Pages can be personal, so nothing is stored by
 * shared caches unless a route says otherwise.
 */
const securityHeadersPlugin: FastifyPluginAsync<{ tls: boolean }> = async (fastify, options) => {
  const headers = {
    ...securityHeaderValues(options.tls),
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  };
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
};

export const securityHeaders = fastifyPlugin(securityHeadersPlugin, {
  name: 'motcua-web-security-headers',
});
