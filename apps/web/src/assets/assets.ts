import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

interface Asset {
  url: string;
  type: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

/**
 * The files beside this module (the stylesheet, small scripts), read and compressed once at
 * start-up and served at `/assets/<name>.<content hash>.<ext>` with a year-long immutable
 * cache: a changed file gets a new address.
 */
function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(__dirname)) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const body = readFileSync(join(__dirname, name));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const ext = extname(name);
    assets.set(name, {
      url: `/assets/${name.slice(0, -ext.length)}.${hash}${ext}`,
      type,
      body,
      gzip: gzipSync(body, { level: 9 }),
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
      }),
    });
  }
  return assets;
}

const assets = loadAssets();

/** The address of an asset by file name, e.g. `assetUrl('site.css')`. */
export function assetUrl(name: string): string {
  const asset = assets.get(name);
  if (!asset) throw new Error(`No asset named ${name} in ${__dirname}`);
  return asset.url;
}

export function registerAssets(fastify: FastifyInstance): void {
  for (const asset of assets.values()) {
    fastify.get(asset.url, { compress: false }, (request, reply) => {
      const accepted = String(request.headers['accept-encoding'] ?? '');
      reply
        .header('content-type', asset.type)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('vary', 'accept-encoding');
      if (/\bbr\b/.test(accepted)) return reply.header('content-encoding', 'br').send(asset.brotli);
      if (/\bgzip\b/.test(accepted))
        return reply.header('content-encoding', 'gzip').send(asset.gzip);
      return reply.send(asset.body);
    });
  }
}
