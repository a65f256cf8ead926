import { randomBytes } from 'node:crypto';
import { validateFormData } from '@motcua/domain';
import { DEMO, login, registerCitizen } from './support/actors';
import { ensureDemoProcedures } from '@motcua/database/seed/demo-data';
import { DataSource } from 'typeorm';
import { AgenciesService } from '../apps/api/src/procedures/agencies.service';
import { ProcedureCatalog } from '../apps/api/src/procedures/procedure-catalog.service';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import {
  COUNTER_ONLY_PROCEDURE_CODE,
  DEMO_PROCEDURE_CODES,
  DEMO_PROCEDURES,
  POSTAL_PROCEDURE_CODE,
  requiredDocumentCodes,
  validFormData,
} from './support/demo';

const DETAIL_KEYS = [
  'agencyCode',
  'agencyName',
  'code',
  'eligibility',
  'fee',
  'fields',
  'name',
  'onlineLevel',
  'postalDelivery',
  'processingDays',
  'purpose',
  'requiredDocuments',
];

/** A procedure code no other test file uses. */
function uniqueCode(): string {
  return `9.${randomBytes(5).toString('hex')}`;
}

function newProcedure(overrides: Record<string, unknown> = {}) {
  return {
    code: uniqueCode(),
    name: 'Thủ tục đăng ký kết hôn',
    agencyCode: DEMO.agencyCode,
    processingDays: 5,
    fee: 0,
    onlineLevel: 'PARTIAL',
    postalDelivery: false,
    purpose: 'Ghi nhận việc kết hôn của hai bên nam, nữ và cấp Giấy chứng nhận kết hôn.',
    eligibility: 'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi, tự nguyện kết hôn.\nCả hai bên cùng có mặt.',
    requiredDocuments: [
      { code: 'TK01', name: 'Tờ khai đăng ký kết hôn (theo mẫu)', required: true },
      { code: 'GT01', name: 'Giấy xác nhận tình trạng hôn nhân', required: false },
    ],
    fields: [
      { key: 'husbandFullName', label: 'Họ và tên bên nam', type: 'text', required: true },
      { key: 'wifeNationalId', label: 'Số định danh bên nữ', type: 'nationalId', required: true },
      {
        key: 'ceremony',
        label: 'Hình thức trao giấy',
        type: 'select',
        required: false,
        options: ['Tại trụ sở', 'Lưu động'],
      },
      {
        key: 'guests',
        label: 'Số người làm chứng',
        type: 'number',
        required: false,
        min: 0,
        max: 5,
      },
    ],
    ...overrides,
  };
}

