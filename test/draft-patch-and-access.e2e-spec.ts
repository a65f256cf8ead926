import { DataSource } from 'typeorm';
import type { Citizen } from './support/actors';
import { DEMO, login, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import { POSTAL_PROCEDURE_CODE } from './support/demo';
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

describe('drafts: a PATCH changes only what it names; officials do not see draft files', () => {
  let api: TestApi;
  let citizen: Citizen;
  let reception: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startApi();
    citizen = await registerCitizen(api.http);
    reception = await login(api.http, DEMO.reception);
  });
  afterAll(() => api.close());

  it('keeps the attachments and the delivery choice when a PATCH names only formData', async () => {
    const body = await completeDossierBody(api.http, citizen.accessToken, POSTAL_PROCEDURE_CODE, {
      deliveryMethod: 'POSTAL',
      deliveryAddress: POSTAL_ADDRESS,
      submit: false,
    });
    const draft = await api.http
      .post('/api/v1/dossiers')
      .set(auth(citizen.accessToken))
      .send(body)
      .expect(201);
    expect(draft.body.attachments.length).toBeGreaterThan(0);

    const patched = await api.http
      .patch(`/api/v1/dossiers/${draft.body.id}`)
      .set(auth(citizen.accessToken))
      .send({ formData: { ...(body.formData as object), extractCopies: 3 } })
      .expect(200);
    expect(patched.body.formData.extractCopies).toBe(3);
    expect(patched.body.attachments).toEqual(draft.body.attachments);
    expect(patched.body.deliveryMethod).toBe('POSTAL');
    expect(patched.body.deliveryAddress).toEqual(POSTAL_ADDRESS);

    // and one naming only the delivery choice keeps the form
    const counter = await api.http
      .patch(`/api/v1/dossiers/${draft.body.id}`)
      .set(auth(citizen.accessToken))
      .send({ deliveryMethod: 'COUNTER', deliveryAddress: null })
      .expect(200);
    expect(counter.body.formData.extractCopies).toBe(3);
    expect(counter.body.attachments).toEqual(draft.body.attachments);
  });

  it('does not let officials download a file that sits only on a citizen’s draft', async () => {
    const file = await uploadFile(api.http, citizen.accessToken, 'pdf', 'rieng-tu.pdf');
    const body = await completeDossierBody(api.http, citizen.accessToken, POSTAL_PROCEDURE_CODE);
    const attachments = body.attachments as { documentCode: string; fileId: string }[];
    attachments[0] = { ...attachments[0], fileId: file.id };
    await api.http
      .post('/api/v1/dossiers')
      .set(auth(citizen.accessToken))
      .send({ ...body, attachments, submit: false })
      .expect(201);
    await api.http.get(`/api/v1/files/${file.id}`).set(auth(reception)).expect(404);
    await api.http.get(`/api/v1/files/${file.id}`).set(auth(citizen.accessToken)).expect(200);

    // once a submitted dossier references it, the agency may read it
    await api.http
      .post('/api/v1/dossiers')
      .set(auth(citizen.accessToken))
      .send({ ...body, attachments })
      .expect(201);
    await api.http.get(`/api/v1/files/${file.id}`).set(auth(reception)).expect(200);
  });

  it('answers an official’s action with the attachment check the GET shows', async () => {
    const { code } = await fileDossier(api.http, citizen.accessToken, POSTAL_PROCEDURE_CODE);
    // the check is the worker's; write one as it would, then compare the two answers
    await api.app.get(DataSource).query(
      `UPDATE dossiers SET attachment_check = '{"ok":true,"checked":1,"problems":[],"verifiedAt":"2026-12-01T00:00:00.000Z"}'
         WHERE code = $1`,
      [code],
    );
    const seen = await api.http.get(`/api/v1/dossiers/${code}`).set(auth(reception)).expect(200);
    expect(seen.body.attachmentCheck).toBeDefined();
    const received = await api.http
      .post(`/api/v1/dossiers/${code}/actions/receive`)
      .set(auth(reception))
      .send({})
      .expect(200);
    expect(received.body.attachmentCheck).toEqual(seen.body.attachmentCheck);
  });
});
