import { randomUUID } from 'node:crypto';
import type { TestApi } from './support/api';
import { randomNationalId, registerCitizen } from './support/actors';

const CONFLICTS_PER_HOUR = 3;

/**
 * Registration keeps its 409 for a taken national ID or e-mail, so a person learns to sign
 * in instead; an address that keeps hitting taken identities is stopped, so nobody can sweep
 * the national ID space to learn who has an account.
 */
describe('registration probing', () => {
  let api: TestApi;

  beforeAll(async () => {
    // set before the API's modules load: they read their configuration then
    process.env.REGISTER_CONFLICTS_PER_HOUR = String(CONFLICTS_PER_HOUR);
    // counters of its own: every test file registers from the same loopback address
    process.env.QUEUE_PREFIX = `motcua-test-${randomUUID().slice(0, 8)}`;
    const { startApi } = await import('./support/api');
    api = await startApi();
  });
  afterAll(() => api.close());

  const attempt = (nationalId: string) =>
    api.http.post('/api/v1/auth/register').send({
      nationalId,
      fullName: 'Nguyễn Văn Dò',
      phone: '0912345678',
      password: 'MatKhau@2025',
    });

  it('answers 429 to an address after a few registrations that hit taken identities', async () => {
    const taken = await Promise.all(
      Array.from({ length: CONFLICTS_PER_HOUR + 1 }, () => registerCitizen(api.http)),
    );
    for (const citizen of taken.slice(0, CONFLICTS_PER_HOUR)) {
      const res = await attempt(citizen.nationalId);
      expect(res.status).toBe(409);
    }
    const stopped = await attempt(taken[CONFLICTS_PER_HOUR].nationalId);
    expect(stopped.status).toBe(429);
    expect(stopped.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    // also for an identity that is free: the answer no longer says anything
    const free = await attempt(randomNationalId());
    expect(free.status).toBe(429);
  });
});
