import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Test } from 'supertest';
import type { Citizen } from './support/actors';
import { DEMO, DEMO_PASSWORD, login, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { COUNTER_ONLY_PROCEDURE_CODE } from './support/demo';
import { completeDossierBody, fileDossier } from './support/dossiers';
import { freePort } from './support/net';
import { startRedis, stopRedis } from './support/redis';

const POOL_SIZE = 4;
/** Requests in flight at any moment. */
const CONCURRENCY = 3 * POOL_SIZE;
const CITIZENS = 4;
/** Of each kind of request, per wave. */
const PER_KIND = CONCURRENCY;
/** A request still unanswered after this is taken as hung. */
const ANSWER_WITHIN_MS = 30_000;
/** What a request under load may be answered; anything else (or no answer) fails the drill. */
const ACCEPTABLE = (status: number) =>
  (status >= 200 && status < 300) || status === 409 || status === 429 || status === 503;

/**
 * Load drill: officials and citizens at three times the pool's size of requests in flight
 * (actions, two officials acting on one dossier, keyed creates and their replays, keyed
 * submits, logins), in three waves, with the API's Redis killed after the first and started
 * again after the second. Every request is answered with 2xx, 409, 429 or 503; afterwards each
 * dossier's history chains from its first status to its current one and the worker has
 * published every outbox event.
 */
describe('load drill: a small pool, many callers, Redis restarted', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let redis: ChildProcess;
  let redisPort: number;
  let citizens: Citizen[];
  let officials: { reception: string; specialist: string };
  const procedureCode = COUNTER_ONLY_PROCEDURE_CODE;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const answers: { kind: string; status: number | 'no answer' }[] = [];

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    Object.assign(process.env, {
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      QUEUE_PREFIX: `motcua-test-${randomUUID().slice(0, 8)}`,
      OUTBOX_POLL_MS: '100',
    });
    const { startApi } = await import('./support/api');
    const { NestFactory } = await import('@nestjs/core');
    const { WorkerModule } = await import('../apps/worker/src/worker.module');
    api = await startApi();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    citizens = [];
    for (let i = 0; i < CITIZENS; i++) citizens.push(await registerCitizen(api.http));
    officials = {
      reception: await login(api.http, DEMO.reception),
      specialist: await login(api.http, DEMO.specialist),
    };
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    if (redis && redis.exitCode === null) await stopRedis(redis);
  });

  const citizenOf = (i: number) => citizens[i % citizens.length];

  async function completeBody(citizen: Citizen): Promise<Record<string, unknown>> {
    return completeDossierBody(api.http, citizen.accessToken, procedureCode);
  }

  /** What each wave works on, made before it starts (uploads are not part of the drill). */
  async function prepareWave() {
    const filed: string[] = [];
    const creates: { citizen: Citizen; body: Record<string, unknown>; key: string }[] = [];
    const drafts: { citizen: Citizen; id: string }[] = [];
    for (let i = 0; i < PER_KIND; i++) {
      const citizen = citizenOf(i);
      filed.push((await fileDossier(api.http, citizen.accessToken, procedureCode)).code);
      creates.push({ citizen, body: await completeBody(citizen), key: randomUUID() });
      const draft = await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .send({ ...(await completeBody(citizen)), submit: false })
        .expect(201);
      drafts.push({ citizen, id: draft.body.id });
    }
    return { filed, creates, drafts };
  }

  /** Runs `requests` with at most CONCURRENCY in flight, recording each answer. */
  async function runWave(requests: { kind: string; send: () => Test }[]): Promise<void> {
    const queue = [...requests].sort(() => Math.random() - 0.5);
    const lanes = Array.from({ length: CONCURRENCY }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        try {
          const res = await next.send().timeout(ANSWER_WITHIN_MS);
          answers.push({ kind: next.kind, status: res.status });
        } catch (error) {
          const status = (error as { status?: number }).status;
          answers.push({ kind: next.kind, status: status ?? 'no answer' });
        }
      }
    });
    await Promise.all(lanes);
  }

  function waveOf(work: Awaited<ReturnType<typeof prepareWave>>) {
    const requests: { kind: string; send: () => Test }[] = [];
    work.filed.forEach((code, i) => {
      requests.push({
        kind: 'receive',
        send: () =>
          api.http
            .post(`/api/v1/dossiers/${code}/actions/receive`)
            .set(auth(officials.reception))
            .send({}),
      });
      // a second official acting on the same dossier at the same time: one of the two gets 409
      if (i % 2 === 0) {
        requests.push({
          kind: 'reject',
          send: () =>
            api.http
              .post(`/api/v1/dossiers/${code}/actions/reject`)
              .set(auth(officials.reception))
              .send({ reason: 'Thiếu chữ ký' }),
        });
      }
    });
    work.creates.forEach(({ citizen, body, key }, i) => {
      const create = () =>
        api.http
          .post('/api/v1/dossiers')
          .set(auth(citizen.accessToken))
          .set('Idempotency-Key', key)
          .send(body);
      requests.push({ kind: 'create', send: create });
      if (i % 2 === 0) requests.push({ kind: 'create (retry)', send: create });
    });
    for (const { citizen, id } of work.drafts) {
      requests.push({
        kind: 'submit',
        send: () =>
          api.http
            .post(`/api/v1/dossiers/${id}/actions/submit`)
            .set(auth(citizen.accessToken))
            .set('Idempotency-Key', randomUUID())
            .send({}),
      });
    }
    for (let i = 0; i < PER_KIND; i++) {
      const citizen = citizenOf(i);
      const [username, password] =
        i % 3 === 0
          ? [i % 2 === 0 ? DEMO.specialist : DEMO.leader, DEMO_PASSWORD]
          : [citizen.nationalId, citizen.password];
      requests.push({
        kind: 'login',
        send: () => api.http.post('/api/v1/auth/login').send({ username, password }),
      });
    }
    requests.push({
      kind: 'work list',
      send: () => api.http.get('/api/v1/dossiers').set(auth(officials.specialist)),
    });
    return requests;
  }

  it('answers every request and leaves the database consistent', async () => {
    const waves = [await prepareWave(), await prepareWave(), await prepareWave()];

    await runWave(waveOf(waves[0]));
    await stopRedis(redis);
    await runWave(waveOf(waves[1]));
    redis = await startRedis(redisPort);
    await runWave(waveOf(waves[2]));

    const unanswered = answers.filter((a) => a.status === 'no answer' || !ACCEPTABLE(a.status));
    expect(unanswered).toEqual([]);
    expect(answers.length).toBeGreaterThanOrEqual(3 * 5 * PER_KIND);
    // the drill did real work, not only refusals
    expect(answers.filter((a) => a.status === 200 || a.status === 201).length).toBeGreaterThan(
      answers.length / 2,
    );

    const db = api.app.get(DataSource);
    const owners = citizens.map((c) => c.id);
    const chains = (await db.query(
      `SELECT d.id, d.status,
              array_agg(h.from_status ORDER BY h.id) AS froms,
              array_agg(h.to_status ORDER BY h.id) AS tos
         FROM dossiers d JOIN dossier_history h ON h.dossier_id = d.id
        WHERE d.owner_id = ANY($1::uuid[])
        GROUP BY d.id, d.status`,
      [owners],
    )) as { id: string; status: string; froms: (string | null)[]; tos: string[] }[];
    // at least those filed and drafted before each wave; creates that got 503 made none
    expect(chains.length).toBeGreaterThanOrEqual(3 * 2 * PER_KIND);
    const broken = chains.filter(
      ({ status, froms, tos }) =>
        froms[0] !== null ||
        tos[tos.length - 1] !== status ||
        froms.some((from, i) => i > 0 && from !== tos[i - 1]),
    );
    expect(broken).toEqual([]);

    // every event of these dossiers is published by the worker (Redis is back)
    const pending = async () =>
      Number(
        (
          (await db.query(
            `SELECT count(*) AS n FROM outbox o JOIN dossiers d ON d.id = (o.payload->>'dossierId')::uuid
              WHERE d.owner_id = ANY($1::uuid[]) AND o.published_at IS NULL`,
            [owners],
          )) as { n: string }[]
        )[0].n,
      );
    const deadline = Date.now() + 60_000;
    while ((await pending()) > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await pending()).toBe(0);
  }, 600_000);
});
