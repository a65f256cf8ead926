import { randomUUID } from 'node:crypto';
import { passwordHasher } from '@motcua/auth';
import { DataSource } from 'typeorm';
import type { Citizen } from './support/actors';
import { DEMO, DEMO_PASSWORD, login, randomNationalId, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import { COUNTER_ONLY_PROCEDURE_CODE, documentCodes, validFormData } from './support/demo';
import { fileDossier } from './support/dossiers';
import { uploadFile } from './support/files';
import { readPdf } from './support/read-pdf';
import { binary } from './support/http';

type Tokens = { reception: string; specialist: string; leader: string; admin: string };

describe('officials move a dossier through its lifecycle', () => {
  let api: TestApi;
  let citizen: Citizen;
  let officials: Tokens;
  let specialistId: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const act = (token: string, ref: string, action: string, body: object = {}) =>
    api.http.post(`/api/v1/dossiers/${ref}/actions/${action}`).set(auth(token)).send(body);

  beforeAll(async () => {
    api = await startApi();
    citizen = await registerCitizen(api.http);
    const [reception, specialist, leader, admin] = await Promise.all(
      [DEMO.reception, DEMO.specialist, DEMO.leader, DEMO.admin].map((u) => login(api.http, u)),
    );
    officials = { reception, specialist, leader, admin };
    specialistId = (await api.http.get('/api/v1/auth/me').set(auth(specialist)).expect(200)).body
      .id;
  });
  afterAll(() => api.close());

  async function fileAndReceive(): Promise<string> {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    await act(officials.reception, code, 'receive').expect(200);
    return code;
  }

  /** The desk enters a paper dossier for `applicant` (one scanned document attached). */
  async function enterAtDesk(applicant: { nationalId: string; fullName: string }) {
    const scan = await uploadFile(api.http, officials.reception, 'pdf', 'ban-scan.pdf');
    return api.http
      .post('/api/v1/dossiers')
      .set(auth(officials.reception))
      .send({
        procedureCode: COUNTER_ONLY_PROCEDURE_CODE,
        formData: validFormData(COUNTER_ONLY_PROCEDURE_CODE),
        attachments: [
          { documentCode: documentCodes(COUNTER_ONLY_PROCEDURE_CODE)[0], fileId: scan.id },
        ],
        channel: 'COUNTER',
        applicant: { ...applicant, phone: '0987654321' },
      })
      .expect(201);
  }

  it('goes from submission to RETURNED at the counter through every role', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);

    await api.http
      .get(`/api/v1/dossiers/${code}/forms/receipt.pdf`)
      .set(auth(citizen.accessToken))
      .expect(409);
    const received = await act(officials.reception, code, 'receive', { note: 'Đủ giấy tờ' }).expect(
      200,
    );
    const receipt = await api.http
      .get(`/api/v1/dossiers/${code}/forms/receipt.pdf`)
      .set(auth(citizen.accessToken))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const receiptText = readPdf(receipt.body as Buffer).text;
    expect(receiptText).toContain(code);
    expect(receiptText).toContain(citizen.fullName);
    expect(received.body).toMatchObject({
      status: 'RECEIVED',
      statusLabel: 'Đã tiếp nhận',
      nationalStatusCode: 2,
    });
    expect(received.body.receivedAt).toEqual(expect.any(String));
    expect(received.body.appointmentDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const day = new Date(`${received.body.appointmentDate}T00:00:00Z`).getUTCDay();
    expect([0, 6]).not.toContain(day);

    const assigned = await act(officials.leader, code, 'assign', {
      assigneeId: specialistId,
    }).expect(200);
    expect(assigned.body).toMatchObject({ status: 'PROCESSING', assignee: { id: specialistId } });

    await act(officials.specialist, code, 'propose', {
      outcome: 'GRANTED',
      summary: 'Đủ điều kiện chứng thực',
    }).expect(200);
    const sentBack = await act(officials.leader, code, 'send-back', {
      reason: 'Kiểm tra lại số trang',
    }).expect(200);
    expect(sentBack.body.status).toBe('PROCESSING');
    const proposed = await act(officials.specialist, code, 'propose', {
      outcome: 'GRANTED',
      summary: 'Đã kiểm tra, đủ điều kiện',
    }).expect(200);
    expect(proposed.body).toMatchObject({
      status: 'AWAITING_APPROVAL',
      result: { outcome: 'GRANTED' },
    });

    const resultFile = await uploadFile(
      api.http,
      officials.leader,
      'pdf',
      'ban-sao-chung-thuc.pdf',
    );
    const approved = await act(officials.leader, code, 'approve', {
      resultFileId: resultFile.id,
    }).expect(200);
    expect(approved.body.result.resultFileId).toBe(resultFile.id);
    // the applicant and the desk may download the result; another citizen may not
    await api.http.get(`/api/v1/files/${resultFile.id}`).set(auth(citizen.accessToken)).expect(200);
    await api.http.get(`/api/v1/files/${resultFile.id}`).set(auth(officials.reception)).expect(200);
    const stranger = await registerCitizen(api.http);
    await api.http
      .get(`/api/v1/files/${resultFile.id}`)
      .set(auth(stranger.accessToken))
      .expect(404);
    expect(approved.body).toMatchObject({
      status: 'RESULT_READY',
      nationalStatusCode: 9,
      overdue: false,
    });
    expect(approved.body.result.approvedBy.role).toBe('LEADER');

    const returned = await act(officials.reception, code, 'return').expect(200);
    expect(returned.body).toMatchObject({
      status: 'RETURNED',
      statusLabel: 'Đã trả kết quả',
      nationalStatusCode: 10,
    });

    const history = await api.http
      .get(`/api/v1/dossiers/${code}/history`)
      .set(auth(citizen.accessToken))
      .expect(200);
    expect(
      history.body.items.map(
        (h: { action: string; toStatus: string }) => `${h.action}>${h.toStatus}`,
      ),
    ).toEqual([
      'submit>SUBMITTED',
      'receive>RECEIVED',
      'assign>PROCESSING',
      'propose>AWAITING_APPROVAL',
      'send-back>PROCESSING',
      'propose>AWAITING_APPROVAL',
      'approve>RESULT_READY',
      'return>RETURNED',
    ]);
    expect(history.body.items[1]).toMatchObject({
      fromStatus: 'SUBMITTED',
      actor: { role: 'RECEPTION' },
      note: 'Đủ giấy tờ',
    });
    expect(history.body.items[4].note).toBe('Kiểm tra lại số trang');
    const times = history.body.items.map((h: { at: string }) => Date.parse(h.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // every change wrote its outbox event in the same transaction, in order
    const events = await api.app
      .get(DataSource)
      .query(`SELECT type, payload FROM outbox WHERE payload->>'code' = $1 ORDER BY id`, [code]);
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'dossier.submit',
      'dossier.receive',
      'dossier.assign',
      'dossier.propose',
      'dossier.send-back',
      'dossier.propose',
      'dossier.approve',
      'dossier.return',
    ]);
    expect(events[1].payload).toMatchObject({
      action: 'receive',
      fromStatus: 'SUBMITTED',
      toStatus: 'RECEIVED',
    });

    const tracking = await api.http.get(`/api/v1/tracking/${code}`).expect(200);
    expect(tracking.body).toMatchObject({
      status: 'RETURNED',
      appointmentDate: received.body.appointmentDate,
    });
  });

  it('round-trips a supplement requested during processing', async () => {
    const code = await fileAndReceive();
    await act(officials.reception, code, 'assign', { assigneeId: specialistId }).expect(200);
    const [firstDoc] = documentCodes(COUNTER_ONLY_PROCEDURE_CODE);
    const requested = await act(officials.specialist, code, 'request-supplement', {
      reason: 'Bản chính bị mờ, đề nghị nộp lại bản rõ hơn',
      documents: [firstDoc],
    }).expect(200);
    expect(requested.body).toMatchObject({
      status: 'SUPPLEMENT_REQUIRED',
      nationalStatusCode: 5,
      supplementRequest: { documents: [firstDoc], fromStatus: 'PROCESSING' },
    });
    const appointment = requested.body.appointmentDate;

    const file = await uploadFile(api.http, citizen.accessToken, 'pdf', 'ban-ro-hon.pdf');
    const supplemented = await act(citizen.accessToken, code, 'supplement', {
      formData: { ...validFormData(COUNTER_ONLY_PROCEDURE_CODE), pageCount: 2 },
      attachments: [{ documentCode: firstDoc, fileId: file.id }],
    }).expect(200);
    expect(supplemented.body.status).toBe('SUBMITTED');
    expect(supplemented.body.formData.pageCount).toBe(2);
    expect(supplemented.body.attachments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ documentCode: firstDoc, fileId: file.id }),
      ]),
    );
    expect(supplemented.body.supplementRequest.resolvedAt).toEqual(expect.any(String));
    // answered the same day: no working day was lost, so the date stays
    expect(supplemented.body.appointmentDate).toBe(appointment);

    const again = await act(officials.reception, code, 'receive').expect(200);
    expect(again.body).toMatchObject({ status: 'RECEIVED', appointmentDate: appointment });
  });

  it('rejects with a reason, and refuses a rejection without one', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    const missing = await act(officials.reception, code, 'reject', {}).expect(400);
    expect(missing.body.errors).toEqual([
      { field: 'reason', message: expect.stringMatching(/lý do/) },
    ]);
    const rejected = await act(officials.reception, code, 'reject', {
      reason: 'Không thuộc thẩm quyền',
    }).expect(200);
    expect(rejected.body).toMatchObject({
      status: 'REJECTED',
      nationalStatusCode: 3,
      rejection: { reason: 'Không thuộc thẩm quyền' },
    });
    await act(officials.reception, code, 'receive').expect(409);
  });

  it('lets the owner withdraw, and nobody else', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    await act(officials.reception, code, 'withdraw').expect(403);
    const withdrawn = await act(citizen.accessToken, code, 'withdraw', {
      reason: 'Nộp nhầm thủ tục',
    }).expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'WITHDRAWN', nationalStatusCode: 7 });
  });

  it('answers wrong role 403, wrong status 409, unknown action 404', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    const forbidden = await act(officials.specialist, code, 'receive').expect(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    const conflict = await act(officials.reception, code, 'return').expect(409);
    expect(conflict.body.code).toBe('INVALID_TRANSITION');
    await act(officials.reception, code, 'teleport').expect(404);
    await act(citizen.accessToken, code, 'approve').expect(403);
  });

  it('assigns only a specialist of the agency, and only the assignee proposes', async () => {
    const code = await fileAndReceive();
    const leaderId = (await api.http.get('/api/v1/auth/me').set(auth(officials.leader))).body.id;
    const wrong = await act(officials.reception, code, 'assign', { assigneeId: leaderId }).expect(
      400,
    );
    expect(wrong.body.errors[0].field).toBe('assigneeId');
    await act(officials.reception, code, 'assign', { assigneeId: randomUUID() }).expect(400);
    await act(officials.reception, code, 'assign', { assigneeId: specialistId }).expect(200);

    const other = await createOfficial(api, 'SPECIALIST', DEMO.agencyCode);
    await act(other, code, 'propose', { outcome: 'GRANTED', summary: 'x' }).expect(403);
    await act(officials.specialist, code, 'propose', { summary: 'Thiếu kết quả' }).expect(400);
  });

  it('extends once, to a later working day, and refuses a second time', async () => {
    const code = await fileAndReceive();
    const { body } = await api.http.get(`/api/v1/dossiers/${code}`).set(auth(officials.leader));
    const next = await api.http
      .get(`/api/v1/calendar/working-days?from=${body.appointmentDate}&days=3`)
      .expect(200);
    const saturday = nextWeekday(body.appointmentDate, 6);

    await act(officials.leader, code, 'extend', {
      newAppointmentDate: saturday,
      reason: 'Xin lỗi',
    }).expect(400);
    await act(officials.leader, code, 'extend', {
      newAppointmentDate: body.appointmentDate,
      reason: 'Xin lỗi',
    }).expect(400);
    await act(officials.leader, code, 'extend', { newAppointmentDate: next.body.result }).expect(
      400,
    );
    const extended = await act(officials.leader, code, 'extend', {
      newAppointmentDate: next.body.result,
      reason: 'Cần xác minh thêm với cơ quan cấp bản chính; xin lỗi ông/bà vì sự chậm trễ.',
    }).expect(200);
    expect(extended.body).toMatchObject({
      status: 'RECEIVED',
      appointmentDate: next.body.result,
      extension: {
        previousAppointmentDate: body.appointmentDate,
        newAppointmentDate: next.body.result,
      },
    });
    const twice = await act(officials.leader, code, 'extend', {
      newAppointmentDate: next.body.result,
      reason: 'Lần nữa',
    }).expect(409);
    expect(twice.body.code).toBe('ALREADY_EXTENDED');
  });

  it('lets exactly one of 10 concurrent receives win; the others get 409', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => act(officials.reception, code, 'receive')),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    const history = await api.http
      .get(`/api/v1/dossiers/${code}/history`)
      .set(auth(officials.reception));
    expect(
      history.body.items.filter((h: { action: string }) => h.action === 'receive'),
    ).toHaveLength(1);
  });

  it('hides a dossier from officials of another agency', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    const agencyCode = `${rand(100, 999)}.${rand(10, 99)}.${rand(10, 99)}.X${rand(10, 99)}`;
    await api.app
      .get(DataSource)
      .query(`INSERT INTO agencies (code, name) VALUES ($1, 'UBND huyện Khác')`, [agencyCode]);
    const outsider = await createOfficial(api, 'RECEPTION', agencyCode);
    await api.http.get(`/api/v1/dossiers/${code}`).set(auth(outsider)).expect(404);
    await act(outsider, code, 'receive').expect(404);
  });

  it('keeps the history append-only: the database refuses UPDATE and DELETE', async () => {
    const { id } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    const db = api.app.get(DataSource);
    await expect(
      db.query(`UPDATE dossier_history SET note = 'sửa' WHERE dossier_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.query(`DELETE FROM dossier_history WHERE dossier_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
  });

  describe("officials' work list", () => {
    it('filters by assignee, status, free text and due date, sorted by appointment date', async () => {
      const marker = `Kiểm Thử ${randomUUID().slice(0, 8)}`;
      const mine = await createOfficial(api, 'SPECIALIST', DEMO.agencyCode);
      const mineId = (await api.http.get('/api/v1/auth/me').set(auth(mine))).body.id;
      const codes: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await enterAtDesk({
          nationalId: randomNationalId(),
          fullName: `${marker} ${i}`,
        });
        codes.push(res.body.code);
      }
      await act(officials.reception, codes[0], 'assign', { assigneeId: mineId }).expect(200);
      await act(officials.reception, codes[1], 'assign', { assigneeId: mineId }).expect(200);
      await act(officials.leader, codes[1], 'extend', {
        newAppointmentDate: (
          await api.http.get(`/api/v1/calendar/working-days?from=2026-12-01&days=20`)
        ).body.result,
        reason: 'Xin lỗi vì phải xác minh thêm',
      }).expect(200);

      const assigned = await api.http
        .get('/api/v1/dossiers?assignee=me')
        .set(auth(mine))
        .expect(200);
      expect(assigned.body.items.map((d: { code: string }) => d.code)).toEqual([
        codes[0],
        codes[1],
      ]);
      const dates = assigned.body.items.map((d: { appointmentDate: string }) => d.appointmentDate);
      expect([...dates].sort()).toEqual(dates);
      const latestFirst = await api.http
        .get('/api/v1/dossiers?assignee=me&sort=-appointmentDate')
        .set(auth(mine));
      expect(latestFirst.body.items.map((d: { code: string }) => d.code)).toEqual([
        codes[1],
        codes[0],
      ]);

      const byName = await api.http
        .get(`/api/v1/dossiers?q=${encodeURIComponent(marker)}&status=RECEIVED`)
        .set(auth(officials.reception))
        .expect(200);
      expect(byName.body.items.map((d: { code: string }) => d.code)).toEqual([codes[2]]);
      const byCode = await api.http
        .get(`/api/v1/dossiers?q=${codes[2]}`)
        .set(auth(officials.reception))
        .expect(200);
      expect(byCode.body).toMatchObject({ total: 1, items: [{ code: codes[2] }] });

      const dueSoon = await api.http
        .get(`/api/v1/dossiers?assignee=me&dueBefore=${assigned.body.items[0].appointmentDate}`)
        .set(auth(mine))
        .expect(200);
      expect(dueSoon.body.items.map((d: { code: string }) => d.code)).toEqual([codes[0]]);
      const overdue = await api.http
        .get('/api/v1/dossiers?assignee=me&overdue=true')
        .set(auth(mine))
        .expect(200);
      expect(overdue.body.total).toBe(0);
      await api.http.get('/api/v1/dossiers?assignee=someone').set(auth(mine)).expect(400);
      await api.http.get('/api/v1/dossiers?sort=name').set(auth(mine)).expect(400);
    });
  });

  describe('desk filing', () => {
    it('enters a paper dossier RECEIVED at once, which the citizen sees once claimed', async () => {
      const nationalId = randomNationalId();
      const res = await enterAtDesk({ nationalId, fullName: 'Trần Văn Bình' });
      expect(res.body).toMatchObject({
        status: 'RECEIVED',
        channel: 'COUNTER',
        applicant: { nationalId, fullName: 'Trần Văn Bình' },
      });
      expect(res.body.code).toMatch(/^000\.00\.00\.H00-\d{6}-\d{4}$/);
      expect(res.body.appointmentDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await api.http.get(`/api/v1/tracking/${res.body.code}`).expect(200);

      const owner = await registerCitizen(api.http, { nationalId });
      await api.http
        .post('/api/v1/dossiers/claim')
        .set(auth(owner.accessToken))
        .send({ code: res.body.code, claimCode: res.body.claimCode })
        .expect(200);
      const mine = await api.http.get('/api/v1/dossiers').set(auth(owner.accessToken)).expect(200);
      expect(mine.body.items.map((d: { code: string }) => d.code)).toEqual([res.body.code]);
      const history = await api.http
        .get(`/api/v1/dossiers/${res.body.code}/history`)
        .set(auth(owner.accessToken));
      expect(history.body.items).toEqual([
        expect.objectContaining({
          action: 'receive',
          fromStatus: null,
          toStatus: 'RECEIVED',
          actor: expect.objectContaining({ role: 'RECEPTION' }),
        }),
        expect.objectContaining({ action: 'claim', fromStatus: 'RECEIVED', toStatus: 'RECEIVED' }),
      ]);
    });

    it('needs the channel and the applicant', async () => {
      const res = await api.http
        .post('/api/v1/dossiers')
        .set(auth(officials.reception))
        .send({
          procedureCode: COUNTER_ONLY_PROCEDURE_CODE,
          formData: validFormData(COUNTER_ONLY_PROCEDURE_CODE),
        })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['channel', 'applicant']),
      );
      const citizenTry = await api.http
        .post('/api/v1/dossiers')
        .set(auth(citizen.accessToken))
        .send({ procedureCode: COUNTER_ONLY_PROCEDURE_CODE, channel: 'COUNTER' })
        .expect(400);
      expect(citizenTry.body.errors[0].field).toBe('channel');
    });
  });
});

function rand(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min));
}

function nextWeekday(from: string, weekday: number): string {
  const date = new Date(`${from}T00:00:00Z`);
  do date.setUTCDate(date.getUTCDate() + 1);
  while (date.getUTCDay() !== weekday);
  return date.toISOString().slice(0, 10);
}

/** An official of `agencyCode` with role `role`, logged in. */
async function createOfficial(api: TestApi, role: string, agencyCode: string): Promise<string> {
  const email = `official-${randomUUID()}@motcua.local`;
  await api.app.get(DataSource).query(
    `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
     SELECT $1, 'Cán bộ Kiểm Thử', $2, ARRAY[$3], id FROM agencies WHERE code = $4`,
    [email, await passwordHasher.hash(DEMO_PASSWORD), role, agencyCode],
  );
  return login(api.http, email);
}
