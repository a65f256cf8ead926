import { randomUUID } from 'node:crypto';
import type { Test } from 'supertest';
import type { Citizen } from './support/actors';
import type { TestApi } from './support/api';
import { SAMPLE_PDF } from './support/files';

// A body limit of its own, so the 413 answer must say this one, not a fixed figure. Read when
// the configuration module loads: the app is imported below, after this.
process.env.JSON_BODY_LIMIT_BYTES = String(256 * 1024);

const PROBLEM = /^application\/problem\+json/;
const CALLBACKS = '/api/v1/postal/callbacks';

interface Context {
  citizen: Citizen;
  admin: string;
  reception: string;
  leader: string;
  /** A dossier the leader may extend. */
  received: string;
  procedureCode: string;
}

/** JSON text with `inner` nested `depth` levels deep in arrays. */
const nested = (depth: number, inner = '1') => '['.repeat(depth) + inner + ']'.repeat(depth);

/** A dossier body (as JSON text) whose formData is `formData` (JSON text, sent as is). */
const dossierBody = (ctx: Context, formData: string) =>
  `{"procedureCode":${JSON.stringify(ctx.procedureCode)},"formData":${formData}}`;

type Case = [name: string, send: (api: TestApi, ctx: Context) => Test];

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const json = (test: Test, text: string) => test.set('content-type', 'application/json').send(text);

