import type { IncomingMessage, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// the bench's open-loop load generator is plain JavaScript, run by `npm run bench`
const { measureAtRate } = require('../bench/lib/open-loop') as {
  measureAtRate: (options: {
    url: string;
    request: Record<string, unknown>;
    connections: number;
    rate: number;
    durationSeconds: number;
  }) => Promise<{
    rate: number;
    requests: number;
    non2xx: number;
    errors: number;
    p50Ms: number;
    p99Ms: number;
  }>;
};

/** What the bench's figures rest on: every request sent, counted once, and in the right bin. */
describe('bench open-loop generator', () => {
  let server: Server;
  let url: string;
  const seen: { method: string; url: string; auth?: string; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body });
        res.statusCode = req.url!.startsWith('/fail') ? 503 : 200;
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => (seen.length = 0));

  it('sends rate × seconds requests after a one-second ramp, and counts only those', async () => {
    const result = await measureAtRate({
      url,
      request: {
        method: 'POST',
        path: '/dossiers',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
        body: '{"a":1}',
      },
      connections: 5,
      rate: 50,
      durationSeconds: 1,
    });
    // 50 in the unmeasured first second, 50 measured
    expect(seen).toHaveLength(100);
    expect(result).toMatchObject({ rate: 50, requests: 50, non2xx: 0, errors: 0 });
    expect(seen.every((r) => r.method === 'POST' && r.url === '/dossiers')).toBe(true);
    expect(seen.every((r) => r.auth === 'Bearer t' && r.body === '{"a":1}')).toBe(true);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
  });

  it("varies each request through the scenario's setupRequest, as autocannon would", async () => {
    let n = 0;
    await measureAtRate({
      url,
      request: {
        requests: [
          {
            method: 'GET',
            setupRequest: (req: { path: string }) => ({ ...req, path: `/tracking/${n++}` }),
          },
        ],
      },
      connections: 5,
      rate: 20,
      durationSeconds: 1,
    });
    expect(seen.map((r) => r.url).sort()).toEqual(
      Array.from({ length: 40 }, (_, i) => `/tracking/${i}`).sort(),
    );
  });

  it('counts answers other than 2xx, and refused connections as errors', async () => {
    const failing = await measureAtRate({
      url,
      request: { path: '/fail' },
      connections: 2,
      rate: 10,
      durationSeconds: 1,
    });
    expect(failing).toMatchObject({ non2xx: 20, errors: 0 });

    const closed = new Promise<string>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const port = (s.address() as AddressInfo).port;
        s.close(() => resolve(`http://127.0.0.1:${port}`));
      });
    });
    const refused = await measureAtRate({
      url: await closed,
      request: { path: '/' },
      connections: 2,
      rate: 10,
      durationSeconds: 1,
    });
    expect(refused).toMatchObject({ errors: 20, requests: 0 });
  });
});
