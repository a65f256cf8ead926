import { randomInt } from 'node:crypto';
import { passwordHasher } from '@motcua/auth';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { DEMO, DEMO_PASSWORD, login, randomNationalId, registerCitizen } from './support/actors';
import { startApi, TestApi } from './support/api';
import { binary } from './support/http';

const digits = (n: number) => String(randomInt(0, 10 ** n)).padStart(n, '0');
const FROM = '2026-03-01';
const TO = '2026-03-31';
const PERIOD = `from=${FROM}&to=${TO}`;

interface Fixture {
  procedure: 'p1' | 'p2';
  channel: 'ONLINE' | 'COUNTER' | 'POSTAL';
  status: string;
  receivedAt?: string;
  appointmentDate?: string;
  extended?: boolean;
  deliveryMethod?: 'COUNTER' | 'POSTAL';
  delivery?: { status: string; updatedAt: string };
  /** [action, toStatus, at] */
  history?: [string, string, string][];
}

/**
 * Period 2026-03-01..2026-03-31 (Vietnamese days). Expected:
 * received 9 (online 4, counter 4, postal 1); resolved 6 (early 2, on time 2, late 2);
 * in progress 2 (overdue 1); postal dispatched 2, delivered 1, failed 1.
 */
const FIXTURES: Record<string, Fixture> = {
  onlineEarly: {
    procedure: 'p1',
    channel: 'ONLINE',
    status: 'RESULT_READY',
    receivedAt: '2026-03-02 09:00+07',
    appointmentDate: '2026-03-10',
    history: [['approve', 'RESULT_READY', '2026-03-09 10:00+07']],
  },
  counterOnTime: {
    procedure: 'p1',
    channel: 'COUNTER',
    status: 'RETURNED',
    receivedAt: '2026-03-03 09:00+07',
    appointmentDate: '2026-03-12',
    // 16:30 UTC: still 12 March in Vietnam
    history: [
      ['approve', 'RESULT_READY', '2026-03-12 23:30+07'],
      ['return', 'RETURNED', '2026-03-13 08:00+07'],
    ],
  },
  extendedByPostFailed: {
    procedure: 'p1',
    channel: 'ONLINE',
    status: 'DELIVERING',
    receivedAt: '2026-03-04 09:00+07',
    appointmentDate: '2026-03-20',
    extended: true,
    deliveryMethod: 'POSTAL',
    delivery: { status: 'RETURNED_TO_SENDER', updatedAt: '2026-03-22T10:00:00+07:00' },
    history: [
      ['extend', 'PROCESSING', '2026-03-10 09:00+07'],
      ['approve', 'RESULT_READY', '2026-03-18 09:00+07'],
      ['dispatch', 'DELIVERING', '2026-03-19 09:00+07'],
    ],
  },
  counterLate: {
    procedure: 'p1',
    channel: 'COUNTER',
    status: 'RETURNED',
    receivedAt: '2026-03-05 09:00+07',
    appointmentDate: '2026-03-13',
    history: [['approve', 'RESULT_READY', '2026-03-16 09:00+07']],
  },
  deliveredByPost: {
    procedure: 'p1',
    channel: 'ONLINE',
    status: 'RETURNED',
    receivedAt: '2026-03-06 09:00+07',
    appointmentDate: '2026-03-16',
    deliveryMethod: 'POSTAL',
    delivery: { status: 'DELIVERED', updatedAt: '2026-03-19T10:00:00+07:00' },
    history: [
      ['approve', 'RESULT_READY', '2026-03-16 09:00+07'],
      ['dispatch', 'DELIVERING', '2026-03-17 10:00+07'],
      ['delivered', 'RETURNED', '2026-03-19 10:00+07'],
    ],
  },
  inProgressOverdue: {
    procedure: 'p1',
    channel: 'COUNTER',
    status: 'PROCESSING',
    receivedAt: '2026-03-20 09:00+07',
    appointmentDate: '2026-03-27',
  },
  postalChannel: {
    procedure: 'p2',
    channel: 'POSTAL',
    status: 'RECEIVED',
    receivedAt: '2026-03-25 09:00+07',
    appointmentDate: '2099-12-31',
  },
  draft: { procedure: 'p1', channel: 'ONLINE', status: 'DRAFT' },
  // received before the period, resolved on its first (Vietnamese) day: early
  resolvedOnly: {
    procedure: 'p2',
    channel: 'COUNTER',
    status: 'RESULT_READY',
    receivedAt: '2026-02-25 09:00+07',
    appointmentDate: '2026-03-03',
    history: [['approve', 'RESULT_READY', '2026-03-01 00:30+07']],
  },
  // received on the last (Vietnamese) day, resolved after the period
  receivedLastDay: {
    procedure: 'p1',
    channel: 'ONLINE',
    status: 'RESULT_READY',
    receivedAt: '2026-03-31 23:59+07',
    appointmentDate: '2026-04-10',
    history: [['approve', 'RESULT_READY', '2026-04-02 09:00+07']],
  },
  // 31 March 17:10 UTC, but 1 April in Vietnam: outside
  receivedAfter: {
    procedure: 'p1',
    channel: 'ONLINE',
    status: 'RECEIVED',
    receivedAt: '2026-04-01 00:10+07',
    appointmentDate: '2099-12-31',
  },
  rejected: {
    procedure: 'p2',
    channel: 'COUNTER',
    status: 'REJECTED',
    receivedAt: '2026-03-07 09:00+07',
    appointmentDate: '2026-03-17',
    history: [['reject', 'REJECTED', '2026-03-08 09:00+07']],
  },
};

