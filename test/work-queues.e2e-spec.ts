import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { passwordHasher } from '@motcua/auth';
import { DataSource } from 'typeorm';
import { DEMO, DEMO_PASSWORD, login, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import { uploadFile } from './support/files';

/**
 * What the officials' console reads besides the work list: the queues' sizes and the
 * colleagues a dossier can be assigned to. On an agency of its own, so dossiers filed by other
 * test files at the same time do not change its counts.
 */
describe('work queues: counts per status and the agency’s officials', () => {
  let api: TestApi;
  let db: DataSource;
  let reception: string;
  let leader: string;
  const agencyCode = `${randomInt(100, 1000)}.${randomInt(10, 100)}.00.Q${randomInt(10, 100)}`;
  const procedureCode = `9.${randomBytes(5).toString('hex')}`;

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function createOfficial(fullName: string, roles: string[]): Promise<string> {
    const email = `queue-${randomUUID()}@example.vn`;
    await db.query(
      `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
       VALUES ($1, $2, $3, $4, (SELECT id FROM agencies WHERE code = $5))`,
      [email, fullName, await passwordHasher.hash(DEMO_PASSWORD), roles, agencyCode],
    );
    return login(api.http, email);
  }

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    await db.query(`INSERT INTO agencies (code, name) VALUES ($1, 'UBND xã Hàng Đợi')`, [
      agencyCode,
    ]);
    reception = await createOfficial('Trần Thị Tiếp Nhận', ['RECEPTION']);
    leader = await createOfficial('Lê Văn Lãnh Đạo', ['LEADER']);
    await createOfficial('Phạm Thị Chuyên Viên', ['SPECIALIST']);
    await createOfficial('Bùi Văn Chuyên Viên', ['SPECIALIST']);
    await api.http
      .post('/api/v1/procedures')
      .set(as(await login(api.http, DEMO.admin)))
      .send({
        code: procedureCode,
        name: 'Thủ tục hàng đợi',
        agencyCode,
        processingDays: 5,
        fee: 0,
        onlineLevel: 'FULL',
        requiredDocuments: [{ code: 'TK01', name: 'Tờ khai', required: true }],
        fields: [],
      })
      .expect(201);
  });
  afterAll(async () => {
    await api?.close();
  });

  const counts = async (token: string) => {
    const res = await api.http.get('/api/v1/dossiers/counts').set(as(token));
    expect(res.status).toBe(200);
    return res.body.items;
  };

  it("counts the agency's unfinished dossiers per status, and follows a dossier received", async () => {
    expect(await counts(reception)).toEqual([]);
    const citizen = await registerCitizen(api.http);
    const file = await uploadFile(api.http, citizen.accessToken);
    const filed = await api.http
      .post('/api/v1/dossiers')
      .set(as(citizen.accessToken))
      .send({
        procedureCode,
        formData: {},
        attachments: [{ documentCode: 'TK01', fileId: file.id }],
        deliveryMethod: 'COUNTER',
      })
      .expect(201);
    expect(await counts(leader)).toEqual([
      { status: 'SUBMITTED', statusLabel: 'Chờ tiếp nhận', count: 1, overdue: 0 },
    ]);

    await api.http
      .post(`/api/v1/dossiers/${filed.body.code}/actions/receive`)
      .set(as(reception))
      .send({})
      .expect(200);
    expect(await counts(reception)).toEqual([
      { status: 'RECEIVED', statusLabel: 'Đã tiếp nhận', count: 1, overdue: 0 },
    ]);
  });

  it('refuses the counts to a citizen', async () => {
    const citizen = await registerCitizen(api.http);
    await api.http.get('/api/v1/dossiers/counts').set(as(citizen.accessToken)).expect(403);
  });

  it("lists the agency's specialists to the desk and the leader, by name, nothing more", async () => {
    for (const token of [reception, leader]) {
      const res = await api.http.get('/api/v1/officials?role=SPECIALIST').set(as(token));
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([
        { id: expect.any(String), fullName: 'Bùi Văn Chuyên Viên', roles: ['SPECIALIST'] },
        { id: expect.any(String), fullName: 'Phạm Thị Chuyên Viên', roles: ['SPECIALIST'] },
      ]);
    }
    const everyone = await api.http.get('/api/v1/officials').set(as(reception)).expect(200);
    expect(everyone.body.items).toHaveLength(4);
    // the demo agency's officials are not this agency's
    const demo = await api.http
      .get('/api/v1/officials?role=SPECIALIST')
      .set(as(await login(api.http, DEMO.reception)))
      .expect(200);
    expect(demo.body.items.map((item: { fullName: string }) => item.fullName)).not.toContain(
      'Bùi Văn Chuyên Viên',
    );
  });

  it('refuses the list to a citizen, and an unknown role', async () => {
    const citizen = await registerCitizen(api.http);
    await api.http.get('/api/v1/officials').set(as(citizen.accessToken)).expect(403);
    await api.http.get('/api/v1/officials?role=CITIZEN').set(as(reception)).expect(400);
  });
});
