import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { TestApi } from './support/api';

const GRACE_MS = 1000;

/**
 * The API's bounds on waiting: a request that gets no pooled connection in time is answered
 * 503 rather than queued for ever; every connection carries a statement and an idle-in-
 * transaction timeout; shutting down lets requests in flight finish, then cuts them off.
 */
describe('database limits and graceful shutdown', () => {
  beforeAll(() => {
    // read by the modules as they load, hence the dynamic imports below
    Object.assign(process.env, {
      DATABASE_POOL_SIZE: '1',
      DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '300',
      // longer than the grace period, so a request blocked on a lock outlives it
      DATABASE_STATEMENT_TIMEOUT_MS: '10000',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '20000',
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
    });
  });

  async function start(): Promise<TestApi> {
    const { startApi } = await import('./support/api');
    return startApi();
  }

  describe('while running', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await start();
    });
    afterAll(() => api.close());

    it('sets statement_timeout and idle_in_transaction_session_timeout on its connections', async () => {
      const db = api.app.get(DataSource);
      const [row] = (await db.query(
        `SELECT current_setting('statement_timeout') AS statement,
                current_setting('idle_in_transaction_session_timeout') AS idle`,
      )) as { statement: string; idle: string }[];
      expect(row).toEqual({ statement: '10s', idle: '20s' });
    });

    it('answers 503 problem+json with Retry-After when no connection comes free in time', async () => {
      const { DEMO, DEMO_PASSWORD } = await import('./support/actors');
      const holder = api.app.get(DataSource).createQueryRunner();
      await holder.connect(); // the pool's only connection
      try {
        const res = await api.http
          .post('/api/v1/auth/login')
          .send({ username: DEMO.reception, password: DEMO_PASSWORD })
          .timeout(20_000);
        expect(res.status).toBe(503);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(res.body).toMatchObject({
          status: 503,
          code: 'SERVICE_UNAVAILABLE',
          detail: expect.stringContaining('thử lại'),
        });
      } finally {
        await holder.release();
      }
      await api.http
        .post('/api/v1/auth/login')
        .send({ username: DEMO.reception, password: DEMO_PASSWORD })
        .expect(200);
    });
    it('answers a signed-in request 503 too, not 401: the session check could not run, the token is fine', async () => {
      const { DEMO, login } = await import('./support/actors');
      const token = await login(api.http, DEMO.reception);
      const holder = api.app.get(DataSource).createQueryRunner();
      await holder.connect();
      try {
        const res = await api.http
          .get('/api/v1/dossiers')
          .set('Authorization', `Bearer ${token}`)
          .timeout(20_000);
        expect(res.status).toBe(503);
        expect(res.body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      } finally {
        await holder.release();
      }
      await api.http.get('/api/v1/dossiers').set('Authorization', `Bearer ${token}`).expect(200);
    });
  });

  describe('on close, with a request in flight', () => {
    let api: TestApi;
    let locker: Client;
    let base: string;
    let token: string;
    let code: string;

    beforeEach(async () => {
      const { login, registerCitizen, DEMO } = await import('./support/actors');
      const { COUNTER_ONLY_PROCEDURE_CODE } = await import('./support/demo');
      const { fileDossier } = await import('./support/dossiers');
      api = await start();
      const citizen = await registerCitizen(api.http);
      token = await login(api.http, DEMO.reception);
      code = (await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE)).code;
      await api.app.listen(0, '127.0.0.1');
      const { port } = api.app.getHttpServer().address() as { port: number };
      base = `http://127.0.0.1:${port}`;
      // another session holds the dossier's row, so the action waits on it
      locker = new Client({ connectionString: process.env.DATABASE_URL });
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM dossiers WHERE code = $1 FOR UPDATE', [code]);
    });
    afterEach(async () => {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    });

    /** Sends `receive` and resolves once it is waiting for the row lock. */
    async function receiveWaitingOnTheLock(): Promise<{ answer: Promise<Response> }> {
      const answer = fetch(`${base}/api/v1/dossiers/${code}/actions/receive`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      });
      answer.catch(() => undefined); // awaited by the caller; kept from counting as unhandled
      for (;;) {
        // the statistics are a snapshot per transaction, and the locker is in one
        await locker.query('SELECT pg_stat_clear_snapshot()');
        const { rows } = await locker.query(
          `SELECT 1 FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'
              AND query LIKE '%FOR UPDATE%' AND pid <> pg_backend_pid()`,
        );
        if (rows.length > 0) return { answer };
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    it('finishes the request when it completes within the grace period', async () => {
      const { answer } = await receiveWaitingOnTheLock();
      const closed = api.app.close();
      // the server stops listening at once; the request in flight goes on
      while (api.app.getHttpServer().listening) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await locker.query('COMMIT');
      const res = await answer;
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ code, status: 'RECEIVED' });
      await expect(closed).resolves.toBeUndefined();
    });

    it('cuts the request off after the grace period and still closes', async () => {
      const { answer } = await receiveWaitingOnTheLock();
      const outcome = answer.then(
        (res) => `answered ${res.status}`,
        () => 'cut off',
      );
      await expect(api.app.close()).resolves.toBeUndefined();
      expect(await outcome).toBe('cut off');
    });
  });
});
