import { randomInt, randomUUID } from 'node:crypto';
import { passwordHasher } from '@motcua/auth';
import { DataSource } from 'typeorm';
import { DEMO, DEMO_PASSWORD, login } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';

const digits = (n: number) => String(randomInt(0, 10 ** n)).padStart(n, '0');
/** A code in the national format no other test file uses. */
const newCode = (letter: string) => `${digits(3)}.${digits(2)}.${digits(2)}.${letter}${digits(2)}`;

describe('Agencies: the two-tier tree', () => {
  let api: TestApi;
  let db: DataSource;
  let systemAdmin: string;
  let agencyAdmin: string; // ADMIN of the demo agency, not SYSTEM_ADMIN
  let reception: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  const create = (body: object, token = systemAdmin) =>
    api.http.post('/api/v1/admin/agencies').set(as(token)).send(body);
  const patch = (code: string, body: object, token = systemAdmin) =>
    api.http.patch(`/api/v1/admin/agencies/${code}`).set(as(token)).send(body);

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    systemAdmin = await login(api.http, DEMO.admin);
    reception = await login(api.http, DEMO.reception);
    const email = `agency-admin-${randomUUID()}@example.vn`;
    await db.query(
      `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
       VALUES ($1, 'Quản trị Cơ Quan', $2, '{ADMIN}', (SELECT id FROM agencies WHERE code = $3))`,
      [email, await passwordHasher.hash(DEMO_PASSWORD), DEMO.agencyCode],
    );
    agencyAdmin = await login(api.http, email);
  });

  afterAll(() => api?.close());

  /** A province with a ward, the ward's service centre, and a department. */
  async function province() {
    const codes = {
      province: newCode('P'),
      ward: newCode('W'),
      centre: newCode('C'),
      department: newCode('D'),
    };
    await create({ code: codes.province, name: 'UBND tỉnh Thử', kind: 'PROVINCE' }).expect(201);
    const ward = await create({
      code: codes.ward,
      name: 'UBND phường Thử',
      kind: 'COMMUNE',
      parentCode: codes.province,
    }).expect(201);
    expect(ward.body).toEqual({
      code: codes.ward,
      name: 'UBND phường Thử',
      kind: 'COMMUNE',
      kindLabel: 'Xã, phường, đặc khu',
      parentCode: codes.province,
      depth: 1,
    });
    const centre = await create({
      code: codes.centre,
      name: '  Trung tâm Phục vụ hành chính công phường Thử ',
      kind: 'SERVICE_CENTRE',
      parentCode: codes.ward,
    }).expect(201);
    expect(centre.body).toMatchObject({
      name: 'Trung tâm Phục vụ hành chính công phường Thử',
      depth: 2,
    });
    await create({
      code: codes.department,
      name: 'Sở Tư pháp tỉnh Thử',
      kind: 'DEPARTMENT',
      parentCode: codes.province,
    }).expect(201);
    return codes;
  }

  describe('creating', () => {
    it('builds a province with a ward, its centre and a department, listed depth first', async () => {
      const codes = await province();
      const res = await api.http.get('/api/v1/admin/agencies').set(as(systemAdmin)).expect(200);
      const items = res.body.items as { code: string; depth: number; parentCode: string }[];
      const at = (code: string) => items.findIndex((i) => i.code === code);
      expect(items[at(codes.province)]).toMatchObject({ depth: 0, parentCode: null });
      // siblings by name: "Sở Tư pháp…" before "UBND phường…"; the centre right under its ward
      expect([at(codes.department), at(codes.ward), at(codes.centre)]).toEqual([
        at(codes.province) + 1,
        at(codes.province) + 2,
        at(codes.province) + 3,
      ]);
      expect(items[at(codes.centre)]).toMatchObject({ depth: 2, parentCode: codes.ward });
    });

    it('lists the agencies publicly: code, name, kind and parent only', async () => {
      const codes = await province();
      const res = await api.http.get('/api/v1/agencies').expect(200);
      const centre = res.body.items.find((i: { code: string }) => i.code === codes.centre);
      expect(centre).toEqual({
        code: codes.centre,
        name: 'Trung tâm Phục vụ hành chính công phường Thử',
        kind: 'SERVICE_CENTRE',
        parentCode: codes.ward,
      });
    });

    it.each([
      [
        'a commune without a parent',
        { kind: 'COMMUNE' },
        'phải trực thuộc một cơ quan loại "Tỉnh, thành phố"',
      ],
      ['a province under a province', { kind: 'PROVINCE', parent: 'province' }, 'là cấp cao nhất'],
      [
        'a centre under a department',
        { kind: 'SERVICE_CENTRE', parent: 'department' },
        'không thể trực thuộc cơ quan loại "Sở, ban, ngành"',
      ],
      [
        'a department under a ward',
        { kind: 'DEPARTMENT', parent: 'ward' },
        'không thể trực thuộc cơ quan loại "Xã, phường, đặc khu"',
      ],
    ] as const)('refuses %s (400, Vietnamese)', async (_name, input, message) => {
      const codes = await province();
      const parentCode = 'parent' in input ? codes[input.parent] : undefined;
      const res = await create({
        code: newCode('X'),
        name: 'Cơ quan sai chỗ',
        kind: input.kind,
        parentCode,
      }).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'Vị trí của cơ quan trong cây tổ chức không hợp lệ.',
        errors: [{ field: 'parentCode', message: expect.stringContaining(message) }],
      });
    });

    it('refuses an unknown parent, a malformed code, a blank name and an unknown kind (400)', async () => {
      const unknown = await create({
        code: newCode('X'),
        name: 'UBND xã Không Cha',
        kind: 'COMMUNE',
        parentCode: newCode('Z'),
      }).expect(400);
      expect(unknown.body.errors).toEqual([
        { field: 'parentCode', message: 'Không có cơ quan nào có mã này.' },
      ]);
      const bad = await create({ code: '000.00.00.h00', name: ' ', kind: 'DISTRICT' }).expect(400);
      const fields = (bad.body.errors as { field: string; message: string }[]).map((e) => e.field);
      expect(fields.sort()).toEqual(['code', 'kind', 'name']);
      expect(bad.body.errors).toContainEqual({
        field: 'code',
        message:
          'Mã cơ quan phải theo định dạng mã định danh V1V2V3.Z1Z2.Y1Y2.MX1X2 (chữ số và chữ in hoa, ví dụ 000.00.00.H00).',
      });
    });

    it('refuses a code already taken (409)', async () => {
      const res = await create({
        code: DEMO.agencyCode,
        name: 'Trùng mã',
        kind: 'PROVINCE',
      }).expect(409);
      expect(res.body).toMatchObject({ status: 409, detail: 'Đã có cơ quan mang mã này.' });
    });
  });

  describe('editing', () => {
    it('renames, re-codes and moves a ward to another province; its centre follows', async () => {
      const codes = await province();
      const other = newCode('P');
      await create({ code: other, name: 'UBND tỉnh Khác', kind: 'PROVINCE' }).expect(201);
      const recoded = newCode('W');
      const res = await patch(codes.ward, {
        code: recoded,
        name: 'UBND phường Mới',
        parentCode: other,
      }).expect(200);
      expect(res.body).toEqual({
        code: recoded,
        name: 'UBND phường Mới',
        kind: 'COMMUNE',
        kindLabel: 'Xã, phường, đặc khu',
        parentCode: other,
        depth: 1,
      });
      const list = await api.http.get('/api/v1/admin/agencies').set(as(agencyAdmin)).expect(200);
      expect(list.body.items.find((i: { code: string }) => i.code === codes.centre)).toMatchObject({
        parentCode: recoded,
        depth: 2,
      });
      await patch(codes.ward, { name: 'Không còn mã này' }).expect(404);
    });

    it('refuses a move under the agency itself or one of its descendants (409)', async () => {
      const codes = await province();
      // a centre may sit under a ward, but not under the ward that sits under it
      const res = await patch(codes.province, {
        kind: 'SERVICE_CENTRE',
        parentCode: codes.ward,
      }).expect(409);
      expect(res.body).toMatchObject({
        status: 409,
        detail: 'Không thể đặt cơ quan trực thuộc chính nó hoặc một cơ quan đang trực thuộc nó.',
      });
      // a placement the kinds forbid is a 400 before anything else
      await patch(codes.ward, { parentCode: codes.ward }).expect(400);
    });

    it('refuses a kind its children could not sit under (409)', async () => {
      const codes = await province();
      const res = await patch(codes.ward, { kind: 'DEPARTMENT' }).expect(409);
      expect(res.body.detail).toBe(
        'Không thể đổi sang loại "Sở, ban, ngành": cơ quan này có cơ quan trực thuộc loại ' +
          '"Trung tâm Phục vụ hành chính công", không thể trực thuộc loại đó. Hãy chuyển các cơ quan trực thuộc trước.',
      );
      // without children it may
      await patch(codes.department, { kind: 'COMMUNE' }).expect(200);
    });

    it("refuses a new code for an agency with dossiers, and another agency's code (409)", async () => {
      const codes = await province();
      const [procedure] = (await db.query(
        `INSERT INTO procedures (code, agency_id, name, processing_days, fee, online_level)
         SELECT $1, id, 'Thủ tục có hồ sơ', 5, 0, 'FULL' FROM agencies WHERE code = $2
         RETURNING id, agency_id`,
        [`8.${codes.ward}`, codes.ward],
      )) as { id: string; agency_id: string }[];
      await db.query(
        `INSERT INTO dossiers (code, procedure_id, agency_id, applicant_national_id,
           applicant_full_name, channel, status, delivery_method, submitted_at, received_at,
           appointment_date)
         VALUES ($1, $2, $3, '001090000001', 'Nguyễn Văn Thử', 'COUNTER', 'RECEIVED', 'COUNTER',
                 now(), now(), current_date + 5)`,
        [`${codes.ward}-260310-0001`, procedure.id, procedure.agency_id],
      );
      const res = await patch(codes.ward, { code: newCode('W') }).expect(409);
      expect(res.body.detail).toBe(
        'Không thể đổi mã của cơ quan đã có hồ sơ: mã cơ quan là phần đầu của mã số các hồ sơ đã cấp.',
      );
      // the rest of it may change
      await patch(codes.ward, { code: codes.ward, name: 'UBND phường Có Hồ Sơ' }).expect(200);
      const taken = await patch(codes.centre, { code: codes.ward }).expect(409);
      expect(taken.body.detail).toBe('Đã có cơ quan mang mã này.');
    });

    it('refuses null for a property that cannot be empty (400)', async () => {
      const codes = await province();
      const res = await patch(codes.ward, { name: null, kind: null, code: null }).expect(400);
      const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
      expect(fields).toEqual(['code', 'kind', 'name']);
      // null parentCode: a root, which only a province may be
      await patch(codes.ward, { parentCode: null }).expect(400);
    });
  });

  describe('who may', () => {
    it("lets an agency's ADMIN read the tree but not change it; other officials not even read it", async () => {
      const codes = await province();
      await api.http.get('/api/v1/admin/agencies').set(as(agencyAdmin)).expect(200);
      await create(
        { code: newCode('P'), name: 'UBND tỉnh Cấm', kind: 'PROVINCE' },
        agencyAdmin,
      ).expect(403);
      await patch(codes.ward, { name: 'Cấm đổi' }, agencyAdmin).expect(403);
      await api.http.get('/api/v1/admin/agencies').set(as(reception)).expect(403);
      await create(
        { code: newCode('P'), name: 'UBND tỉnh Cấm', kind: 'PROVINCE' },
        reception,
      ).expect(403);
      await api.http.get('/api/v1/admin/agencies').expect(401);
      await api.http.post('/api/v1/admin/agencies').send({}).expect(401);
    });
  });
});
