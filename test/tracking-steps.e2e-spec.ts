import type { Citizen } from './support/actors';
import { DEMO, login, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import { COUNTER_ONLY_PROCEDURE_CODE, documentCodes, validFormData } from './support/demo';
import { fileDossier } from './support/dossiers';
import { uploadFile } from './support/files';

type Step = {
  at: string;
  action: string;
  label: string;
  status: string;
  statusLabel: string;
  newAppointmentDate: string | null;
};

describe('public tracking: the timeline of public steps', () => {
  let api: TestApi;
  let citizen: Citizen;
  let reception: string;
  let specialist: string;
  let leader: string;
  let specialistId: string;
  const officialNames: string[] = [];
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const act = (token: string, ref: string, action: string, body: object = {}) =>
    api.http.post(`/api/v1/dossiers/${ref}/actions/${action}`).set(auth(token)).send(body);

  beforeAll(async () => {
    api = await startApi();
    citizen = await registerCitizen(api.http, { fullName: 'Trần Thị Bích Ngọc' });
    [reception, specialist, leader] = await Promise.all(
      [DEMO.reception, DEMO.specialist, DEMO.leader].map((u) => login(api.http, u)),
    );
    for (const token of [reception, specialist, leader]) {
      const me = await api.http.get('/api/v1/auth/me').set(auth(token)).expect(200);
      officialNames.push(me.body.fullName);
      if (token === specialist) specialistId = me.body.id;
    }
  });
  afterAll(() => api.close());

  it('lists the public steps with dates, and not the internal ones, names or notes', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    const notes = [
      'Ông Lê Văn Tám ở số 12 phố Hàng Bạc mang bản chính đến',
      'Bản chính của bà Ngọc bị mờ, đề nghị nộp lại',
      'Đề xuất: cấp cho bà Trần Thị Bích Ngọc',
      'Kiểm tra lại số trang của ông Tám',
      'Chờ xác minh với UBND phường Hàng Đào; xin lỗi bà Ngọc',
    ];
    await act(reception, code, 'receive', { note: notes[0] }).expect(200);
    await act(reception, code, 'assign', { assigneeId: specialistId }).expect(200);
    const [firstDoc] = documentCodes(COUNTER_ONLY_PROCEDURE_CODE);
    await act(specialist, code, 'request-supplement', {
      reason: notes[1],
      documents: [firstDoc],
    }).expect(200);
    const file = await uploadFile(api.http, citizen.accessToken, 'pdf', 'ban-ro-hon.pdf');
    await act(citizen.accessToken, code, 'supplement', {
      attachments: [{ documentCode: firstDoc, fileId: file.id }],
    }).expect(200);
    const received = await act(reception, code, 'receive').expect(200);
    await act(reception, code, 'assign', { assigneeId: specialistId }).expect(200);
    await act(specialist, code, 'propose', { outcome: 'GRANTED', summary: notes[2] }).expect(200);
    await act(leader, code, 'send-back', { reason: notes[3] }).expect(200);
    const later = await api.http
      .get(`/api/v1/calendar/working-days?from=${received.body.appointmentDate}&days=2`)
      .expect(200);
    await act(leader, code, 'extend', {
      newAppointmentDate: later.body.result,
      reason: notes[4],
    }).expect(200);
    await act(specialist, code, 'propose', { outcome: 'GRANTED', summary: notes[2] }).expect(200);
    await act(leader, code, 'approve').expect(200);
    await act(reception, code, 'return').expect(200);

    const res = await api.http.get(`/api/v1/tracking/${code}`).expect(200);
    const steps = res.body.steps as Step[];
    expect(steps.map((s) => `${s.action}>${s.status}`)).toEqual([
      'submit>SUBMITTED',
      'receive>RECEIVED',
      'assign>PROCESSING',
      'request-supplement>SUPPLEMENT_REQUIRED',
      'supplement>SUBMITTED',
      'receive>RECEIVED',
      'assign>PROCESSING',
      'extend>PROCESSING',
      'approve>RESULT_READY',
      'return>RETURNED',
    ]);
    expect(steps[3]).toEqual({
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      action: 'request-supplement',
      label: 'Cơ quan yêu cầu bổ sung hồ sơ',
      status: 'SUPPLEMENT_REQUIRED',
      statusLabel: 'Yêu cầu bổ sung',
      newAppointmentDate: null,
    });
    expect(steps[7]).toMatchObject({
      label: 'Cơ quan hẹn lại ngày trả kết quả',
      newAppointmentDate: later.body.result,
    });
    expect(steps.filter((s) => s.newAppointmentDate !== null)).toHaveLength(1);
    // the same instants as the history the owner reads, oldest first
    const history = await api.http
      .get(`/api/v1/dossiers/${code}/history`)
      .set(auth(citizen.accessToken))
      .expect(200);
    const publicEntries = (history.body.items as { action: string; at: string }[]).filter(
      (h) => !['propose', 'send-back'].includes(h.action),
    );
    expect(steps.map((s) => s.at)).toEqual(publicEntries.map((h) => h.at));

    const text = JSON.stringify(res.body);
    for (const leak of [
      ...notes,
      ...officialNames,
      citizen.fullName,
      citizen.nationalId,
      citizen.phone,
      citizen.email,
      'RECEPTION',
      'LEADER',
      'SPECIALIST',
      'CITIZEN',
    ]) {
      expect(text).not.toContain(leak);
    }
  });

  it('shows a rejection and a withdrawal as the last step', async () => {
    const rejected = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    await act(reception, rejected.code, 'reject', { reason: 'Sai thẩm quyền' }).expect(200);
    const withdrawn = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    await act(citizen.accessToken, withdrawn.code, 'withdraw', {
      reason: 'Tôi nộp nhầm',
    }).expect(200);

    for (const [code, action, label] of [
      [rejected.code, 'reject', 'Hồ sơ không được tiếp nhận'],
      [withdrawn.code, 'withdraw', 'Người nộp đã rút hồ sơ'],
    ]) {
      const { body } = await api.http.get(`/api/v1/tracking/${code}`).expect(200);
      expect(body.steps.map((s: Step) => s.action)).toEqual(['submit', action]);
      expect(body.steps[1].label).toBe(label);
      expect(JSON.stringify(body)).not.toMatch(/Sai thẩm quyền|nộp nhầm/);
    }
  });

  it('starts a desk dossier at its reception, and leaves the claim out', async () => {
    const scan = await uploadFile(api.http, reception, 'pdf', 'ban-scan.pdf');
    const desk = await api.http
      .post('/api/v1/dossiers')
      .set(auth(reception))
      .send({
        procedureCode: COUNTER_ONLY_PROCEDURE_CODE,
        formData: validFormData(COUNTER_ONLY_PROCEDURE_CODE),
        attachments: [
          { documentCode: documentCodes(COUNTER_ONLY_PROCEDURE_CODE)[0], fileId: scan.id },
        ],
        channel: 'COUNTER',
        applicant: {
          nationalId: citizen.nationalId,
          fullName: citizen.fullName,
          phone: citizen.phone,
        },
      })
      .expect(201);
    await api.http
      .post('/api/v1/dossiers/claim')
      .set(auth(citizen.accessToken))
      .send({ code: desk.body.code, claimCode: desk.body.claimCode })
      .expect(200);
    const { body } = await api.http.get(`/api/v1/tracking/${desk.body.code}`).expect(200);
    expect(body.steps.map((s: Step) => `${s.action}>${s.status}`)).toEqual(['receive>RECEIVED']);
  });
});
