import { randomInt, randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Citizen } from './support/actors';
import type { TestApi } from './support/api';

// Read when the configuration module loads: the app is imported below, after this.
Object.assign(process.env, { LOGIN_LOCKOUT_ATTEMPTS: '3', LOGIN_LOCKOUT_SECONDS: '600' });

const PROBLEM = /application\/problem\+json/;
const randomAddress = () => `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

describe('Login lock-out per login name', () => {
  let api: TestApi;
  let registerCitizen: typeof import('./support/actors').registerCitizen;

  beforeAll(async () => {
    const { startApi } = await import('./support/api');
    ({ registerCitizen } = await import('./support/actors'));
    api = await startApi();
  });
  afterAll(() => api.close());

  // every attempt from another address: the lock-out counts the name, not the client
  const attempt = (username: string, password: string) =>
    api.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', randomAddress())
      .send({ username, password });

  it('locks a name after repeated failures, with the time to wait, even for the right password', async () => {
    const citizen = await registerCitizen(api.http);
    expect((await attempt(citizen.nationalId, 'SaiMatKhau@1')).status).toBe(401);
    expect((await attempt(citizen.nationalId, 'SaiMatKhau@2')).status).toBe(401);
    const locked = await attempt(citizen.nationalId, 'SaiMatKhau@3');
    expect(locked.status).toBe(429);
    expect(locked.headers['content-type']).toMatch(PROBLEM);
    expect(locked.body).toMatchObject({ status: 429, code: 'LOGIN_LOCKED' });
    expect(locked.body.detail).toMatch(/thử lại sau 10 phút/);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);

    const right = await attempt(citizen.nationalId, citizen.password);
    expect(right.status).toBe(429);
    expect(right.body.code).toBe('LOGIN_LOCKED');
  });

  it('answers an unknown name exactly as an existing one, so the lock reveals no account', async () => {
    const citizen = await registerCitizen(api.http);
    const unknown = `khong-co-${randomUUID()}@example.vn`;
    const answers = async (username: string) => {
      const bodies = [];
      for (let i = 0; i < 4; i++) {
        const res = await attempt(username, 'SaiMatKhau@1');
        const { requestId: _id, ...body } = res.body;
        bodies.push({ status: res.status, body });
      }
      return bodies;
    };
    const known = await answers(citizen.email);
    expect(known.map((a) => a.status)).toEqual([401, 401, 429, 429]);
    expect(await answers(unknown)).toEqual(known);
  });

  it('forgets the failures once the right password is given', async () => {
    const citizen = await registerCitizen(api.http);
    expect((await attempt(citizen.nationalId, 'SaiMatKhau@1')).status).toBe(401);
    expect((await attempt(citizen.nationalId, 'SaiMatKhau@2')).status).toBe(401);
    expect((await attempt(citizen.nationalId, citizen.password)).status).toBe(200);
    expect((await attempt(citizen.nationalId, 'SaiMatKhau@3')).status).toBe(401);
    expect((await attempt(citizen.nationalId, 'SaiMatKhau@4')).status).toBe(401);
  });

  it("counts an account's failures together, whichever of its names they use", async () => {
    const citizen = await registerCitizen(api.http);
    expect((await attempt(citizen.nationalId, 'SaiMatKhau@1')).status).toBe(401);
    expect((await attempt(citizen.email, 'SaiMatKhau@2')).status).toBe(401);
    expect((await attempt(citizen.email.toUpperCase(), 'SaiMatKhau@3')).status).toBe(429);
    expect((await attempt(citizen.nationalId, citizen.password)).status).toBe(429);
  });

  it('lets no parallel guess past the limit', async () => {
    const citizen: Citizen = await registerCitizen(api.http);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(citizen.nationalId, `SaiMatKhau@${i}`)),
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(2);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  });

  it('opens again when the lock has run out', async () => {
    const citizen = await registerCitizen(api.http);
    for (let i = 0; i < 3; i++) await attempt(citizen.nationalId, 'SaiMatKhau@1');
    expect((await attempt(citizen.nationalId, citizen.password)).status).toBe(429);
    // run the clock forward for this account
    const { LoginLockout } = await import('../apps/api/src/auth/login-lockout.service');
    await api.app
      .get<DataSource>(getDataSourceToken())
      .query(
        `UPDATE login_attempts SET resets_at = now() - interval '1 second' WHERE login_hash = $1`,
        [api.app.get(LoginLockout).keyOf(citizen.nationalId, citizen.id)],
      );
    expect((await attempt(citizen.nationalId, citizen.password)).status).toBe(200);
  });
});
