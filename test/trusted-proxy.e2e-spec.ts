import { randomInt, randomUUID } from 'node:crypto';
import type { TestApi } from './support/api';

// No proxy is trusted here, and the rate-limit counters live under a prefix of this file's
// own, so the block it triggers for 127.0.0.1 touches no other test file. Set before the app
// module is imported (it reads the environment when it loads).
const prefix = `motcua-test-${randomUUID().slice(0, 8)}`;
Object.assign(process.env, {
  TRUST_PROXY: '',
  QUEUE_PREFIX: prefix,
  AUTH_RATE_LIMIT_PER_MINUTE: '3',
});

const randomAddress = () => `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

async function startApiWith(settings: Record<string, string>): Promise<TestApi> {
  Object.assign(process.env, settings);
  let api: TestApi | undefined;
  await jest.isolateModulesAsync(async () => {
    const { startApi } = await import('./support/api');
    api = await startApi();
  });
  return api!;
}

describe('Client address behind proxies', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApiWith({});
  });
  afterAll(() => api.close());

  const login = (target: TestApi, forwardedFor: string) =>
    target.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', forwardedFor)
      .send({ username: `khach-${randomUUID()}@example.vn`, password: 'SaiMatKhau@1' });

  it('ignores X-Forwarded-For from a client that is not a configured proxy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(api, randomAddress())).status);
    // a new address in every request changes nothing: the connection's address is counted
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('counts under the installation prefix, so another installation on the same Redis is not blocked', async () => {
    expect((await login(api, randomAddress())).status).toBe(429);
    const other = await startApiWith({ QUEUE_PREFIX: `${prefix}-other` });
    try {
      expect((await login(other, randomAddress())).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
