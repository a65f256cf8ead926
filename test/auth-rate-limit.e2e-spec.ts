import { randomInt } from 'node:crypto';
import type { TestApi } from './support/api';

// The environment is validated when the app module is first imported, so the limit is set
// here and the app is imported dynamically below, after it.
process.env.AUTH_RATE_LIMIT_PER_MINUTE = '3';

/**
 * A client address of our own (the tests' loopback is a trusted proxy, test/setup-env.ts), so
 * the block this file triggers in the shared Redis never hits other test files, which all come
 * from 127.0.0.1.
 */
function randomClientAddress(): string {
  return `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

describe('Auth rate limiting', () => {
  let api: TestApi;

  beforeAll(async () => {
    const { startApi } = await import('./support/api');
    api = await startApi();
  });
  afterAll(() => api.close());

  const attemptLogin = (clientAddress: string) =>
    api.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', clientAddress)
      // a new name each time: the per-name lock-out is tested on its own
      .send({ username: `khong-ton-tai-${randomInt(1e9)}@example.vn`, password: 'SaiMatKhau@1' });

  it('answers 429 problem+json once a client exceeds the login limit', async () => {
    const client = randomClientAddress();
    for (let i = 0; i < 3; i++) {
      expect((await attemptLogin(client)).status).toBe(401);
    }
    const res = await attemptLogin(client);
    expect(res.status).toBe(429);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('60');
    expect(res.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(res.body.detail).toMatch(/quá nhiều yêu cầu/);
  });

  it('counts each client address separately', async () => {
    const noisy = randomClientAddress();
    for (let i = 0; i < 4; i++) await attemptLogin(noisy);
    expect((await attemptLogin(noisy)).status).toBe(429);
    expect((await attemptLogin(randomClientAddress())).status).toBe(401);
  });

  it('limits registration too', async () => {
    const client = randomClientAddress();
    const register = () =>
      api.http.post('/api/v1/auth/register').set('X-Forwarded-For', client).send({});
    for (let i = 0; i < 3; i++) expect((await register()).status).toBe(400);
    const res = await register();
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('RATE_LIMITED');
  });

  it('limits password reset requests and confirmations per client address', async () => {
    for (const [path, body] of [
      ['/api/v1/auth/password-reset', { login: 'khong-ton-tai@example.vn' }],
      ['/api/v1/auth/password-reset/confirm', { token: 'x'.repeat(43), password: 'MatKhau@2026' }],
    ] as const) {
      const client = randomClientAddress();
      const send = () => api.http.post(path).set('X-Forwarded-For', client).send(body);
      for (let i = 0; i < 3; i++) expect((await send()).status).not.toBe(429);
      const res = await send();
      expect(res.status).toBe(429);
      expect(res.body.code).toBe('RATE_LIMITED');
    }
  });
});
