import { randomInt, randomUUID } from 'node:crypto';
import { vietnamDate } from '@motcua/domain';
import { DataSource } from 'typeorm';
import type { Citizen } from './support/actors';
import { DEMO, login, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import { COUNTER_ONLY_PROCEDURE_CODE, POSTAL_PROCEDURE_CODE, validFormData } from './support/demo';
import { completeDossierBody, fileDossier } from './support/dossiers';
import { uploadFile } from './support/files';

const POSTAL_ADDRESS = {
  recipientName: 'Nguyễn Văn Hùng',
  phone: '0912345678',
  street: 'Số 12 phố Đội Cấn',
  ward: 'Phường Đội Cấn',
  district: 'Quận Ba Đình',
  province: 'Thành phố Hà Nội',
};

function todayCodePart(): string {
  return vietnamDate(new Date()).slice(2).replace(/-/g, '');
}

function expectNoInternals(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|QueryFailedError|SELECT |INSERT /);
}

describe('dossiers: a citizen files and tracks', () => {
  let api: TestApi;
  let citizen: Citizen;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startApi();
    citizen = await registerCitizen(api.http);
  });
  afterAll(() => api.close());

  it('saves a draft without a code, edits it, then submits it and gets a Circular 01 code', async () => {
    const body = await completeDossierBody(
      api.http,
      citizen.accessToken,
      COUNTER_ONLY_PROCEDURE_CODE,
    );
    const formData = { ...(body.formData as object), copyCount: undefined };
    const draft = await api.http
      .post('/api/v1/dossiers')
      .set(auth(citizen.accessToken))
      .send({
        ...body,
        formData: { documentName: 'Bằng tốt nghiệp' },
        attachments: [],
        submit: false,
      })
      .expect(201);
    expect(draft.body).toMatchObject({
      status: 'DRAFT',
      statusLabel: 'Bản nháp',
      code: null,
      channel: 'ONLINE',
    });
    expect(draft.body.applicant).toMatchObject({
      nationalId: citizen.nationalId,
      fullName: citizen.fullName,
    });

    const edited = await api.http
      .patch(`/api/v1/dossiers/${draft.body.id}`)
      .set(auth(citizen.accessToken))
      .send({ formData: { ...formData, copyCount: 3 }, attachments: body.attachments })
      .expect(200);
    expect(edited.body.formData.copyCount).toBe(3);
    expect(edited.body.attachments[0]).toMatchObject({ fileName: expect.stringMatching(/\.pdf$/) });

    const submitted = await api.http
      .post(`/api/v1/dossiers/${draft.body.id}/actions/submit`)
      .set(auth(citizen.accessToken))
      .expect(200);
    expect(submitted.body).toMatchObject({
      id: draft.body.id,
      status: 'SUBMITTED',
      statusLabel: 'Chờ tiếp nhận',
    });
    expect(submitted.body.code).toMatch(
      new RegExp(`^000\\.00\\.00\\.H00-${todayCodePart()}-\\d{4}$`),
    );
    expect(submitted.body.nationalStatusCode).toBe(1);
    expect(Date.parse(submitted.body.submittedAt)).not.toBeNaN();

    const again = await api.http
      .post(`/api/v1/dossiers/${draft.body.id}/actions/submit`)
      .set(auth(citizen.accessToken))
      .expect(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');
    await api.http
      .patch(`/api/v1/dossiers/${submitted.body.code}`)
      .set(auth(citizen.accessToken))
      .send({ formData: {} })
      .expect(409);

    const history = await api.http
      .get(`/api/v1/dossiers/${submitted.body.code}/history`)
      .set(auth(citizen.accessToken))
      .expect(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({ action: 'save-draft', fromStatus: null, toStatus: 'DRAFT' }),
      expect.objectContaining({
        action: 'submit',
        fromStatus: 'DRAFT',
        toStatus: 'SUBMITTED',
        actor: { role: 'CITIZEN', name: citizen.fullName },
      }),
    ]);
  });

  it('refuses to submit an incomplete draft, naming what is missing', async () => {
    const draft = await api.http
      .post('/api/v1/dossiers')
      .set(auth(citizen.accessToken))
      .send({ procedureCode: COUNTER_ONLY_PROCEDURE_CODE, formData: {}, submit: false })
      .expect(201);
    const res = await api.http
      .post(`/api/v1/dossiers/${draft.body.id}/actions/submit`)
      .set(auth(citizen.accessToken))
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['formData.documentName', expect.stringMatching(/^attachments\./)]),
    );
  });

  it('files a dossier for postal return in one call', async () => {
    const dossier = await fileDossier(api.http, citizen.accessToken, POSTAL_PROCEDURE_CODE, {
      deliveryMethod: 'POSTAL',
      deliveryAddress: POSTAL_ADDRESS,
    });
    const res = await api.http
      .get(`/api/v1/dossiers/${dossier.code}`)
      .set(auth(citizen.accessToken))
      .expect(200);
    expect(res.body).toMatchObject({
      code: dossier.code,
      procedureCode: POSTAL_PROCEDURE_CODE,
      agencyCode: DEMO.agencyCode,
      status: 'SUBMITTED',
      deliveryMethod: 'POSTAL',
      deliveryAddress: POSTAL_ADDRESS,
      overdue: false,
      appointmentDate: null,
    });
    expect(res.body.procedureName).toEqual(expect.any(String));
  });

  it('reports every invalid field at once, in Vietnamese', async () => {
    const stranger = await registerCitizen(api.http);
    const foreignFile = await uploadFile(api.http, stranger.accessToken, 'pdf');
    const res = await api.http
      .post('/api/v1/dossiers')
      .set(auth(citizen.accessToken))
      .send({
        procedureCode: COUNTER_ONLY_PROCEDURE_CODE,
        formData: {
          ...validFormData(COUNTER_ONLY_PROCEDURE_CODE),
          pageCount: 'mười',
          documentName: '',
          nickname: 'x',
        },
        attachments: [{ documentCode: 'NOT-A-DOC', fileId: foreignFile.id }],
        deliveryMethod: 'POSTAL',
        deliveryAddress: POSTAL_ADDRESS,
      })
      .expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const byField = Object.fromEntries(
      res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
    );
    expect(Object.keys(byField)).toEqual(
      expect.arrayContaining([
        'formData.pageCount',
        'formData.documentName',
        'formData.nickname',
        'attachments[0].documentCode',
        'deliveryMethod',
      ]),
    );
    expect(byField['formData.documentName']).toMatch(/Vui lòng nhập/);
    expect(byField.deliveryMethod).toMatch(/bưu chính/);
    expectNoInternals(res.body);
  });

  it('refuses an attachment uploaded by someone else', async () => {
    const stranger = await registerCitizen(api.http);
    const foreignFile = await uploadFile(api.http, stranger.accessToken, 'pdf');
    const body = await completeDossierBody(
      api.http,
      citizen.accessToken,
      COUNTER_ONLY_PROCEDURE_CODE,
    );
    const attachments = body.attachments as { documentCode: string; fileId: string }[];
    attachments[0].fileId = foreignFile.id;
    const res = await api.http
      .post('/api/v1/dossiers')
      .set(auth(citizen.accessToken))
      .send(body)
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'attachments[0].fileId' })]);
  });

  it('answers unknown body properties and bad types with field errors', async () => {
    const res = await api.http
      .post('/api/v1/dossiers')
      .set(auth(citizen.accessToken))
      .send({ procedureCode: 42, formData: [], isAdmin: true })
      .expect(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['procedureCode', 'formData', 'isAdmin']));
  });

  describe('Idempotency-Key', () => {
    it('returns the first response again and creates nothing new', async () => {
      const key = randomUUID();
      const body = await completeDossierBody(
        api.http,
        citizen.accessToken,
        COUNTER_ONLY_PROCEDURE_CODE,
      );
      const first = await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .set('Idempotency-Key', key)
        .send(body)
        .expect(201);
      const before = await api.http
        .get('/api/v1/dossiers?limit=1')
        .set(auth(citizen.accessToken))
        .expect(200);
      const second = await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .set('Idempotency-Key', key)
        .send(body)
        .expect(201);
      expect(second.body).toEqual(first.body);
      expect(second.headers['idempotent-replayed']).toBe('true');
      const after = await api.http
        .get('/api/v1/dossiers?limit=1')
        .set(auth(citizen.accessToken))
        .expect(200);
      expect(after.body.total).toBe(before.body.total);
    });

    it('gives the same single dossier to concurrent retries', async () => {
      const key = randomUUID();
      const body = await completeDossierBody(
        api.http,
        citizen.accessToken,
        COUNTER_ONLY_PROCEDURE_CODE,
      );
      const responses = await Promise.all(
        Array.from({ length: 5 }, () =>
          api.http
            .post('/api/v1/dossiers')
            .set(auth(citizen.accessToken))
            .set('Idempotency-Key', key)
            .send(body),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(responses.map((r) => r.body.code)).size).toBe(1);
    });

    it('answers 422 when the key is reused with another body', async () => {
      const key = randomUUID();
      const body = await completeDossierBody(
        api.http,
        citizen.accessToken,
        COUNTER_ONLY_PROCEDURE_CODE,
      );
      await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .set('Idempotency-Key', key)
        .send(body)
        .expect(201);
      const res = await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .set('Idempotency-Key', key)
        .send({ ...body, formData: { ...(body.formData as object), copyCount: 9 } })
        .expect(422);
      expect(res.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    });

    it('keeps keys per user: another citizen may use the same key', async () => {
      const key = randomUUID();
      const other = await registerCitizen(api.http);
      const body = await completeDossierBody(
        api.http,
        citizen.accessToken,
        COUNTER_ONLY_PROCEDURE_CODE,
      );
      const mine = await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .set('Idempotency-Key', key)
        .send(body)
        .expect(201);
      const otherBody = await completeDossierBody(
        api.http,
        other.accessToken,
        COUNTER_ONLY_PROCEDURE_CODE,
      );
      const theirs = await api.http
        .post('/api/v1/dossiers')
        .set(auth(other.accessToken))
        .set('Idempotency-Key', key)
        .send(otherBody)
        .expect(201);
      expect(theirs.body.id).not.toBe(mine.body.id);
    });
  });

  it('gives 30 concurrent submissions 30 distinct consecutive codes', async () => {
    // A dedicated agency, so filings from other test files cannot interleave with these.
    const dataSource = api.app.get(DataSource);
    const agencyCode = `${randomInt(100, 999)}.${randomInt(10, 99)}.${randomInt(10, 99)}.T${randomInt(10, 99)}`;
    await dataSource.query(`INSERT INTO agencies (code, name) VALUES ($1, 'UBND xã Kiểm Thử')`, [
      agencyCode,
    ]);
    const admin = await login(api.http, DEMO.admin);
    const procedureCode = `T.${randomInt(100000, 999999)}`;
    await api.http
      .post('/api/v1/procedures')
      .set(auth(admin))
      .send({
        code: procedureCode,
        name: 'Thủ tục kiểm thử đồng thời',
        agencyCode,
        processingDays: 3,
        fee: 0,
        onlineLevel: 'FULL',
        postalDelivery: false,
        requiredDocuments: [],
        fields: [{ key: 'note', label: 'Ghi chú', type: 'text', required: true }],
      })
      .expect(201);
    const filers = await Promise.all(Array.from({ length: 3 }, () => registerCitizen(api.http)));
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api.http
          .post('/api/v1/dossiers')
          .set(auth(filers[i % 3].accessToken))
          .send({ procedureCode, formData: { note: `hồ sơ ${i}` } }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(201));
    const sequences = responses
      .map((r) => Number(r.body.code.split('-').pop()))
      .sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    for (const r of responses) {
      expect(r.body.code).toMatch(
        new RegExp(`^${agencyCode.replace(/\./g, '\\.')}-${todayCodePart()}-\\d{4}$`),
      );
    }
  });

  describe('who sees what', () => {
    it('answers 404 to another citizen, by code and by id, and for the history', async () => {
      const dossier = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
      const other = await registerCitizen(api.http);
      for (const ref of [dossier.code, dossier.id]) {
        const res = await api.http
          .get(`/api/v1/dossiers/${ref}`)
          .set(auth(other.accessToken))
          .expect(404);
        expect(res.body.code).toBe('NOT_FOUND');
      }
      await api.http
        .get(`/api/v1/dossiers/${dossier.code}/history`)
        .set(auth(other.accessToken))
        .expect(404);
      await api.http.get('/api/v1/dossiers/not-a-ref').set(auth(other.accessToken)).expect(404);
    });

    it("lets officials of the agency see submitted dossiers but never a citizen's draft", async () => {
      const submitted = await fileDossier(
        api.http,
        citizen.accessToken,
        COUNTER_ONLY_PROCEDURE_CODE,
      );
      const draft = await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .send({ procedureCode: COUNTER_ONLY_PROCEDURE_CODE, submit: false })
        .expect(201);
      const reception = await login(api.http, DEMO.reception);
      await api.http.get(`/api/v1/dossiers/${submitted.code}`).set(auth(reception)).expect(200);
      await api.http.get(`/api/v1/dossiers/${draft.body.id}`).set(auth(reception)).expect(404);
      const list = await api.http
        .get('/api/v1/dossiers?status=DRAFT')
        .set(auth(reception))
        .expect(200);
      expect(list.body.total).toBe(0);
    });

    it('lists only the citizen’s own dossiers, filtered and paginated', async () => {
      const newcomer = await registerCitizen(api.http);
      await fileDossier(api.http, newcomer.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
      await fileDossier(api.http, newcomer.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
      await api.http
        .post('/api/v1/dossiers')
        .set(auth(newcomer.accessToken))
        .send({ procedureCode: POSTAL_PROCEDURE_CODE, submit: false })
        .expect(201);
      const all = await api.http
        .get('/api/v1/dossiers?limit=2')
        .set(auth(newcomer.accessToken))
        .expect(200);
      expect(all.body).toMatchObject({ total: 3, page: 1, limit: 2 });
      expect(all.body.items).toHaveLength(2);
      const drafts = await api.http
        .get('/api/v1/dossiers?status=DRAFT')
        .set(auth(newcomer.accessToken))
        .expect(200);
      expect(drafts.body.items.map((d: { status: string }) => d.status)).toEqual(['DRAFT']);
      const byProcedure = await api.http
        .get(`/api/v1/dossiers?procedureCode=${encodeURIComponent(COUNTER_ONLY_PROCEDURE_CODE)}`)
        .set(auth(newcomer.accessToken))
        .expect(200);
      expect(byProcedure.body.total).toBe(2);
      await api.http.get('/api/v1/dossiers?limit=101').set(auth(newcomer.accessToken)).expect(400);
    });

    it('requires a signed-in citizen (or the desk) to file', async () => {
      await api.http
        .post('/api/v1/dossiers')
        .send({ procedureCode: COUNTER_ONLY_PROCEDURE_CODE })
        .expect(401);
      const specialist = await login(api.http, DEMO.specialist);
      await api.http
        .post('/api/v1/dossiers')
        .set(auth(specialist))
        .send({ procedureCode: COUNTER_ONLY_PROCEDURE_CODE })
        .expect(403);
    });
  });

  describe('public tracking', () => {
    it('shows status and dates but no personal data at all', async () => {
      const dossier = await fileDossier(api.http, citizen.accessToken, POSTAL_PROCEDURE_CODE, {
        deliveryMethod: 'POSTAL',
        deliveryAddress: POSTAL_ADDRESS,
      });
      const res = await api.http.get(`/api/v1/tracking/${dossier.code}`).expect(200);
      expect(res.body).toEqual({
        code: dossier.code,
        procedureName: expect.any(String),
        status: 'SUBMITTED',
        statusLabel: 'Chờ tiếp nhận',
        submittedAt: expect.any(String),
        receivedAt: null,
        appointmentDate: null,
        overdue: false,
        delivery: { method: 'POSTAL', status: null, trackingNumber: null },
        steps: [
          {
            at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
            action: 'submit',
            label: 'Đã nộp hồ sơ',
            status: 'SUBMITTED',
            statusLabel: 'Chờ tiếp nhận',
            newAppointmentDate: null,
          },
        ],
      });
      const text = JSON.stringify(res.body);
      for (const personal of [
        citizen.nationalId,
        citizen.fullName,
        citizen.phone,
        citizen.email,
        POSTAL_ADDRESS.street,
      ]) {
        expect(text).not.toContain(personal);
      }
    });

    it('does not find drafts or unknown codes', async () => {
      const draft = await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .send({ procedureCode: COUNTER_ONLY_PROCEDURE_CODE, submit: false })
        .expect(201);
      await api.http.get(`/api/v1/tracking/${draft.body.id}`).expect(404);
      const res = await api.http.get('/api/v1/tracking/000.00.00.H00-990101-9999').expect(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(res.body.detail).toBe('Không tìm thấy hồ sơ có mã này.');
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
    });

    it('is described in the OpenAPI document (a plain Fastify route, added by hand)', async () => {
      const { body } = await api.http.get('/api/docs-json').expect(200);
      const operation = body.paths['/api/v1/tracking/{code}']?.get;
      expect(operation.parameters).toEqual([
        expect.objectContaining({ name: 'code', in: 'path', required: true }),
      ]);
      expect(operation.responses['200'].content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/TrackingResponse',
      });
      expect(Object.keys(operation.responses).sort()).toEqual(['200', '404', '429']);
      // every property the answer has is in the documented schema
      const documented = Object.keys(body.components.schemas.TrackingResponse.properties);
      expect(documented).toEqual(
        expect.arrayContaining(['code', 'procedureName', 'status', 'overdue', 'delivery', 'steps']),
      );
    });
  });

  describe('malformed requests', () => {
    it('answers broken JSON with problem+json 400', async () => {
      const res = await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .set('Content-Type', 'application/json')
        .send('{"procedureCode": ')
        .expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expectNoInternals(res.body);
    });

    it('answers a body over 1 MB with problem+json 413', async () => {
      const res = await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ procedureCode: 'x', formData: { blob: 'a'.repeat(1_100_000) } }))
        .expect(413);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      expectNoInternals(res.body);
    });
  });
});