describe('Procedures catalogue', () => {
  let api: TestApi;
  let adminToken: string;
  let citizenToken: string;

  beforeAll(async () => {
    api = await startApi();
    adminToken = await login(api.http, DEMO.admin);
    citizenToken = (await registerCitizen(api.http)).accessToken;
  });
  afterAll(() => api.close());

  const asAdmin = (req: import('supertest').Test) =>
    req.set('Authorization', `Bearer ${adminToken}`);

  describe('GET /procedures', () => {
    it('lists the demo procedures to anonymous callers, paginated', async () => {
      const byDefault = await api.http.get('/api/v1/procedures').expect(200);
      expect(byDefault.body).toMatchObject({ page: 1, limit: 20 });
      expect(byDefault.body.items.length).toBeLessThanOrEqual(20);
      expect(byDefault.body.total).toBeGreaterThanOrEqual(DEMO_PROCEDURES.length);

      // other test files add procedures too: look at a page large enough for all of them
      const res = await api.http.get('/api/v1/procedures').query({ limit: 100 }).expect(200);
      const codes = res.body.items.map((p: { code: string }) => p.code);
      for (const code of Object.values(DEMO_PROCEDURE_CODES)) expect(codes).toContain(code);
      for (const item of res.body.items) expect(Object.keys(item).sort()).toEqual(DETAIL_KEYS);
    });

    it('finds procedures by part of the name, ignoring case', async () => {
      const res = await api.http
        .get('/api/v1/procedures')
        .query({ q: 'KHAI SINH', agencyCode: DEMO.agencyCode })
        .expect(200);
      const codes = res.body.items.map((p: { code: string }) => p.code);
      expect(codes).toContain(DEMO_PROCEDURE_CODES.birthRegistration);
      expect(codes).not.toContain(DEMO_PROCEDURE_CODES.buildingPermit);
      for (const item of res.body.items) expect(item.name.toLowerCase()).toContain('khai sinh');
    });

    it('finds a procedure by its code', async () => {
      const res = await api.http
        .get('/api/v1/procedures')
        .query({ q: DEMO_PROCEDURE_CODES.householdBusiness })
        .expect(200);
      expect(res.body.total).toBe(1);
      expect(res.body.items[0].code).toBe(DEMO_PROCEDURE_CODES.householdBusiness);
    });

    it('treats % and _ in the search text literally', async () => {
      const res = await api.http.get('/api/v1/procedures').query({ q: '%_%' }).expect(200);
      expect(res.body).toEqual({ items: [], total: 0, page: 1, limit: 20 });
    });

    it('filters by agency code', async () => {
      const res = await api.http
        .get('/api/v1/procedures')
        .query({ agencyCode: '999.99.99.Z99' })
        .expect(200);
      expect(res.body.total).toBe(0);
      expect(res.body.items).toEqual([]);
    });

    it('splits results into pages of the requested size', async () => {
      const first = await api.http
        .get('/api/v1/procedures')
        .query({ agencyCode: DEMO.agencyCode, page: 1, limit: 2 })
        .expect(200);
      const second = await api.http
        .get('/api/v1/procedures')
        .query({ agencyCode: DEMO.agencyCode, page: 2, limit: 2 })
        .expect(200);
      expect(first.body).toMatchObject({ page: 1, limit: 2 });
      expect(first.body.items).toHaveLength(2);
      expect(second.body).toMatchObject({ page: 2, limit: 2 });
      const firstCodes = first.body.items.map((p: { code: string }) => p.code);
      for (const item of second.body.items) expect(firstCodes).not.toContain(item.code);
    });

    it('returns an empty page past the end, with the total', async () => {
      const res = await api.http
        .get('/api/v1/procedures')
        .query({ agencyCode: DEMO.agencyCode, page: 1000, limit: 100 })
        .expect(200);
      expect(res.body.items).toEqual([]);
      expect(res.body.total).toBeGreaterThanOrEqual(DEMO_PROCEDURES.length);
    });

    it.each([
      [{ limit: 101 }, 'limit', 'Số bản ghi mỗi trang không được lớn hơn 100.'],
      [{ limit: 0 }, 'limit', 'Số bản ghi mỗi trang phải từ 1 trở lên.'],
      [{ limit: 2.5 }, 'limit', 'Số bản ghi mỗi trang phải là số nguyên.'],
      [{ page: 0 }, 'page', 'Số trang phải từ 1 trở lên.'],
      [{ page: -1 }, 'page', 'Số trang phải từ 1 trở lên.'],
      [{ page: 'abc' }, 'page', 'Số trang phải là số nguyên.'],
    ])('refuses pagination %j with a Vietnamese field error', async (query, field, message) => {
      const res = await api.http.get('/api/v1/procedures').query(query).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field, message }]);
    });

    it('refuses unknown query parameters', async () => {
      const res = await api.http.get('/api/v1/procedures').query({ order: 'name' }).expect(400);
      expect(res.body.errors).toEqual([{ field: 'order', message: expect.any(String) }]);
    });
  });

  describe('GET /procedures/:code', () => {
    it('returns exactly the public shape', async () => {
      const res = await api.http
        .get(`/api/v1/procedures/${DEMO_PROCEDURE_CODES.birthRegistration}`)
        .expect(200);
      const demo = DEMO_PROCEDURES.find((p) => p.code === DEMO_PROCEDURE_CODES.birthRegistration)!;
      expect(Object.keys(res.body).sort()).toEqual(DETAIL_KEYS);
      expect(res.body).toEqual({
        code: demo.code,
        name: 'Thủ tục đăng ký khai sinh',
        agencyCode: DEMO.agencyCode,
        agencyName: expect.stringMatching(/^Ủy ban nhân dân/),
        processingDays: demo.processingDays,
        fee: demo.fee,
        onlineLevel: demo.onlineLevel,
        postalDelivery: true,
        purpose: demo.purpose,
        eligibility: demo.eligibility,
        requiredDocuments: demo.requiredDocuments,
        fields: demo.fields,
      });
      for (const doc of res.body.requiredDocuments) {
        expect(Object.keys(doc).sort()).toEqual(['code', 'name', 'required']);
      }
      const select = res.body.fields.find((f: { type: string }) => f.type === 'select');
      expect(select.options.length).toBeGreaterThan(0);
      const text = res.body.fields.find((f: { type: string }) => f.type === 'text');
      expect(text).not.toHaveProperty('options');
    });

    it('answers 404 in Vietnamese for an unknown code', async () => {
      const res = await api.http.get('/api/v1/procedures/0.000000').expect(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(res.body.detail).toMatch(/Không tìm thấy thủ tục/);
    });
  });

  describe('demo data', () => {
    it('offers a postal and a counter-only procedure', async () => {
      const postal = await api.http.get(`/api/v1/procedures/${POSTAL_PROCEDURE_CODE}`).expect(200);
      const counter = await api.http
        .get(`/api/v1/procedures/${COUNTER_ONLY_PROCEDURE_CODE}`)
        .expect(200);
      expect(postal.body.postalDelivery).toBe(true);
      expect(counter.body.postalDelivery).toBe(false);
    });

    it.each(Object.values(DEMO_PROCEDURE_CODES))(
      'says what %s is for and who may use it',
      async (code) => {
        const res = await api.http.get(`/api/v1/procedures/${code}`).expect(200);
        expect(res.body.purpose).toEqual(expect.stringMatching(/\S/));
        expect(res.body.eligibility).toEqual(expect.stringMatching(/\S/));
        expect(res.body.purpose.length).toBeLessThanOrEqual(2000);
        expect(res.body.eligibility.length).toBeLessThanOrEqual(2000);
      },
    );

    it('fills a demo purpose or eligibility never written, and keeps one an admin cleared', async () => {
      const code = DEMO_PROCEDURE_CODES.civilStatusExtract;
      const demo = DEMO_PROCEDURES.find((p) => p.code === code)!;
      // rolled back at the end, so other test files never see the change
      const runner = api.app.get(DataSource).createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query(
          `UPDATE procedures SET purpose = NULL, eligibility = '' WHERE code = $1`,
          [code],
        );
        const [{ agency_id: agencyId }] = (await runner.query(
          'SELECT agency_id FROM procedures WHERE code = $1',
          [code],
        )) as { agency_id: string }[];
        await ensureDemoProcedures(runner.manager, agencyId);
        expect(
          await runner.query('SELECT purpose, eligibility FROM procedures WHERE code = $1', [code]),
        ).toEqual([{ purpose: demo.purpose, eligibility: '' }]);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it.each(Object.values(DEMO_PROCEDURE_CODES))(
      'has form data for %s that the served fields accept',
      async (code) => {
        const res = await api.http.get(`/api/v1/procedures/${code}`).expect(200);
        expect(validateFormData(res.body.fields, validFormData(code))).toEqual([]);
        expect(requiredDocumentCodes(code).length).toBeGreaterThan(0);
        for (const doc of requiredDocumentCodes(code)) {
          expect(res.body.requiredDocuments).toContainEqual(
            expect.objectContaining({ code: doc, required: true }),
          );
        }
      },
    );
  });

  describe('POST /procedures', () => {
    it('lets an admin add a procedure, then serves it', async () => {
      const body = newProcedure();
      const created = await asAdmin(api.http.post('/api/v1/procedures')).send(body).expect(201);
      const { agencyCode, ...rest } = body;
      expect(created.body).toEqual({ ...rest, agencyCode, agencyName: expect.any(String) });

      const fetched = await api.http.get(`/api/v1/procedures/${body.code}`).expect(200);
      expect(fetched.body).toEqual(created.body);
      const found = await api.http.get('/api/v1/procedures').query({ q: body.code }).expect(200);
      expect(found.body.items).toEqual([created.body]);
    });

    it('defaults postalDelivery to false', async () => {
      const { postalDelivery, ...body } = newProcedure();
      void postalDelivery;
      const res = await asAdmin(api.http.post('/api/v1/procedures')).send(body).expect(201);
      expect(res.body.postalDelivery).toBe(false);
    });

    it('serves purpose and eligibility as null when not given', async () => {
      const { purpose, eligibility, ...body } = newProcedure();
      void purpose;
      void eligibility;
      await asAdmin(api.http.post('/api/v1/procedures')).send(body).expect(201);
      const res = await api.http.get(`/api/v1/procedures/${body.code}`).expect(200);
      expect(res.body).toMatchObject({ purpose: null, eligibility: null });
    });

    it('bounds purpose and eligibility to 2000 characters of text', async () => {
      const ok = newProcedure({ purpose: 'ơ'.repeat(2000) });
      await asAdmin(api.http.post('/api/v1/procedures')).send(ok).expect(201);
      const res = await asAdmin(api.http.post('/api/v1/procedures'))
        .send(newProcedure({ purpose: 'ơ'.repeat(2001), eligibility: 5 }))
        .expect(400);
      const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(['eligibility', 'purpose']);
    });

    it('refuses anonymous callers with 401', async () => {
      const res = await api.http.post('/api/v1/procedures').send(newProcedure()).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a citizen with 403', async () => {
      const res = await api.http
        .post('/api/v1/procedures')
        .set('Authorization', `Bearer ${citizenToken}`)
        .send(newProcedure())
        .expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('refuses an official who is not an admin with 403', async () => {
      const token = await login(api.http, DEMO.reception);
      await api.http
        .post('/api/v1/procedures')
        .set('Authorization', `Bearer ${token}`)
        .send(newProcedure())
        .expect(403);
    });

    it('answers 409 for a code that exists', async () => {
      const res = await asAdmin(api.http.post('/api/v1/procedures'))
        .send(newProcedure({ code: DEMO_PROCEDURE_CODES.birthRegistration }))
        .expect(409);
      expect(res.body.code).toBe('CONFLICT');
      expect(res.body.detail).toMatch(/đã tồn tại/);
    });

    it('answers 400 on agencyCode for an unknown agency', async () => {
      const res = await asAdmin(api.http.post('/api/v1/procedures'))
        .send(newProcedure({ agencyCode: '999.99.99.Z99' }))
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'agencyCode', message: expect.any(String) }]);
    });

    it('reports every invalid property as a field error', async () => {
      const res = await asAdmin(api.http.post('/api/v1/procedures'))
        .send({
          code: 'có dấu cách',
          name: '',
          agencyCode: DEMO.agencyCode,
          processingDays: 0,
          fee: -1,
          onlineLevel: 'SOMETIMES',
          requiredDocuments: 'TK01',
          fields: [],
          extra: true,
        })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual([
        'code',
        'extra',
        'fee',
        'name',
        'onlineLevel',
        'processingDays',
        'requiredDocuments',
      ]);
      for (const error of res.body.errors) expect(error.message).toMatch(/\S/);
    });

    it.each([
      [
        'a select without options',
        [{ key: 'gender', label: 'Giới tính', type: 'select', required: true }],
        'fields.0.options',
        'Trường kiểu lựa chọn (select) phải có danh sách lựa chọn.',
      ],
      [
        'options on a text field',
        [{ key: 'name', label: 'Họ tên', type: 'text', required: true, options: ['a'] }],
        'fields.0.options',
        'Chỉ trường kiểu lựa chọn (select) mới có danh sách lựa chọn.',
      ],
      [
        'an empty option',
        [{ key: 'g', label: 'Giới tính', type: 'select', required: true, options: ['Nam', ''] }],
        'fields.0.options',
        'Lựa chọn không được để trống.',
      ],
      [
        'duplicate options',
        [{ key: 'g', label: 'Giới tính', type: 'select', required: true, options: ['Nam', 'Nam'] }],
        'fields.0.options',
        'Danh sách lựa chọn có mục bị trùng.',
      ],
      [
        'maxLength on a number field',
        [{ key: 'age', label: 'Tuổi', type: 'number', required: true, maxLength: 3 }],
        'fields.0.maxLength',
        'Độ dài tối đa chỉ áp dụng cho trường văn bản.',
      ],
      [
        'an unknown field type',
        [{ key: 'photo', label: 'Ảnh', type: 'image', required: true }],
        'fields.0.type',
        expect.stringContaining('Kiểu trường phải là một trong'),
      ],
      [
        'a key with spaces',
        [{ key: 'full name', label: 'Họ tên', type: 'text', required: true }],
        'fields.0.key',
        expect.stringContaining('Mã trường phải bắt đầu bằng chữ cái'),
      ],
      [
        'a key starting with a digit',
        [{ key: '1name', label: 'Họ tên', type: 'text', required: true }],
        'fields.0.key',
        expect.stringContaining('Mã trường phải bắt đầu bằng chữ cái'),
      ],
      [
        'a max below min',
        [{ key: 'age', label: 'Tuổi', type: 'number', required: true, min: 10, max: 5 }],
        'fields.0.max',
        'Giá trị lớn nhất phải lớn hơn hoặc bằng giá trị nhỏ nhất.',
      ],
      [
        'a missing required flag',
        [{ key: 'name', label: 'Họ tên', type: 'text' }],
        'fields.0.required',
        'Phải là đúng hoặc sai.',
      ],
      [
        'an unknown field property',
        [{ key: 'name', label: 'Họ tên', type: 'text', required: true, hint: 'x' }],
        'fields.0.hint',
        'Trường này không được phép.',
      ],
      [
        'duplicate keys',
        [
          { key: 'name', label: 'Họ tên', type: 'text', required: true },
          { key: 'name', label: 'Tên khác', type: 'text', required: false },
        ],
        'fields',
        'Mã trường bị trùng.',
      ],
      ['fields that are not a list', 'text', 'fields', 'Phải là một danh sách.'],
    ])('refuses %s', async (_, fields, field, message) => {
      const res = await asAdmin(api.http.post('/api/v1/procedures'))
        .send(newProcedure({ fields }))
        .expect(400);
      expect(res.body.errors).toEqual([{ field, message }]);
    });

    it('refuses duplicate document codes', async () => {
      const res = await asAdmin(api.http.post('/api/v1/procedures'))
        .send(
          newProcedure({
            requiredDocuments: [
              { code: 'TK01', name: 'Tờ khai', required: true },
              { code: 'TK01', name: 'Tờ khai khác', required: false },
            ],
          }),
        )
        .expect(400);
      expect(res.body.errors).toEqual([
        { field: 'requiredDocuments', message: 'Mã giấy tờ bị trùng.' },
      ]);
    });
  });

  describe('PATCH /procedures/:code', () => {
    it('lets an admin change some properties and keeps the rest', async () => {
      const body = newProcedure();
      await asAdmin(api.http.post('/api/v1/procedures')).send(body).expect(201);
      const newFields = [
        { key: 'email', label: 'Thư điện tử', type: 'email', required: true },
        { key: 'note', label: 'Ghi chú', type: 'textarea', required: false, maxLength: 500 },
      ];
      const res = await asAdmin(api.http.patch(`/api/v1/procedures/${body.code}`))
        .send({ fee: 50_000, postalDelivery: true, fields: newFields })
        .expect(200);
      expect(res.body).toMatchObject({
        code: body.code,
        name: body.name,
        processingDays: body.processingDays,
        fee: 50_000,
        postalDelivery: true,
        requiredDocuments: body.requiredDocuments,
        fields: newFields,
      });
      const fetched = await api.http.get(`/api/v1/procedures/${body.code}`).expect(200);
      expect(fetched.body).toEqual(res.body);
    });

    it('changes purpose and eligibility; an empty text clears one, null is refused', async () => {
      const body = newProcedure();
      await asAdmin(api.http.post('/api/v1/procedures')).send(body).expect(201);
      const path = `/api/v1/procedures/${body.code}`;
      const changed = await asAdmin(api.http.patch(path))
        .send({ purpose: 'Mục đích mới.', eligibility: '' })
        .expect(200);
      expect(changed.body).toMatchObject({ purpose: 'Mục đích mới.', eligibility: null });
      const fetched = await api.http.get(path).expect(200);
      expect(fetched.body).toEqual(changed.body);
      const refused = await asAdmin(api.http.patch(path)).send({ purpose: null }).expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['purpose']);
      const kept = await api.http.get(path).expect(200);
      expect(kept.body.purpose).toBe('Mục đích mới.');
    });

    it('answers 404 for an unknown code', async () => {
      const res = await asAdmin(api.http.patch(`/api/v1/procedures/${uniqueCode()}`))
        .send({ fee: 1 })
        .expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
    });

    it('refuses to change the code or to null a property', async () => {
      const body = newProcedure();
      await asAdmin(api.http.post('/api/v1/procedures')).send(body).expect(201);
      const res = await asAdmin(api.http.patch(`/api/v1/procedures/${body.code}`))
        .send({ code: uniqueCode(), name: null })
        .expect(400);
      const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(['code', 'name']);
    });

    it('refuses an unknown agency', async () => {
      const body = newProcedure();
      await asAdmin(api.http.post('/api/v1/procedures')).send(body).expect(201);
      const res = await asAdmin(api.http.patch(`/api/v1/procedures/${body.code}`))
        .send({ agencyCode: '999.99.99.Z99' })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'agencyCode', message: expect.any(String) }]);
    });

    it('refuses anonymous callers and citizens', async () => {
      const path = `/api/v1/procedures/${DEMO_PROCEDURE_CODES.certifiedCopy}`;
      await api.http.patch(path).send({ fee: 1 }).expect(401);
      await api.http
        .patch(path)
        .set('Authorization', `Bearer ${citizenToken}`)
        .send({ fee: 1 })
        .expect(403);
    });
  });

  describe('ProcedureCatalog (used when filing dossiers)', () => {
    const db = () => api.app.get(DataSource).manager;
    it('gives what filing needs, with the agency', async () => {
      const catalog = api.app.get(ProcedureCatalog);
      const found = await catalog.findForFiling(db(), POSTAL_PROCEDURE_CODE);
      const demo = DEMO_PROCEDURES.find((p) => p.code === POSTAL_PROCEDURE_CODE)!;
      expect(found).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        code: demo.code,
        name: demo.name,
        agencyId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        agencyCode: DEMO.agencyCode,
        agencyName: expect.any(String),
        processingDays: demo.processingDays,
        postalDelivery: true,
        fields: demo.fields,
        requiredDocuments: demo.requiredDocuments,
      });
      expect(Object.isFrozen(found!.fields[0])).toBe(true);
      expect(await catalog.findForFiling(db(), '0.000000')).toBeNull();
    });

    it('serves repeated lookups from memory, and drops the entry when this process edits', async () => {
      const catalog = api.app.get(ProcedureCatalog);
      const body = newProcedure();
      await asAdmin(api.http.post('/api/v1/procedures')).send(body).expect(201);
      const first = await catalog.findForFiling(db(), body.code);
      expect(first?.processingDays).toBe(5);

      // a change behind the API's back stays unseen for the cache's lifetime...
      await api.app
        .get(DataSource)
        .query('UPDATE procedures SET processing_days = 9 WHERE code = $1', [body.code]);
      expect(await catalog.findForFiling(db(), body.code)).toBe(first);

      // ...but an edit through the API is seen at once
      await asAdmin(api.http.patch(`/api/v1/procedures/${body.code}`))
        .send({ processingDays: 7, postalDelivery: true })
        .expect(200);
      expect(await catalog.findForFiling(db(), body.code)).toMatchObject({
        processingDays: 7,
        postalDelivery: true,
      });
    });

    it('sees a procedure created after an unknown-code lookup', async () => {
      const catalog = api.app.get(ProcedureCatalog);
      const body = newProcedure();
      expect(await catalog.findForFiling(db(), body.code)).toBeNull();
      await asAdmin(api.http.post('/api/v1/procedures')).send(body).expect(201);
      expect(await catalog.findForFiling(db(), body.code)).toMatchObject({ code: body.code });
    });
  });

  describe('AgenciesService', () => {
    it('finds an agency by its code', async () => {
      const agencies = api.app.get(AgenciesService);
      expect(await agencies.findByCode(DEMO.agencyCode)).toEqual({
        id: expect.any(String),
        code: DEMO.agencyCode,
        name: expect.stringMatching(/^Ủy ban nhân dân/),
      });
      expect(await agencies.findByCode('999.99.99.Z99')).toBeNull();
    });
  });

  it('documents the routes in the OpenAPI spec', async () => {
    const res = await api.http.get('/api/docs-json').expect(200);
    const list = res.body.paths['/api/v1/procedures'];
    const one = res.body.paths['/api/v1/procedures/{code}'];
    expect(list.get.responses['200']).toBeDefined();
    expect(list.post.responses).toEqual(
      expect.objectContaining({ '201': expect.anything(), '401': expect.anything() }),
    );
    expect(list.post.responses['403']).toBeDefined();
    expect(list.post.responses['409']).toBeDefined();
    expect(one.get.responses['404']).toBeDefined();
    expect(one.patch.security).toBeDefined();
  });
});
