import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';

/** A request to the API fails after this long without any data moving either way. */
export const API_IDLE_TIMEOUT_MS = 30_000;

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 256, scheduling: 'lifo' }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 256, scheduling: 'lifo' }),
};

const NO_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * `fetch` for the API client, over node:http with kept-alive connections. Node's built-in
 * fetch cost several times the CPU per call (measured: about 250-450 calls/s against the
 * tracking route where node:http made 1,600), and the portal makes one or more calls per
 * page. Request bodies are streamed (uploads pass through without a copy); the timeout is an
 * idle one, so a slow phone uploading a large photo is not cut off while bytes still flow.
 */
export function httpFetch(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const transport = url.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return new Promise<Response>((resolve, reject) => {
    const outgoing = transport.request(
      url,
      {
        method: request.method,
        headers,
        agent: agents[url.protocol as keyof typeof agents],
        timeout: API_IDLE_TIMEOUT_MS,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const status = incoming.statusCode ?? 502;
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            if (Array.isArray(value)) value.forEach((v) => responseHeaders.append(name, v));
            else if (value !== undefined) responseHeaders.set(name, value);
          }
          resolve(
            new Response(NO_BODY_STATUSES.has(status) ? null : Buffer.concat(chunks), {
              status,
              headers: responseHeaders,
            }),
          );
        });
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('The API did not answer in time')));
    outgoing.on('error', reject);
    request.signal?.addEventListener('abort', () => outgoing.destroy(new Error('Aborted')));
    if (!request.body) {
      outgoing.end();
      return;
    }
    const body = Readable.fromWeb(request.body as import('node:stream/web').ReadableStream);
    body.on('error', (error) => outgoing.destroy(error));
    body.pipe(outgoing);
  });
}

export interface JsonAnswer<T> {
  status: number;
  /** The parsed body of a 2xx answer. */
  data?: T;
  headers: http.IncomingHttpHeaders;
}

/**
 * A GET of a JSON route without building fetch's Request and Response objects: for the pages
 * on the hot path (public tracking), where those objects cost about as much as the call itself.
 */
export function getJson<T>(url: string, headers: Record<string, string>): Promise<JsonAnswer<T>> {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = transport.get(
      target,
      {
        headers: { accept: 'application/json', ...headers },
        agent: agents[target.protocol as keyof typeof agents],
        timeout: API_IDLE_TIMEOUT_MS,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const status = incoming.statusCode ?? 502;
          try {
            const data =
              status >= 200 && status < 300
                ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as T)
                : undefined;
            resolve({ status, data, headers: incoming.headers });
          } catch (error) {
            reject(error as Error);
          }
        });
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('The API did not answer in time')));
    outgoing.on('error', reject);
  });
}
