import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { passwordHasher } from '@motcua/auth';
import { DataSource } from 'typeorm';
import { SystemAdminRole1796216100000 } from '../libs/database/src/migrations/1796216100000-SystemAdminRole';
import { DEMO, DEMO_PASSWORD, login } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';

/**
 * ADMIN is scoped to its own agency: its procedures and its reports. System-wide settings
 * (holidays, background jobs, the queue board, the operators' health view) need SYSTEM_ADMIN,
 * which the demo administrator holds as well.
 */
describe('ADMIN scoped to its agency, SYSTEM_ADMIN for system-wide settings', () => {
  let api: TestApi;
  let db: DataSource;
  let agencyAdmin: string; // ADMIN of the demo agency, not SYSTEM_ADMIN
  let systemAdmin: string; // the demo administrator
  let systemOnly: string; // SYSTEM_ADMIN alone, no agency
  const otherAgencyCode = `${randomInt(100, 1000)}.${randomInt(10, 100)}.00.S${randomInt(10, 100)}`;
  const otherProcedureCode = `9.${randomBytes(5).toString('hex')}`;

  async function createUser(roles: string[], agencyCode: string | null): Promise<string> {
    const email = `admin-${randomUUID()}@example.vn`;
    await db.query(
      `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
       VALUES ($1, 'Quản trị Kiểm Thử', $2, $3, (SELECT id FROM agencies WHERE code = $4))`,
      [email, await passwordHasher.hash(DEMO_PASSWORD), roles, agencyCode],
    );
    return login(api.http, email);
  }

  function procedure(agencyCode: string, code = `9.${randomBytes(5).toString('hex')}`) {
    return {
      code,
      name: 'Thủ tục phạm vi quản trị',
      agencyCode,
      processingDays: 5,
      fee: 0,
      onlineLevel: 'PARTIAL',
      requiredDocuments: [{ code: 'TK01', name: 'Tờ khai', required: true }],
      fields: [],
    };
  }

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    await db.query(`INSERT INTO agencies (code, name) VALUES ($1, 'UBND xã Phạm Vi')`, [
      otherAgencyCode,
    ]);
    systemAdmin = await login(api.http, DEMO.admin);
    agencyAdmin = await createUser(['ADMIN'], DEMO.agencyCode);
    systemOnly = await createUser(['SYSTEM_ADMIN'], null);
    await api.http
      .post('/api/v1/procedures')
      .set(as(systemAdmin))
      .send(procedure(otherAgencyCode, otherProcedureCode))
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('system-wide settings need SYSTEM_ADMIN', () => {
    const year = 2099;
    const holidays = { items: [{ date: '2099-01-01', name: 'Tết Dương lịch' }] };

    it("refuses an agency's ADMIN the holiday table, jobs, health view and queue board (403)", async () => {
      const put = await api.http
        .put(`/api/v1/admin/holidays/${year}`)
        .set(as(agencyAdmin))
        .send(holidays)
        .expect(403);
      expect(put.body).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      await api.http.get('/api/v1/admin/queues/summary').set(as(agencyAdmin)).expect(403);
      await api.http.get('/api/v1/admin/jobs/failed').set(as(agencyAdmin)).expect(403);
      await api.http
        .post('/api/v1/admin/jobs/notifications/any-job/retry')
        .set(as(agencyAdmin))
        .expect(403);
      await api.http.get('/api/v1/admin/health').set(as(agencyAdmin)).expect(403);
      const board = await api.http.get('/admin/queues').set(as(agencyAdmin)).expect(403);
      expect(board.body).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      await api.http.get('/admin/queues/api/queues').set(as(agencyAdmin)).expect(403);
    });

    it("still lets an agency's ADMIN read the holidays", async () => {
      const res = await api.http.get(`/api/v1/admin/holidays/${year}`).set(as(agencyAdmin));
      expect(res.status).toBe(200);
    });

    it('lets the demo administrator (ADMIN and SYSTEM_ADMIN) do all of it', async () => {
      const put = await api.http
        .put(`/api/v1/admin/holidays/${year}`)
        .set(as(systemAdmin))
        .send(holidays)
        .expect(200);
      expect(put.body.items).toEqual([expect.objectContaining({ date: '2099-01-01' })]);
      await api.http.get('/api/v1/admin/queues/summary').set(as(systemAdmin)).expect(200);
      await api.http.get('/api/v1/admin/jobs/failed').set(as(systemAdmin)).expect(200);
      await api.http.get('/api/v1/admin/health').set(as(systemAdmin)).expect(200);
      await api.http.get('/admin/queues/api/queues').set(as(systemAdmin)).expect(200);
    });

    it('lets a SYSTEM_ADMIN without ADMIN read and replace holidays', async () => {
      await api.http.get(`/api/v1/admin/holidays/${year}`).set(as(systemOnly)).expect(200);
      await api.http
        .put(`/api/v1/admin/holidays/${year}`)
        .set(as(systemOnly))
        .send(holidays)
        .expect(200);
    });
  });

  describe("procedures: an agency's ADMIN manages its own agency's only", () => {
    it('creates and edits a procedure of its own agency', async () => {
      const body = procedure(DEMO.agencyCode);
      await api.http.post('/api/v1/procedures').set(as(agencyAdmin)).send(body).expect(201);
      const res = await api.http
        .patch(`/api/v1/procedures/${body.code}`)
        .set(as(agencyAdmin))
        .send({ processingDays: 7 })
        .expect(200);
      expect(res.body.processingDays).toBe(7);
    });

    it('refuses to create one for another agency (403), and nothing is stored', async () => {
      const body = procedure(otherAgencyCode);
      const res = await api.http
        .post('/api/v1/procedures')
        .set(as(agencyAdmin))
        .send(body)
        .expect(403);
      expect(res.body).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      await api.http.get(`/api/v1/procedures/${body.code}`).expect(404);
    });

    it("refuses to edit another agency's procedure (403), which stays unchanged", async () => {
      await api.http
        .patch(`/api/v1/procedures/${otherProcedureCode}`)
        .set(as(agencyAdmin))
        .send({ processingDays: 30 })
        .expect(403);
      const after = await api.http.get(`/api/v1/procedures/${otherProcedureCode}`).expect(200);
      expect(after.body.processingDays).toBe(5);
    });

    it('refuses to move its own procedure to another agency (403)', async () => {
      const body = procedure(DEMO.agencyCode);
      await api.http.post('/api/v1/procedures').set(as(agencyAdmin)).send(body).expect(201);
      await api.http
        .patch(`/api/v1/procedures/${body.code}`)
        .set(as(agencyAdmin))
        .send({ agencyCode: otherAgencyCode })
        .expect(403);
      const after = await api.http.get(`/api/v1/procedures/${body.code}`).expect(200);
      expect(after.body.agencyCode).toBe(DEMO.agencyCode);
    });

    it("lets a SYSTEM_ADMIN edit any agency's procedure", async () => {
      const res = await api.http
        .patch(`/api/v1/procedures/${otherProcedureCode}`)
        .set(as(systemAdmin))
        .send({ processingDays: 6 })
        .expect(200);
      expect(res.body.processingDays).toBe(6);
    });
  });

  describe("reports: an agency's ADMIN reads its own agency's only", () => {
    const summary = (token: string, query = '') =>
      api.http.get(`/api/v1/reports/summary${query}`).set(as(token));

    it("reads its own agency's report, by default and by code", async () => {
      await summary(agencyAdmin).expect(200);
      await summary(agencyAdmin, `?agencyCode=${DEMO.agencyCode}`).expect(200);
    });

    it("is refused another agency's report (403)", async () => {
      const res = await summary(agencyAdmin, `?agencyCode=${otherAgencyCode}`).expect(403);
      expect(res.body).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    });

    it("lets a SYSTEM_ADMIN read any agency's report", async () => {
      await summary(systemAdmin, `?agencyCode=${otherAgencyCode}`).expect(200);
      await summary(systemOnly, `?agencyCode=${otherAgencyCode}`).expect(200);
    });
  });

  it('the migration gives SYSTEM_ADMIN to the ADMIN accounts that exist (as the demo one), once', async () => {
    const email = `admin-${randomUUID()}@example.vn`;
    await db.query(
      `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
       VALUES ($1, 'Quản trị Cũ', 'x', '{ADMIN}', NULL)`,
      [email],
    );
    const runner = db.createQueryRunner();
    try {
      await new SystemAdminRole1796216100000().up(runner);
      await new SystemAdminRole1796216100000().up(runner);
    } finally {
      await runner.release();
    }
    const [row] = (await db.query('SELECT roles FROM users WHERE email = $1', [email])) as {
      roles: string[];
    }[];
    expect(row.roles).toEqual(['ADMIN', 'SYSTEM_ADMIN']);
    const [leader] = (await db.query('SELECT roles FROM users WHERE email = $1', [
      DEMO.leader,
    ])) as { roles: string[] }[];
    expect(leader.roles).toEqual(['LEADER']);
  });
});