const EXPECTED_SUMMARY = {
  period: { from: FROM, to: TO },
  received: { total: 9, online: 4, counter: 4, postal: 1, onlineRate: 0.4444 },
  resolved: { total: 6, early: 2, onTime: 2, late: 2, onTimeRate: 0.6667 },
  inProgress: { total: 2, overdue: 1 },
  postal: { dispatched: 2, delivered: 1, failed: 1 },
};

/** Splits CSV text (RFC 4180, CRLF line ends) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endField();
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('Reports (Decision 766)', () => {
  let api: TestApi;
  let db: DataSource;
  const agencyCode = `${digits(3)}.${digits(2)}.${digits(2)}.R${digits(2)}`;
  const procedureCodes = { p1: `8.${agencyCode}.1`, p2: `8.${agencyCode}.2` };
  const p2Name = 'Cấp bản sao, trích lục "hộ tịch"';
  let leaderToken: string;
  let adminToken: string;

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    const [agency] = (await db.query(
      'INSERT INTO agencies (code, name) VALUES ($1, $2) RETURNING id',
      [agencyCode, `UBND xã Thử Nghiệm ${agencyCode}`],
    )) as { id: string }[];
    const procedureIds: Record<string, string> = {};
    for (const [key, name] of [
      ['p1', 'Đăng ký khai sinh'],
      ['p2', p2Name],
    ] as const) {
      const [row] = (await db.query(
        `INSERT INTO procedures (code, agency_id, name, processing_days, fee, online_level)
         VALUES ($1, $2, $3, 5, 0, 'FULL') RETURNING id`,
        [procedureCodes[key], agency.id, name],
      )) as { id: string }[];
      procedureIds[key] = row.id;
    }
    const leaderEmail = `leader-${agencyCode}@example.vn`.toLowerCase();
    await db.query(
      `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
       VALUES ($1, 'Lãnh đạo Thử Nghiệm', $2, '{LEADER}', $3)`,
      [leaderEmail, await passwordHasher.hash(DEMO_PASSWORD), agency.id],
    );
    let n = 0;
    for (const fixture of Object.values(FIXTURES)) {
      n += 1;
      const [dossier] = (await db.query(
        `INSERT INTO dossiers (code, procedure_id, agency_id, applicant_national_id,
           applicant_full_name, channel, status, delivery_method, submitted_at, received_at,
           appointment_date, extension, delivery)
         VALUES ($1, $2, $3, $4, 'Nguyễn Văn Thử', $5, $6, $7, $8, $8, $9, $10, $11)
         RETURNING id`,
        [
          fixture.status === 'DRAFT' ? null : `${agencyCode}-260301-${String(n).padStart(4, '0')}`,
          procedureIds[fixture.procedure],
          agency.id,
          randomNationalId(),
          fixture.channel,
          fixture.status,
          fixture.deliveryMethod ?? 'COUNTER',
          fixture.receivedAt ?? null,
          fixture.appointmentDate ?? null,
          fixture.extended
            ? { reason: 'Cần xác minh thêm', newAppointmentDate: '2026-03-20' }
            : null,
          fixture.delivery
            ? { method: 'POSTAL', trackingNumber: `EV${n}VN`, ...fixture.delivery }
            : null,
        ],
      )) as { id: string }[];
      for (const [action, toStatus, at] of fixture.history ?? []) {
        await db.query(
          `INSERT INTO dossier_history (dossier_id, action, to_status, actor_role, actor_name, at)
           VALUES ($1, $2, $3, 'SYSTEM', 'Kiểm thử', $4)`,
          [dossier.id, action, toStatus, at],
        );
      }
    }
    leaderToken = await login(api.http, leaderEmail);
    adminToken = await login(api.http, DEMO.admin);
  });

  afterAll(() => api?.close());

  const summary = (token: string | null, query: string) => {
    const req = api.http.get(`/api/v1/reports/summary?${query}`);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  describe('GET /reports/summary', () => {
    it('gives a leader the exact figures of their agency', async () => {
      const res = await summary(leaderToken, PERIOD).expect(200);
      expect(res.body).toEqual({
        ...EXPECTED_SUMMARY,
        byProcedure: [
          {
            procedureCode: procedureCodes.p1,
            procedureName: 'Đăng ký khai sinh',
            received: 7,
            online: 4,
            resolved: 5,
            onTime: 3,
          },
          {
            procedureCode: procedureCodes.p2,
            procedureName: p2Name,
            received: 2,
            online: 0,
            resolved: 1,
            onTime: 1,
          },
        ],
      });
      const own = await summary(leaderToken, `${PERIOD}&agencyCode=${agencyCode}`).expect(200);
      expect(own.body).toEqual(res.body);
    });

    it('counts zeros (and zero rates) for a period without dossiers', async () => {
      const res = await summary(leaderToken, 'from=2025-01-01&to=2025-01-31').expect(200);
      expect(res.body).toEqual({
        period: { from: '2025-01-01', to: '2025-01-31' },
        received: { total: 0, online: 0, counter: 0, postal: 0, onlineRate: 0 },
        resolved: { total: 0, early: 0, onTime: 0, late: 0, onTimeRate: 0 },
        inProgress: { total: 0, overdue: 0 },
        postal: { dispatched: 0, delivered: 0, failed: 0 },
        byProcedure: [],
      });
    });

    it('defaults to the current month so far', async () => {
      const res = await summary(leaderToken, '').expect(200);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
        new Date(),
      );
      expect(res.body.period).toEqual({ from: `${today.slice(0, 8)}01`, to: today });
    });

    it('gives an admin any agency with the same figures, or all agencies', async () => {
      const res = await summary(adminToken, `${PERIOD}&agencyCode=${agencyCode}`).expect(200);
      const mine = await summary(leaderToken, PERIOD).expect(200);
      expect(res.body).toEqual(mine.body);
      const all = await summary(adminToken, PERIOD).expect(200);
      expect(all.body.received.total).toBeGreaterThanOrEqual(9);
      expect(all.body.byProcedure).toEqual(
        expect.arrayContaining([expect.objectContaining({ procedureCode: procedureCodes.p1 })]),
      );
      await summary(adminToken, `${PERIOD}&agencyCode=999.99.99.Z99`).expect(400);
    });

    it("refuses another agency's leader, citizens and anonymous callers", async () => {
      const demoLeader = await login(api.http, DEMO.leader);
      const other = await summary(demoLeader, `${PERIOD}&agencyCode=${agencyCode}`).expect(403);
      expect(other.body.code).toBe('FORBIDDEN');
      const mine = await summary(leaderToken, `${PERIOD}&agencyCode=${DEMO.agencyCode}`);
      expect(mine.status).toBe(403);
      const citizen = await registerCitizen(api.http);
      await summary(citizen.accessToken, PERIOD).expect(403);
      await summary(null, PERIOD).expect(401);
    });

    it.each([
      ['from=2026-02-30&to=2026-03-31', 'from'],
      ['from=2026-03-01T00:00:00Z&to=2026-03-31', 'from'],
      ['from=01/03/2026', 'from'],
      ['from=2026-03-31&to=2026-03-01', 'to'],
      ['from=2025-01-01&to=2026-01-03', 'to'],
      ['from=2026-03-01&to=2026-03-31&agencyCode=abc', 'agencyCode'],
      ['from=2026-03-01&to=2026-03-31&format=pdf', 'format'],
    ])('answers 400 for %s', async (query, field) => {
      const res = await summary(leaderToken, query).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('accepts a period of exactly 366 days', async () => {
      await summary(leaderToken, 'from=2024-01-01&to=2025-01-01').expect(200);
    });

    it('downloads the same as an Excel workbook, one sheet per table', async () => {
      const res = await summary(leaderToken, `${PERIOD}&format=xlsx`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as Buffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo thủ tục']);
      const figures = workbook.getWorksheet('Tổng hợp')!;
      const value = (label: string) => {
        let found: unknown;
        figures.eachRow((row) => {
          if (row.getCell(1).value === label) found = row.getCell(2).value;
        });
        return found;
      };
      expect(figures.getRow(1).values).toEqual([undefined, 'Chỉ tiêu', 'Giá trị']);
      expect(value('Tổng số hồ sơ tiếp nhận')).toBe(9);
      expect(value('Tỷ lệ tiếp nhận trực tuyến')).toBe(0.4444);
      expect(value('Tỷ lệ giải quyết đúng hạn')).toBe(0.6667);
      expect(value('Bưu chính phát không thành công')).toBe(1);
      const procedures = workbook.getWorksheet('Theo thủ tục')!;
      expect(procedures.getRow(1).getCell(2).value).toBe('Tên thủ tục');
      expect(procedures.getRow(2).values).toEqual([
        undefined,
        procedureCodes.p1,
        'Đăng ký khai sinh',
        7,
        4,
        5,
        3,
      ]);
    });

    it('downloads the same as CSV (UTF-8 with BOM, Vietnamese headers, RFC 4180)', async () => {
      const res = await summary(leaderToken, `${PERIOD}&format=csv`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toContain('attachment');
      const bytes = res.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.toString('utf8').slice(1));
      expect(rows[0]).toEqual(['Chỉ tiêu', 'Giá trị']);
      const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
      expect(value('Tổng số hồ sơ tiếp nhận')).toBe('9');
      expect(value('Tiếp nhận trực tuyến')).toBe('4');
      expect(value('Tỷ lệ giải quyết đúng hạn')).toBe('0.6667');
      expect(value('Bưu chính phát thành công')).toBe('1');
      const header = rows.findIndex((r) => r[0] === 'Mã thủ tục');
      expect(rows[header - 1]).toEqual(['']);
      expect(rows.slice(header + 1)).toEqual([
        [procedureCodes.p1, 'Đăng ký khai sinh', '7', '4', '5', '3'],
        [procedureCodes.p2, p2Name, '2', '0', '1', '1'],
      ]);
    });
  });

  it('documents the routes and their definitions in the OpenAPI spec', async () => {
    const res = await api.http.get('/api/docs-json').expect(200);
    const summaryDoc = res.body.paths['/api/v1/reports/summary'].get;
    expect(summaryDoc.description).toContain('extended dossier counts as late');
    expect(summaryDoc.responses['200'].content).toEqual(
      expect.objectContaining({
        'application/json': expect.anything(),
        'text/csv': expect.anything(),
      }),
    );
    expect(summaryDoc.responses['403']).toBeDefined();
    expect(res.body.paths['/api/v1/public/stats'].get.responses['200']).toBeDefined();
  });

  describe('GET /public/stats', () => {
    it('gives every agency its figures without a token', async () => {
      const res = await api.http.get(`/api/v1/public/stats?${PERIOD}`).expect(200);
      expect(res.body.items).toContainEqual({
        agencyCode,
        agencyName: `UBND xã Thử Nghiệm ${agencyCode}`,
        received: 9,
        onlineRate: 0.4444,
        onTimeRate: 0.6667,
      });
      for (const item of res.body.items) {
        expect(Object.keys(item).sort()).toEqual(
          ['agencyCode', 'agencyName', 'onTimeRate', 'onlineRate', 'received'].sort(),
        );
      }
    });

    it('keeps the answer for a minute', async () => {
      // February: only the dossier received on 25 February (outside the period of the others)
      const query = 'from=2026-02-01&to=2026-02-28';
      const mine = (body: { items: { agencyCode: string }[] }) =>
        body.items.find((item) => item.agencyCode === agencyCode);
      const before = await api.http.get(`/api/v1/public/stats?${query}`).expect(200);
      expect(mine(before.body)).toEqual(expect.objectContaining({ received: 1, onlineRate: 0 }));
      await db.query(
        `INSERT INTO dossiers (code, procedure_id, agency_id, applicant_national_id,
           applicant_full_name, channel, status, delivery_method, received_at, appointment_date)
         SELECT NULL, p.id, p.agency_id, $2, 'Nguyễn Văn Muộn', 'ONLINE', 'RECEIVED', 'COUNTER',
                '2026-02-15 09:00+07', '2099-12-31'
           FROM procedures p WHERE p.code = $1`,
        [procedureCodes.p1, randomNationalId()],
      );
      const after = await api.http.get(`/api/v1/public/stats?${query}`).expect(200);
      expect(after.body).toEqual(before.body);
      // the leader's report is not cached
      const live = await summary(leaderToken, query).expect(200);
      expect(live.body.received).toEqual({
        total: 2,
        online: 1,
        counter: 1,
        postal: 0,
        onlineRate: 0.5,
      });
    });

    it('answers 400 for bad dates', async () => {
      const res = await api.http.get('/api/v1/public/stats?from=2026-13-01').expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
    });
  });
});
