import { randomInt } from 'node:crypto';
import type { TestApi } from './support/api';
import { registerCitizen } from './support/actors';
import { COUNTER_ONLY_PROCEDURE_CODE } from './support/demo';
import { fileDossier } from './support/dossiers';

// The environment is validated when the app module is first imported, so the limit is set
// here and the app is imported dynamically below, after it.
process.env.TRACKING_RATE_LIMIT_PER_MINUTE = '3';

/** A client address of our own (the API trusts X-Forwarded-For), so no other file is blocked. */
function randomClientAddress(): string {
  return `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/**
 * Public tracking counts each client in Redis while it looks the dossier up: these tests
 * check that the limit is real, shared by API replicas, exact under concurrency, and that a
 * refused request learns nothing about the dossier.
 */
describe('tracking rate limiting', () => {
  let api: TestApi;
  let replica: TestApi;
  let code: string;

  beforeAll(async () => {
    const { startApi } = await import('./support/api');
    api = await startApi();
    replica = await startApi();
    const citizen = await registerCitizen(api.http);
    ({ code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE));
  });
  afterAll(async () => {
    await api?.close();
    await replica?.close();
  });

  const track = (on: TestApi, client: string, dossierCode = code) =>
    on.http.get(`/api/v1/tracking/${dossierCode}`).set('X-Forwarded-For', client);

  it('answers 429 problem+json past the limit, without a word about the dossier', async () => {
    const client = randomClientAddress();
    for (let i = 0; i < 3; i++) {
      const res = await track(api, client);
      expect(res.status).toBe(200);
      expect(res.body.code).toBe(code);
      // the pipeline's headers are there on the hot route too
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    }
    const res = await track(api, client);
    expect(res.status).toBe(429);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('60');
    expect(res.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(res.body.detail).toMatch(/quá nhiều yêu cầu/);
    expect(JSON.stringify(res.body)).not.toContain(code);
    expect(res.body).not.toHaveProperty('procedureName');
    // an unknown code gets the same 429, not a 404 that would tell codes apart
    const unknown = await track(api, client, '000.00.00.H00-990101-9999');
    expect(unknown.status).toBe(429);
    // another client is still served
    expect((await track(api, randomClientAddress())).status).toBe(200);
  });

  it('counts a client across API replicas (the count is in Redis)', async () => {
    const client = randomClientAddress();
    expect((await track(api, client)).status).toBe(200);
    expect((await track(replica, client)).status).toBe(200);
    expect((await track(api, client)).status).toBe(200);
    const res = await track(replica, client);
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('RATE_LIMITED');
  });

  it('lets exactly the limit through when a client sends many requests at once', async () => {
    const client = randomClientAddress();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => track(i % 2 ? replica : api, client)),
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);
  });

  it('counts tracking apart from other limited routes', async () => {
    const client = randomClientAddress();
    for (let i = 0; i < 3; i++) expect((await track(api, client)).status).toBe(200);
    // the public statistics share the tracking limit's size but not its count
    const stats = await api.http
      .get('/api/v1/public/stats?from=2026-03-01&to=2026-03-31')
      .set('X-Forwarded-For', client);
    expect(stats.status).toBe(200);
  });
});
