import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { passwordHasher } from '@motcua/auth';
import { DataSource } from 'typeorm';
import { CalendarService } from '../apps/api/src/calendar/calendar.service';
import { DEMO, DEMO_PASSWORD, login, randomNationalId } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import { uploadFile } from './support/files';
import { binary } from './support/http';
import { readPdf } from './support/read-pdf';

/**
 * Receipt regardless of administrative boundary (Decree 118/2025): a service centre's desk
 * files a paper dossier for a procedure of another agency of its province; the competent
 * agency handles it, the centre sees it and hands the result over, nobody else sees it.
 */
describe('receipt regardless of boundary', () => {
  let api: TestApi;
  let db: DataSource;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const agencyCode = (letter: string) =>
    `${randomInt(100, 1000)}.${randomInt(10, 100)}.${randomInt(10, 100)}.${letter}${randomInt(10, 100)}`;

  const province = { code: agencyCode('P'), name: 'UBND tỉnh Thử Nghiệm' };
  const centre = { code: agencyCode('C'), name: 'Trung tâm Phục vụ hành chính công xã Thử' };
  const ward = { code: agencyCode('W'), name: 'UBND phường Thẩm Quyền' };
  const department = { code: agencyCode('D'), name: 'Sở Thứ Ba' };
  const otherProvince = { code: agencyCode('Q'), name: 'UBND tỉnh Bên Kia' };
  const farCommune = { code: agencyCode('F'), name: 'UBND xã Ngoài Tỉnh' };
  const wardProcedure = `9.${randomBytes(5).toString('hex')}`;
  const departmentProcedure = `9.${randomBytes(5).toString('hex')}`;
  const farProcedure = `9.${randomBytes(5).toString('hex')}`;

  const officials = {} as Record<
    'centreDesk' | 'centreLeader' | 'wardDesk' | 'wardLeader' | 'wardSpecialist' | 'deptDesk',
    string
  >;
  let wardSpecialistId: string;

  async function addAgency(
    agency: { code: string; name: string },
    kind: string,
    parentCode: string | null,
  ) {
    await db.query(
      `INSERT INTO agencies (code, name, kind, parent_id)
       VALUES ($1, $2, $3, (SELECT id FROM agencies WHERE code = $4))`,
      [agency.code, agency.name, kind, parentCode],
    );
  }

  async function addOfficial(role: string, code: string): Promise<{ id: string; token: string }> {
    const email = `boundary-${randomUUID()}@example.vn`;
    const [row] = (await db.query(
      `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
       VALUES ($1, $2, $3, $4, (SELECT id FROM agencies WHERE code = $5)) RETURNING id`,
      [email, `Cán bộ ${role} ${code}`, await passwordHasher.hash(DEMO_PASSWORD), [role], code],
    )) as { id: string }[];
    return { id: row.id, token: await login(api.http, email) };
  }

  function procedureBody(code: string, agency: string) {
    return {
      code,
      name: 'Thủ tục tiếp nhận phi địa giới',
      agencyCode: agency,
      processingDays: 3,
      fee: 0,
      onlineLevel: 'PARTIAL',
      requiredDocuments: [{ code: 'TK01', name: 'Tờ khai', required: true }],
      fields: [],
    };
  }

  async function fileAtDesk(token: string, procedureCode: string) {
    const scan = await uploadFile(api.http, token, 'pdf', 'to-khai.pdf');
    return api.http
      .post('/api/v1/dossiers')
      .set(as(token))
      .send({
        procedureCode,
        formData: {},
        attachments: [{ documentCode: 'TK01', fileId: scan.id }],
        channel: 'COUNTER',
        applicant: { nationalId: randomNationalId(), fullName: 'Lê Văn Nộp', phone: '0912000111' },
      });
  }

  const act = (token: string, ref: string, action: string, body: object = {}) =>
    api.http.post(`/api/v1/dossiers/${ref}/actions/${action}`).set(as(token)).send(body);

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    await addAgency(province, 'PROVINCE', null);
    await addAgency(centre, 'SERVICE_CENTRE', province.code);
    await addAgency(ward, 'COMMUNE', province.code);
    await addAgency(department, 'DEPARTMENT', province.code);
    await addAgency(otherProvince, 'PROVINCE', null);
    await addAgency(farCommune, 'COMMUNE', otherProvince.code);
    const admin = await login(api.http, DEMO.admin);
    for (const [code, agency] of [
      [wardProcedure, ward.code],
      [departmentProcedure, department.code],
      [farProcedure, farCommune.code],
    ]) {
      await api.http
        .post('/api/v1/procedures')
        .set(as(admin))
        .send(procedureBody(code, agency))
        .expect(201);
    }
    officials.centreDesk = (await addOfficial('RECEPTION', centre.code)).token;
    officials.centreLeader = (await addOfficial('LEADER', centre.code)).token;
    officials.wardDesk = (await addOfficial('RECEPTION', ward.code)).token;
    officials.wardLeader = (await addOfficial('LEADER', ward.code)).token;
    const specialist = await addOfficial('SPECIALIST', ward.code);
    officials.wardSpecialist = specialist.token;
    wardSpecialistId = specialist.id;
    officials.deptDesk = (await addOfficial('RECEPTION', department.code)).token;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('files for the competent agency with the centre recorded, handled there, returned at the centre', async () => {
    const filed = await fileAtDesk(officials.centreDesk, wardProcedure);
    expect(filed.status).toBe(201);
    const dossier = filed.body as { code: string; receivedAt: string; appointmentDate: string };
    expect(filed.body).toMatchObject({
      status: 'RECEIVED',
      agencyCode: ward.code,
      receivedBy: { agencyCode: centre.code, agencyName: centre.name },
      claimCode: expect.any(String),
    });
    // the code carries the identifier of the agency that received it (Circular 01/2018)
    expect(dossier.code.startsWith(`${centre.code}-`)).toBe(true);
    // counted from the receipt at the centre, no forwarding allowance by default
    const expected = await api.app
      .get(CalendarService)
      .appointmentDate(db.manager, new Date(dossier.receivedAt), 3);
    expect(dossier.appointmentDate).toBe(expected);

    // both the competent agency and the centre see it, in the detail and in their lists
    for (const token of [officials.wardLeader, officials.centreDesk, officials.centreLeader]) {
      const detail = await api.http.get(`/api/v1/dossiers/${dossier.code}`).set(as(token));
      expect(detail.status).toBe(200);
      expect(detail.body.receivedBy).toEqual({ agencyCode: centre.code, agencyName: centre.name });
      const list = await api.http
        .get('/api/v1/dossiers')
        .query({ q: dossier.code })
        .set(as(token))
        .expect(200);
      expect(list.body.items.map((d: { code: string }) => d.code)).toEqual([dossier.code]);
      expect(list.body.total).toBe(1);
    }

    // the history: received by the centre's desk, then forwarded, in one go
    const history = await api.http
      .get(`/api/v1/dossiers/${dossier.code}/history`)
      .set(as(officials.wardLeader))
      .expect(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({
        action: 'receive',
        fromStatus: null,
        toStatus: 'RECEIVED',
        actor: { role: 'RECEPTION', name: `Cán bộ RECEPTION ${centre.code}` },
        note: expect.stringContaining(centre.name),
      }),
      expect.objectContaining({
        action: 'forward',
        fromStatus: 'RECEIVED',
        toStatus: 'RECEIVED',
        actor: { role: 'RECEPTION', name: `Cán bộ RECEPTION ${centre.code}` },
        note: expect.stringContaining(ward.name),
      }),
    ]);
    const [{ events }] = (await db.query(
      `SELECT array_agg(type ORDER BY id) AS events FROM outbox WHERE payload ->> 'code' = $1`,
      [dossier.code],
    )) as { events: string[] }[];
    expect(events).toEqual(['dossier.receive', 'dossier.forward']);

    // the receipt names the centre that received it and the competent agency
    const receipt = await api.http
      .get(`/api/v1/dossiers/${encodeURIComponent(dossier.code)}/forms/receipt.pdf`)
      .set(as(officials.centreDesk))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const { text } = readPdf(receipt.body as Buffer);
    expect(text).toContain(`Cơ quan có thẩm quyền giải quyết: ${ward.name}`);
    expect(text).toContain('Nơi tiếp nhận hồ sơ:');

    // the centre does not handle it
    await act(officials.centreLeader, dossier.code, 'assign', {
      assigneeId: wardSpecialistId,
    }).expect(403);
    // the competent agency does
    await act(officials.wardLeader, dossier.code, 'assign', {
      assigneeId: wardSpecialistId,
    }).expect(200);
    await act(officials.wardSpecialist, dossier.code, 'propose', {
      outcome: 'GRANTED',
      summary: 'Đủ điều kiện',
    }).expect(200);
    await act(officials.wardLeader, dossier.code, 'approve').expect(200);
    // the result is handed over at the counter where the dossier was received
    const returned = await act(officials.centreDesk, dossier.code, 'return').expect(200);
    expect(returned.body).toMatchObject({
      status: 'RETURNED',
      receivedBy: { agencyCode: centre.code },
    });
  });

  it('lets the competent agency hand the result over too', async () => {
    const filed = await fileAtDesk(officials.centreDesk, wardProcedure);
    const code = filed.body.code as string;
    await act(officials.wardLeader, code, 'assign', { assigneeId: wardSpecialistId }).expect(200);
    await act(officials.wardSpecialist, code, 'propose', {
      outcome: 'REFUSED',
      summary: 'Không đủ điều kiện',
    }).expect(200);
    await act(officials.wardLeader, code, 'approve').expect(200);
    await act(officials.wardDesk, code, 'return').expect(200);
  });

  it('counts per status what the centre received for other agencies, as its list shows them', async () => {
    const counts = async (token: string) => {
      const res = await api.http.get('/api/v1/dossiers/counts').set(as(token)).expect(200);
      return new Map(
        (res.body.items as { status: string; count: number }[]).map((i) => [i.status, i.count]),
      );
    };
    const before = await counts(officials.centreDesk);
    const filed = await fileAtDesk(officials.centreDesk, wardProcedure);
    expect(filed.status).toBe(201);
    const after = await counts(officials.centreDesk);
    expect(after.get('RECEIVED')).toBe((before.get('RECEIVED') ?? 0) + 1);
    // one rule for what the centre sees: each status's count is its list's total
    for (const [status, count] of after) {
      const list = await api.http
        .get('/api/v1/dossiers')
        .query({ status, limit: 1 })
        .set(as(officials.centreDesk))
        .expect(200);
      expect([status, list.body.total]).toEqual([status, count]);
    }
  });

  it('hides it from any other agency of the province (404)', async () => {
    const filed = await fileAtDesk(officials.centreDesk, wardProcedure);
    const code = filed.body.code as string;
    await api.http.get(`/api/v1/dossiers/${code}`).set(as(officials.deptDesk)).expect(404);
    await api.http.get(`/api/v1/dossiers/${code}/history`).set(as(officials.deptDesk)).expect(404);
    await api.http
      .get(`/api/v1/dossiers/${encodeURIComponent(code)}/forms/receipt.pdf`)
      .set(as(officials.deptDesk))
      .expect(404);
    await act(officials.deptDesk, code, 'return').expect(404);
    const list = await api.http
      .get('/api/v1/dossiers')
      .query({ q: code })
      .set(as(officials.deptDesk))
      .expect(200);
    expect(list.body.total).toBe(0);
    // the demo agency's officials neither
    const demoLeader = await login(api.http, DEMO.leader);
    await api.http.get(`/api/v1/dossiers/${code}`).set(as(demoLeader)).expect(404);
  });

  it('refuses a centre a procedure of another province, in Vietnamese', async () => {
    const refused = await fileAtDesk(officials.centreDesk, farProcedure);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'procedureCode', message: expect.stringContaining('ngoài tỉnh, thành phố') },
    ]);
  });

  it("refuses another agency's procedure to a desk that is not a service centre", async () => {
    const refused = await fileAtDesk(officials.wardDesk, departmentProcedure);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        field: 'procedureCode',
        message: expect.stringContaining('Chỉ Trung tâm Phục vụ hành chính công'),
      },
    ]);
  });

  it("files a desk's own procedure as before: no receiving agency, its own code", async () => {
    const filed = await fileAtDesk(officials.wardDesk, wardProcedure);
    expect(filed.status).toBe(201);
    expect(filed.body.code.startsWith(`${ward.code}-`)).toBe(true);
    expect(filed.body.receivedBy).toBeUndefined();
    await api.http
      .get(`/api/v1/dossiers/${filed.body.code}`)
      .set(as(officials.centreDesk))
      .expect(404);
  });
});
