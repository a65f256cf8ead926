import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import type { Citizen } from './support/actors';
import type { TestApi } from './support/api';

/** Small on purpose: the deadlock needed no more than the pool's size of concurrent actions. */
const POOL_SIZE = 3;
const CONCURRENCY = 3 * POOL_SIZE;
/** A request still unanswered after this is taken as hung (the test fails instead of waiting). */
const ANSWER_WITHIN_MS = 30_000;

/**
 * Work inside a transaction must use that transaction's connection only. An action that held
 * one pooled connection and asked the pool for a second (the actor's name, the procedure, the
 * calendar, the content check, the visibility check) hung for good once as many of them ran
 * at once as the pool had connections.
 */
describe('a small pool under concurrent transactions', () => {
  let api: TestApi;
  let citizen: Citizen;
  let reception: string;
  let code: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    // read by the modules as they load, hence the dynamic imports below
    Object.assign(process.env, {
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      // long enough that only a connection that never comes back runs out
      DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '20000',
    });
    const { startApi } = await import('./support/api');
    const { login, registerCitizen, DEMO } = await import('./support/actors');
    const { COUNTER_ONLY_PROCEDURE_CODE } = await import('./support/demo');
    code = COUNTER_ONLY_PROCEDURE_CODE;
    api = await startApi();
    citizen = await registerCitizen(api.http);
    reception = await login(api.http, DEMO.reception);
  });
  afterAll(() => api?.close());

  async function filedDossiers(count: number): Promise<string[]> {
    const { fileDossier } = await import('./support/dossiers');
    const codes: string[] = [];
    for (let i = 0; i < count; i++) {
      codes.push((await fileDossier(api.http, citizen.accessToken, code)).code);
    }
    return codes;
  }

  async function completeBodies(count: number): Promise<Record<string, unknown>[]> {
    const { completeDossierBody } = await import('./support/dossiers');
    const bodies: Record<string, unknown>[] = [];
    for (let i = 0; i < count; i++) {
      bodies.push(await completeDossierBody(api.http, citizen.accessToken, code));
    }
    return bodies;
  }

  async function drafts(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (const body of await completeBodies(count)) {
      const res = await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .send({ ...body, submit: false })
        .expect(201);
      ids.push(res.body.id);
    }
    return ids;
  }

  function statuses(responses: Response[]): number[] {
    return responses.map((res) => res.status);
  }

  it(`answers ${CONCURRENCY} concurrent actions on different dossiers`, async () => {
    const codes = await filedDossiers(CONCURRENCY);
    const responses = await Promise.all(
      codes.map((ref) =>
        api.http
          .post(`/api/v1/dossiers/${ref}/actions/receive`)
          .set(auth(reception))
          .send({})
          .timeout(ANSWER_WITHIN_MS),
      ),
    );
    expect(statuses(responses)).toEqual(codes.map(() => 200));
  });

  it(`answers ${CONCURRENCY} concurrent keyed creates`, async () => {
    const bodies = await completeBodies(CONCURRENCY);
    const responses = await Promise.all(
      bodies.map((body) =>
        api.http
          .post('/api/v1/dossiers')
          .set(auth(citizen.accessToken))
          .set('Idempotency-Key', randomUUID())
          .send(body)
          .timeout(ANSWER_WITHIN_MS),
      ),
    );
    expect(statuses(responses)).toEqual(bodies.map(() => 201));
  });

  it(`answers ${CONCURRENCY} concurrent keyed desk entries`, async () => {
    const { uploadFile } = await import('./support/files');
    const { documentCodes, validFormData } = await import('./support/demo');
    const bodies = [];
    for (let i = 0; i < CONCURRENCY; i++) {
      const scan = await uploadFile(api.http, reception, 'pdf', 'ban-scan.pdf');
      bodies.push({
        procedureCode: code,
        formData: validFormData(code),
        attachments: documentCodes(code).map((documentCode) => ({
          documentCode,
          fileId: scan.id,
        })),
        channel: 'COUNTER',
        applicant: { nationalId: '001090000001', fullName: 'Lê Văn Bình', phone: '0987654321' },
      });
    }
    const responses = await Promise.all(
      bodies.map((body) =>
        api.http
          .post('/api/v1/dossiers')
          .set(auth(reception))
          .set('Idempotency-Key', randomUUID())
          .send(body)
          .timeout(ANSWER_WITHIN_MS),
      ),
    );
    expect(statuses(responses)).toEqual(bodies.map(() => 201));
  });

  it(`answers ${CONCURRENCY} concurrent keyed submits`, async () => {
    const ids = await drafts(CONCURRENCY);
    const responses = await Promise.all(
      ids.map((id) =>
        api.http
          .post(`/api/v1/dossiers/${id}/actions/submit`)
          .set(auth(citizen.accessToken))
          .set('Idempotency-Key', randomUUID())
          .send({})
          .timeout(ANSWER_WITHIN_MS),
      ),
    );
    expect(statuses(responses)).toEqual(ids.map(() => 200));
  });

  it('still answers a login and /health afterwards', async () => {
    const { login, DEMO } = await import('./support/actors');
    await expect(login(api.http, DEMO.specialist)).resolves.toEqual(expect.any(String));
    await api.http.get('/health').timeout(ANSWER_WITHIN_MS).expect(200);
  });
});