describe('bad input never gives 5xx', () => {
  let api: TestApi;
  let ctx: Context;
  let signWebhook: typeof import('../apps/postal-sim/src/webhook-signature').signWebhook;
  let webhookSecret: string;

  beforeAll(async () => {
    const { startApi } = await import('./support/api');
    const { DEMO, login, registerCitizen } = await import('./support/actors');
    const { COUNTER_ONLY_PROCEDURE_CODE } = await import('./support/demo');
    const { fileDossier } = await import('./support/dossiers');
    ({ signWebhook } = await import('../apps/postal-sim/src/webhook-signature'));
    const { AppConfig } = await import('@motcua/config');
    api = await startApi();
    webhookSecret = api.app.get(AppConfig).get('POSTAL_WEBHOOK_SECRET') as string;
    const citizen = await registerCitizen(api.http);
    const [admin, reception, leader] = await Promise.all(
      [DEMO.admin, DEMO.reception, DEMO.leader].map((user) => login(api.http, user)),
    );
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    await api.http
      .post(`/api/v1/dossiers/${code}/actions/receive`)
      .set(bearer(reception))
      .send({})
      .expect(200);
    ctx = {
      citizen,
      admin,
      reception,
      leader,
      received: code,
      procedureCode: COUNTER_ONLY_PROCEDURE_CODE,
    };
  });
  afterAll(() => api?.close());

  const postalCallback = (occurredAt: string) => (test: TestApi) => {
    const id = `msg_${randomUUID()}`;
    const timestamp = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({
      type: 'shipment.status_changed',
      data: {
        trackingNumber: 'VN000000001VN',
        reference: '000.00.00.H00-261126-0001',
        status: 'IN_TRANSIT',
        occurredAt,
      },
    });
    return test.http
      .post(CALLBACKS)
      .set('content-type', 'application/json')
      .set('webhook-id', id)
      .set('webhook-timestamp', String(timestamp))
      .set('webhook-signature', signWebhook(webhookSecret, id, timestamp, body))
      .send(body);
  };

  const cases: Case[] = [
    // NUL characters, wherever a string goes
    [
      'NUL in the login name',
      (a) => a.http.post('/api/v1/auth/login').send({ username: 'an\u0000', password: 'x' }),
    ],
    [
      'NUL in the password',
      (a) =>
        a.http
          .post('/api/v1/auth/login')
          .send({ username: 'an@example.vn', password: 'Mat\u0000Khau' }),
    ],
    [
      'NUL in a registration',
      (a) =>
        a.http.post('/api/v1/auth/register').send({
          nationalId: '001090012345',
          fullName: 'Nguyễn\u0000Văn An',
          phone: '0912345678',
          password: 'x7#Qp!vR2m',
        }),
    ],
    [
      'NUL in a refresh token',
      (a) => a.http.post('/api/v1/auth/refresh').send({ refreshToken: 'a\u0000b' }),
    ],
    ['NUL in q', (a) => a.http.get('/api/v1/procedures?q=%00')],
    [
      'NUL in procedureCode',
      (a, c) => a.http.get('/api/v1/dossiers?procedureCode=%00').set(bearer(c.citizen.accessToken)),
    ],
    ['NUL in a procedure code path', (a) => a.http.get('/api/v1/procedures/%00')],
    [
      'NUL in a procedure processing time path',
      (a) => a.http.get('/api/v1/procedures/ab%00cd/processing-time'),
    ],
    [
      'NUL in a procedure update',
      (a, c) => a.http.patch('/api/v1/procedures/%00').set(bearer(c.admin)).send({ name: 'x' }),
    ],
    // every property a procedure update may name, sent as null (a NOT NULL column each)
    ...(
      [
        'name',
        'agencyCode',
        'processingDays',
        'fee',
        'onlineLevel',
        'postalDelivery',
        'requiredDocuments',
        'fields',
        'purpose',
        'eligibility',
      ] as const
    ).map((key): Case => [
      `null ${key} in a procedure update`,
      (a, c) =>
        a.http
          .patch(`/api/v1/procedures/${c.procedureCode}`)
          .set(bearer(c.admin))
          .send({ [key]: null }),
    ]),
    [
      'NUL in a dossier ref',
      (a, c) => a.http.get('/api/v1/dossiers/%00').set(bearer(c.citizen.accessToken)),
    ],
    [
      'NUL in a dossier history ref',
      (a, c) => a.http.get('/api/v1/dossiers/%00/history').set(bearer(c.citizen.accessToken)),
    ],
    [
      'NUL in a file id',
      (a, c) => a.http.get('/api/v1/files/%00').set(bearer(c.citizen.accessToken)),
    ],
    ['NUL in a tracking code', (a) => a.http.get('/api/v1/tracking/%00')],
    [
      'NUL in a failed-job retry',
      (a, c) => a.http.post('/api/v1/admin/jobs/%00/%00/retry').set(bearer(c.admin)),
    ],
    [
      'NUL in a formData value',
      (a, c) =>
        json(
          a.http.post('/api/v1/dossiers').set(bearer(c.citizen.accessToken)),
          dossierBody(c, '{"fullName":"An\\u0000"}'),
        ),
    ],
    [
      'NUL in a formData key',
      (a, c) =>
        json(
          a.http.post('/api/v1/dossiers').set(bearer(c.citizen.accessToken)),
          dossierBody(c, '{"a\\u0000b":"x"}'),
        ),
    ],
    [
      'NUL in an action note',
      (a, c) =>
        a.http
          .post(`/api/v1/dossiers/${c.received}/actions/extend`)
          .set(bearer(c.leader))
          .send({ reason: 'x\u0000', newAppointmentDate: '2099-01-05' }),
    ],
    // lone surrogates (not text: PostgreSQL refuses them)
    [
      'a lone high surrogate in formData',
      (a, c) =>
        json(
          a.http.post('/api/v1/dossiers').set(bearer(c.citizen.accessToken)),
          dossierBody(c, '{"fullName":"An\\ud800"}'),
        ),
    ],
    [
      'a lone low surrogate in formData',
      (a, c) =>
        json(
          a.http.post('/api/v1/dossiers').set(bearer(c.citizen.accessToken)),
          dossierBody(c, '{"fullName":"\\udc00An"}'),
        ),
    ],
    [
      'a lone surrogate in the login name',
      (a) => json(a.http.post('/api/v1/auth/login'), '{"username":"\\ud800","password":"x"}'),
    ],
    // deep nesting
    [
      'JSON nested 5,000 levels in formData',
      (a, c) =>
        json(
          a.http.post('/api/v1/dossiers').set(bearer(c.citizen.accessToken)),
          dossierBody(c, `{"x":${nested(5000)}}`),
        ),
    ],
    [
      'JSON nested 5,000 levels as the body',
      (a) => json(a.http.post('/api/v1/auth/login'), nested(5000)),
    ],
    [
      'JSON nested 100,000 levels',
      (a) => json(a.http.post('/api/v1/auth/login'), nested(30000, '{}')),
    ],
    // numbers and dates out of range
    [
      'page=1e21',
      (a, c) => a.http.get('/api/v1/dossiers?page=1e21').set(bearer(c.citizen.accessToken)),
    ],
    [
      'limit=1e21',
      (a, c) => a.http.get('/api/v1/dossiers?limit=1e21').set(bearer(c.citizen.accessToken)),
    ],
    ['page=1e21 on procedures', (a) => a.http.get('/api/v1/procedures?page=1e21')],
    [
      'a summary report in year 9999',
      (a, c) =>
        a.http.get('/api/v1/reports/summary?from=9999-12-01&to=9999-12-31').set(bearer(c.leader)),
    ],
    [
      'a timeseries in year 9999',
      (a, c) =>
        a.http
          .get('/api/v1/reports/timeseries?from=9999-12-01&to=9999-12-31&interval=month')
          .set(bearer(c.leader)),
    ],
    [
      'public stats in year 9999',
      (a) => a.http.get('/api/v1/public/stats?from=9999-12-01&to=9999-12-31'),
    ],
    [
      'public stats in year 0001',
      (a) => a.http.get('/api/v1/public/stats?from=0001-01-01&to=0001-01-31'),
    ],
    [
      'dossiers submitted from year 9999',
      (a, c) => a.http.get('/api/v1/dossiers?from=9999-12-31').set(bearer(c.citizen.accessToken)),
    ],
    [
      'an extension to 9999-12-31',
      (a, c) =>
        a.http
          .post(`/api/v1/dossiers/${c.received}/actions/extend`)
          .set(bearer(c.leader))
          .send({ reason: 'Xin lỗi', newAppointmentDate: '9999-12-31' }),
    ],
    ['a signed callback on 30 February', postalCallback('2026-02-30T10:00:00+07:00')],
    ['a signed callback in month 13', postalCallback('2026-13-01T10:00:00+07:00')],
    ['a signed callback at 25 o’clock', postalCallback('2026-02-01T25:00:00Z')],
    ['a signed callback in year 0000', postalCallback('0000-01-01T00:00:00Z')],
    // sizes and shapes
    ['a path parameter too long (414)', (a) => a.http.get(`/api/v1/tracking/${'A'.repeat(5000)}`)],
    [
      'a procedure code too long (414)',
      (a) => a.http.get(`/api/v1/procedures/${'A'.repeat(5000)}`),
    ],
    [
      'a body over the limit (413)',
      (a) =>
        json(
          a.http.post('/api/v1/auth/login'),
          JSON.stringify({ username: 'x'.repeat(300 * 1024), password: 'x' }),
        ),
    ],
    ['a JSON null body on login', (a) => json(a.http.post('/api/v1/auth/login'), 'null')],
    ['a JSON null body on register', (a) => json(a.http.post('/api/v1/auth/register'), 'null')],
    [
      'a JSON null body on a dossier',
      (a, c) => json(a.http.post('/api/v1/dossiers').set(bearer(c.citizen.accessToken)), 'null'),
    ],
    [
      'a JSON null body on an action',
      (a, c) =>
        json(
          a.http.post(`/api/v1/dossiers/${c.received}/actions/extend`).set(bearer(c.leader)),
          'null',
        ),
    ],
    ['a JSON string as the body', (a) => json(a.http.post('/api/v1/auth/login'), '"an"')],
    ['a JSON number as the body', (a) => json(a.http.post('/api/v1/auth/login'), '42')],
  ];

  it.each(cases)('%s: 4xx problem+json', async (_name, send) => {
    const res = await send(api, ctx);
    expect({ status: res.status, body: res.body }).toMatchObject({
      status: expect.any(Number),
      body: { status: res.status, code: expect.any(String), detail: expect.any(String) },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(PROBLEM);
  });

  it('refuses a JSON null body, rather than reading it as {}', async () => {
    const res = await json(api.http.post('/api/v1/auth/logout'), 'null');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'body', message: expect.any(String) }]);
  });

  it('names where unstorable text was found', async () => {
    const res = await json(
      api.http.post('/api/v1/dossiers').set(bearer(ctx.citizen.accessToken)),
      dossierBody(ctx, '{"fullName":"An","notes":["ok","x\\u0000"]}'),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'formData.notes[1]', message: expect.stringMatching(/NUL/) },
    ]);
  });

  it('cleans NUL out of an uploaded file name (the name is ours to make safe)', async () => {
    const res = await api.http
      .post('/api/v1/files')
      .set(bearer(ctx.citizen.accessToken))
      .attach('file', SAMPLE_PDF, { filename: 'ban\u0000sao.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe('bansao.pdf');
  });

  it('says the configured body limit in the 413 answer', async () => {
    const res = await json(
      api.http.post('/api/v1/auth/login'),
      JSON.stringify({ username: 'x'.repeat(300 * 1024), password: 'x' }),
    );
    expect(res.status).toBe(413);
    expect(res.body.detail).toMatch(/256 KB/);
    expect(res.body.detail).not.toMatch(/1 MB/);
  });

  it('answers 20,000 unknown formData keys with a short list and how many more', async () => {
    const formData = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, 'x']));
    const res = await json(
      api.http.post('/api/v1/dossiers').set(bearer(ctx.citizen.accessToken)),
      dossierBody(ctx, JSON.stringify(formData)),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.length).toBeLessThanOrEqual(50);
    expect(res.body.errors.length + res.body.errorsOmitted).toBeGreaterThanOrEqual(20_000);
    expect(res.body.detail).toContain(
      `và ${res.body.errorsOmitted.toLocaleString('vi-VN')} lỗi khác`,
    );
    expect(res.text.length).toBeLessThan(20_000);
  });

  it('bounds an extension to the configured horizon and names it', async () => {
    const res = await api.http
      .post(`/api/v1/dossiers/${ctx.received}/actions/extend`)
      .set(bearer(ctx.leader))
      .send({ reason: 'Xin lỗi', newAppointmentDate: '2099-01-05' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'newAppointmentDate', message: expect.stringMatching(/trong vòng 90 ngày/) },
    ]);
  });
});
