import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Citizen } from './support/actors';
import { DEMO, login, randomNationalId, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import { COUNTER_ONLY_PROCEDURE_CODE, documentCodes, validFormData } from './support/demo';
import { completeDossierBody, fileDossier } from './support/dossiers';
import { uploadFile } from './support/files';

type Answer = { status: number; body: unknown; headers: Record<string, string> };
type Dossier = { status: string; appointmentDate: string };

/**
 * Every route that accepts `Idempotency-Key`: the first call does the work, a replay with the
 * same body answers the first response again and changes nothing, the same key with another
 * body is refused with 422.
 */
describe('Idempotency-Key on every keyed route', () => {
  let api: TestApi;
  let db: DataSource;
  let citizen: Citizen;
  let reception: string;
  let specialist: string;
  let leader: string;
  let specialistId: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    citizen = await registerCitizen(api.http);
    [reception, specialist, leader] = await Promise.all(
      [DEMO.reception, DEMO.specialist, DEMO.leader].map((u) => login(api.http, u)),
    );
    specialistId = (await api.http.get('/api/v1/auth/me').set(auth(specialist)).expect(200)).body
      .id;
  });
  afterAll(() => api.close());

  /**
   * Runs the three calls on one key. Other test files write to the same database at the same
   * time, so "nothing new" is checked on the rows this route would write: the dossier's own
   * history and version for an action, the caller's dossiers for a create.
   */
  async function expectIdempotent(
    send: (key: string, body: object) => Promise<Answer>,
    body: object,
    otherBody: object,
    expectedStatus: number,
    changes: () => Promise<string>,
  ): Promise<Dossier> {
    const key = randomUUID();
    const first = await send(key, body);
    expect({ status: first.status, body: first.body }).toMatchObject({ status: expectedStatus });
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const before = await changes();
    const replay = await send(key, body);
    expect(replay.status).toBe(expectedStatus);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await changes()).toBe(before);
    const reused = await send(key, otherBody);
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await changes()).toBe(before);
    return first.body as Dossier;
  }

  const post = (token: string, path: string) => (key: string, body: object) =>
    api.http.post(path).set(auth(token)).set('Idempotency-Key', key).send(body);
  const act = (token: string, ref: string, action: string) =>
    post(token, `/api/v1/dossiers/${ref}/actions/${action}`);

  /** The dossier's history length and version: what any action on it would move. */
  const dossierState = (id: string) => async () => {
    const [row] = (await db.query(
      `SELECT d.version, (SELECT count(*) FROM dossier_history h WHERE h.dossier_id = d.id) AS n
       FROM dossiers d WHERE d.id = $1`,
      [id],
    )) as { version: number; n: string }[];
    return `${row.version}/${row.n}`;
  };
  const dossiersOf = (nationalId: string) => async () => {
    const [row] = (await db.query(
      'SELECT count(*) AS n FROM dossiers WHERE applicant_national_id = $1',
      [nationalId],
    )) as { n: string }[];
    return row.n;
  };

  it('POST /dossiers by a citizen (submitted and draft)', async () => {
    const body = await completeDossierBody(
      api.http,
      citizen.accessToken,
      COUNTER_ONLY_PROCEDURE_CODE,
    );
    const filed = await expectIdempotent(
      post(citizen.accessToken, '/api/v1/dossiers'),
      body,
      { ...body, formData: { ...(body.formData as object), copyCount: 7 } },
      201,
      dossiersOf(citizen.nationalId),
    );
    expect(filed.status).toBe('SUBMITTED');
    const draft = await expectIdempotent(
      post(citizen.accessToken, '/api/v1/dossiers'),
      { ...body, submit: false },
      { ...body, submit: false, deliveryMethod: 'COUNTER', attachments: [] },
      201,
      dossiersOf(citizen.nationalId),
    );
    expect(draft.status).toBe('DRAFT');
  });

  it('POST /dossiers by the desk', async () => {
    const scan = await uploadFile(api.http, reception, 'pdf', 'ban-scan.pdf');
    const nationalId = randomNationalId();
    const body = {
      procedureCode: COUNTER_ONLY_PROCEDURE_CODE,
      formData: validFormData(COUNTER_ONLY_PROCEDURE_CODE),
      attachments: [
        { documentCode: documentCodes(COUNTER_ONLY_PROCEDURE_CODE)[0], fileId: scan.id },
      ],
      channel: 'COUNTER',
      applicant: { nationalId, fullName: 'Phạm Thị Hoa', phone: '0987654321' },
    };
    const entered = await expectIdempotent(
      post(reception, '/api/v1/dossiers'),
      body,
      { ...body, channel: 'POSTAL' },
      201,
      dossiersOf(nationalId),
    );
    expect(entered.status).toBe('RECEIVED');
  });

  it('submit of a draft', async () => {
    const body = await completeDossierBody(
      api.http,
      citizen.accessToken,
      COUNTER_ONLY_PROCEDURE_CODE,
      { submit: false },
    );
    const draft = await api.http
      .post('/api/v1/dossiers')
      .set(auth(citizen.accessToken))
      .send(body)
      .expect(201);
    const submitted = await expectIdempotent(
      act(citizen.accessToken, draft.body.id, 'submit'),
      {},
      { note: 'khác' },
      200,
      dossierState(draft.body.id),
    );
    expect(submitted.status).toBe('SUBMITTED');
  });

  it('every official action along the way to RETURNED', async () => {
    const { id, code } = await fileDossier(
      api.http,
      citizen.accessToken,
      COUNTER_ONLY_PROCEDURE_CODE,
    );
    const state = dossierState(id);
    const step = async (token: string, action: string, body: object, other: object) =>
      expectIdempotent(act(token, code, action), body, other, 200, state);

    expect((await step(reception, 'receive', { note: 'Đủ' }, { note: 'Khác' })).status).toBe(
      'RECEIVED',
    );
    expect((await step(leader, 'assign', { assigneeId: specialistId }, {})).status).toBe(
      'PROCESSING',
    );
    const appointment = (await db.query(
      "SELECT to_char(appointment_date, 'YYYY-MM-DD') AS d FROM dossiers WHERE id = $1",
      [id],
    )) as { d: string }[];
    const later = await api.http
      .get(`/api/v1/calendar/working-days?from=${appointment[0].d}&days=3`)
      .expect(200);
    const extended = await step(
      leader,
      'extend',
      { newAppointmentDate: later.body.result, reason: 'Cần xác minh thêm' },
      { newAppointmentDate: later.body.result, reason: 'Lý do khác' },
    );
    expect(extended.appointmentDate).toBe(later.body.result);
    await step(
      specialist,
      'propose',
      { outcome: 'GRANTED', summary: 'Đủ điều kiện' },
      { outcome: 'REFUSED', summary: 'Đủ điều kiện' },
    );
    expect((await step(leader, 'send-back', { reason: 'Xem lại' }, { reason: 'X' })).status).toBe(
      'PROCESSING',
    );
    await step(
      specialist,
      'propose',
      { outcome: 'GRANTED', summary: 'Đã xem lại' },
      { outcome: 'GRANTED', summary: 'Khác' },
    );
    expect((await step(leader, 'approve', {}, { note: 'Khác' })).status).toBe('RESULT_READY');
    expect((await step(reception, 'return', {}, { note: 'Khác' })).status).toBe('RETURNED');
  });

  it('reject, request-supplement, supplement and withdraw', async () => {
    const rejected = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    expect(
      (
        await expectIdempotent(
          act(reception, rejected.code, 'reject'),
          { reason: 'Không thuộc thẩm quyền' },
          { reason: 'Khác' },
          200,
          dossierState(rejected.id),
        )
      ).status,
    ).toBe('REJECTED');

    const { id, code } = await fileDossier(
      api.http,
      citizen.accessToken,
      COUNTER_ONLY_PROCEDURE_CODE,
    );
    const state = dossierState(id);
    const [document] = documentCodes(COUNTER_ONLY_PROCEDURE_CODE);
    const requested = await expectIdempotent(
      act(reception, code, 'request-supplement'),
      { reason: 'Bản chụp mờ', documents: [document] },
      { reason: 'Bản chụp mờ', documents: [] },
      200,
      state,
    );
    expect(requested.status).toBe('SUPPLEMENT_REQUIRED');
    const rescan = await uploadFile(api.http, citizen.accessToken, 'pdf', 'chup-lai.pdf');
    const supplemented = await expectIdempotent(
      act(citizen.accessToken, code, 'supplement'),
      { attachments: [{ documentCode: document, fileId: rescan.id }] },
      { attachments: [] },
      200,
      state,
    );
    expect(supplemented.status).toBe('SUBMITTED');
    const withdrawn = await expectIdempotent(
      act(citizen.accessToken, code, 'withdraw'),
      { reason: 'Nộp nhầm' },
      { reason: 'Khác' },
      200,
      state,
    );
    expect(withdrawn.status).toBe('WITHDRAWN');
  });
});
