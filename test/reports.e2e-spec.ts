import { randomInt } from 'node:crypto';
import { passwordHasher } from '@motcua/auth';
import { refreshReportRollup, ROLLUP_LOCK_KEY } from '@motcua/database';
import { addCalendarDays, vietnamDate } from '@motcua/domain';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { DEMO, DEMO_PASSWORD, login, randomNationalId, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import { binary } from './support/http';
import { pinRollup } from './support/rollup';

const digits = (n: number) => String(randomInt(0, 10 ** n)).padStart(n, '0');
const FROM = '2026-03-01';
const TO = '2026-03-31';
const PERIOD = `from=${FROM}&to=${TO}`;

interface Fixture {
  procedure: string;
  channel: 'ONLINE' | 'COUNTER' | 'POSTAL';
  status: string;
  /** Default: receivedAt, else now. */
  createdAt?: string;
  receivedAt?: string;
  appointmentDate?: string;
  extended?: boolean;
  deliveryMethod?: 'COUNTER' | 'POSTAL';
  delivery?: { status: string; updatedAt: string };
  /** [action, toStatus, at] */
  history?: [string, string, string][];
}

/**
 * Period 2026-03-01..2026-03-31 (Vietnamese days; no holiday in March 2026, Tết 16–20/02).
 * Expected: received 9 (online 4, counter 4, postal 1); resolved 6 (early 2, on time 2,
 * late 2); in progress 2 (overdue 1); postal dispatched 2, delivered 1, returned to sender 1;
 * working days reception → result 5, 7, 10, 7, 6, 5 (average 6.67, median 6.5); online
 * dossiers begun 5, of them 1 still a draft.
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
  // extended, so late although before its (new) date; 10 working days; the post brought the
  // result back (return-to-sender → RESULT_READY again: not a second resolution)
  extendedReturnedToSender: {
    procedure: 'p1',
    channel: 'ONLINE',
    status: 'RESULT_READY',
    receivedAt: '2026-03-04 09:00+07',
    appointmentDate: '2026-03-20',
    extended: true,
    deliveryMethod: 'POSTAL',
    delivery: { status: 'RETURNED_TO_SENDER', updatedAt: '2026-03-22T10:00:00+07:00' },
    history: [
      ['extend', 'PROCESSING', '2026-03-10 09:00+07'],
      ['approve', 'RESULT_READY', '2026-03-18 09:00+07'],
      ['dispatch', 'DELIVERING', '2026-03-19 09:00+07'],
      ['return-to-sender', 'RESULT_READY', '2026-03-22 10:00+07'],
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
      ['deliver', 'RETURNED', '2026-03-19 10:00+07'],
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
  // begun online in the period and never submitted
  abandonedDraft: {
    procedure: 'p1',
    channel: 'ONLINE',
    status: 'DRAFT',
    createdAt: '2026-03-10 20:00+07',
  },
  // received before the period, resolved on its first (Vietnamese) day: early; 5 working days
  // (Tết 16–20/02 and weekends skipped)
  resolvedOnly: {
    procedure: 'p2',
    channel: 'COUNTER',
    status: 'RESULT_READY',
    receivedAt: '2026-02-13 09:00+07',
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
  processingTime: { dossiers: 6, averageWorkingDays: 6.67, medianWorkingDays: 6.5 },
  onlineFunnel: { started: 5, submitted: 4, abandoned: 1, abandonedRate: 0.2 },
};

/** A timeseries point; figures not given are zero. */
function point(
  from: string,
  to: string,
  f: {
    received?: [number, number, number];
    resolved?: [number, number, number];
    inProgress?: [number, number];
    postal?: [number, number, number];
    processing?: [number, number, number];
    funnel?: [number, number];
  } = {},
) {
  const [online, counter, postal] = f.received ?? [0, 0, 0];
  const [early, onTime, late] = f.resolved ?? [0, 0, 0];
  const [started, abandoned] = f.funnel ?? [0, 0];
  const rate = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000);
  const [dossiers, average, median] = f.processing ?? [0, null, null];
  return {
    from,
    to,
    received: {
      total: online + counter + postal,
      online,
      counter,
      postal,
      onlineRate: rate(online, online + counter + postal),
    },
    resolved: {
      total: early + onTime + late,
      early,
      onTime,
      late,
      onTimeRate: rate(early + onTime, early + onTime + late),
    },
    inProgress: { total: f.inProgress?.[0] ?? 0, overdue: f.inProgress?.[1] ?? 0 },
    postal: {
      dispatched: f.postal?.[0] ?? 0,
      delivered: f.postal?.[1] ?? 0,
      failed: f.postal?.[2] ?? 0,
    },
    processingTime: { dossiers, averageWorkingDays: average, medianWorkingDays: median },
    onlineFunnel: {
      started,
      submitted: started - abandoned,
      abandoned,
      abandonedRate: rate(abandoned, started),
    },
  };
}

/** March by ISO week: 1 March is a Sunday, 30–31 March the start of a week. */
const EXPECTED_WEEKS = [
  point('2026-03-01', '2026-03-01', { resolved: [1, 0, 0], processing: [1, 5, 5] }),
  point('2026-03-02', '2026-03-08', { received: [3, 3, 0], funnel: [3, 0] }),
  point('2026-03-09', '2026-03-15', {
    resolved: [1, 1, 0],
    processing: [2, 6, 6],
    funnel: [1, 1],
  }),
  point('2026-03-16', '2026-03-22', {
    received: [0, 1, 0],
    resolved: [0, 1, 2],
    inProgress: [1, 1],
    postal: [2, 1, 1],
    processing: [3, 7.67, 7],
  }),
  point('2026-03-23', '2026-03-29', { received: [0, 0, 1], inProgress: [1, 0] }),
  point('2026-03-30', '2026-03-31', { received: [1, 0, 0], funnel: [1, 0] }),
];

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

/** Vietnamese today and the relative days of the second agency's fixtures. */
const TODAY = vietnamDate(new Date());
const daysAgo = (n: number) => addCalendarDays(TODAY, -n);
const at10 = (n: number) => `${daysAgo(n)} 10:00+07`;

/**
 * A second agency with dossiers of the last days and of today, so a report spans days the
 * rollup holds and today, counted live. Period TODAY-7..TODAY. Expected: received 10 (online 4,
 * counter 5, postal 1); resolved 5 (early 4, on time 1), all the day received (0 working
 * days); in progress 5 (overdue 3); online begun 5, 1 still a draft. Public: q1 (5 received)
 * has its row, q2 + q3 (3 + 2) are folded together.
 */
function recentFixtures(now: string): Fixture[] {
  const fixtures: Fixture[] = [];
  for (let i = 0; i < 4; i++) {
    fixtures.push({
      procedure: 'q1',
      channel: 'COUNTER',
      status: 'RETURNED',
      receivedAt: at10(3),
      appointmentDate: daysAgo(-10),
      history: [['approve', 'RESULT_READY', `${daysAgo(3)} 11:00+07`]],
    });
  }
  fixtures.push({
    procedure: 'q1',
    channel: 'ONLINE',
    status: 'RESULT_READY',
    receivedAt: now,
    appointmentDate: TODAY,
    history: [['approve', 'RESULT_READY', now]],
  });
  for (let i = 0; i < 3; i++) {
    fixtures.push({
      procedure: 'q2',
      channel: 'ONLINE',
      status: 'PROCESSING',
      createdAt: `${daysAgo(1)} 09:00+07`,
      receivedAt: at10(1),
      appointmentDate: daysAgo(1),
    });
  }
  fixtures.push(
    {
      procedure: 'q3',
      channel: 'COUNTER',
      status: 'RECEIVED',
      receivedAt: at10(2),
      appointmentDate: '2099-12-31',
    },
    { procedure: 'q3', channel: 'ONLINE', status: 'DRAFT', createdAt: now },
    {
      procedure: 'q3',
      channel: 'POSTAL',
      status: 'RECEIVED',
      receivedAt: now,
      appointmentDate: '2099-12-31',
    },
  );
  return fixtures;
}

const RECENT_PERIOD = `from=${daysAgo(7)}&to=${TODAY}`;
const EXPECTED_RECENT = {
  received: { total: 10, online: 4, counter: 5, postal: 1, onlineRate: 0.4 },
  resolved: { total: 5, early: 4, onTime: 1, late: 0, onTimeRate: 1 },
  inProgress: { total: 5, overdue: 3 },
  postal: { dispatched: 0, delivered: 0, failed: 0 },
  processingTime: { dossiers: 5, averageWorkingDays: 0, medianWorkingDays: 0 },
  onlineFunnel: { started: 5, submitted: 4, abandoned: 1, abandonedRate: 0.2 },
};
const EXPECTED_RECENT_DAYS = [7, 6, 5, 4, 3, 2, 1, 0].map((n) => {
  const day = daysAgo(n);
  switch (n) {
    case 3:
      return point(day, day, {
        received: [0, 4, 0],
        resolved: [4, 0, 0],
        processing: [4, 0, 0],
      });
    case 2:
      return point(day, day, { received: [0, 1, 0], inProgress: [1, 0] });
    case 1:
      return point(day, day, { received: [3, 0, 0], inProgress: [3, 3], funnel: [3, 0] });
    case 0:
      return point(day, day, {
        received: [1, 0, 1],
        resolved: [0, 1, 0],
        inProgress: [1, 0],
        processing: [1, 0, 0],
        funnel: [2, 1],
      });
    default:
      return point(day, day);
  }
});

interface TestAgency {
  id: string;
  code: string;
  name: string;
  procedureCodes: Record<string, string>;
  leaderEmail: string;
}

describe('Reports (Decision 766)', () => {
  let api: TestApi;
  let db: DataSource;
  const randomAgencyCode = () => `${digits(3)}.${digits(2)}.${digits(2)}.R${digits(2)}`;
  const agencyCode = randomAgencyCode();
  const procedureCodes = { p1: `8.${agencyCode}.1`, p2: `8.${agencyCode}.2` };
  const p2Name = 'Cấp bản sao, trích lục "hộ tịch"';
  let recent: TestAgency;
  let leaderToken: string;
  let adminToken: string;

  async function createAgency(code: string, procedures: Record<string, string>) {
    const name = `UBND xã Thử Nghiệm ${code}`;
    const [agency] = (await db.query(
      'INSERT INTO agencies (code, name) VALUES ($1, $2) RETURNING id',
      [code, name],
    )) as { id: string }[];
    const procedureIds: Record<string, string> = {};
    const codes: Record<string, string> = {};
    for (const [key, procedureName] of Object.entries(procedures)) {
      codes[key] = `8.${code}.${Object.keys(codes).length + 1}`;
      const [row] = (await db.query(
        `INSERT INTO procedures (code, agency_id, name, processing_days, fee, online_level)
         VALUES ($1, $2, $3, 5, 0, 'FULL') RETURNING id`,
        [codes[key], agency.id, procedureName],
      )) as { id: string }[];
      procedureIds[key] = row.id;
    }
    const leaderEmail = `leader-${code}@example.vn`.toLowerCase();
    await db.query(
      `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
       VALUES ($1, 'Lãnh đạo Thử Nghiệm', $2, '{LEADER}', $3)`,
      [leaderEmail, await passwordHasher.hash(DEMO_PASSWORD), agency.id],
    );
    return { id: agency.id, code, name, procedureIds, procedureCodes: codes, leaderEmail };
  }

  async function insertDossiers(
    agency: { id: string; code: string; procedureIds: Record<string, string> },
    fixtures: Fixture[],
  ) {
    let n = 0;
    for (const fixture of fixtures) {
      n += 1;
      const [dossier] = (await db.query(
        `INSERT INTO dossiers (code, procedure_id, agency_id, applicant_national_id,
           applicant_full_name, channel, status, delivery_method, submitted_at, received_at,
           appointment_date, extension, delivery, created_at)
         VALUES ($1, $2, $3, $4, 'Nguyễn Văn Thử', $5, $6, $7, $8, $8, $9, $10, $11,
                 COALESCE($12::timestamptz, $8::timestamptz, now()))
         RETURNING id`,
        [
          fixture.status === 'DRAFT' ? null : `${agency.code}-260301-${String(n).padStart(4, '0')}`,
          agency.procedureIds[fixture.procedure],
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
          fixture.createdAt ?? null,
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
  }

  /** Rebuilds the rollup from the first day with data through yesterday (what the worker does). */
  const refreshRollup = () => refreshReportRollup(db, { today: TODAY, from: '2000-01-01' });

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    // Tết 2026 as the government set it (the table holds it while 2026 is this or next year)
    await db.query(
      `INSERT INTO holidays (date, name)
       SELECT d::date, 'Tết Nguyên đán' FROM generate_series(date '2026-02-16', date '2026-02-20', interval '1 day') d
       ON CONFLICT (date) DO NOTHING`,
    );
    const march = await createAgency(agencyCode, { p1: 'Đăng ký khai sinh', p2: p2Name });
    await insertDossiers(march, Object.values(FIXTURES));
    const recentAgency = await createAgency(randomAgencyCode(), {
      q1: 'Chứng thực bản sao từ bản chính',
      q2: 'Đăng ký kết hôn',
      q3: 'Đăng ký khai tử',
    });
    await insertDossiers(recentAgency, recentFixtures(new Date().toISOString()));
    recent = recentAgency;
    await refreshRollup();
    leaderToken = await login(api.http, march.leaderEmail);
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
            // 5, 7, 10, 7, 6
            averageWorkingDays: 7,
            medianWorkingDays: 7,
          },
          {
            procedureCode: procedureCodes.p2,
            procedureName: p2Name,
            received: 2,
            online: 0,
            resolved: 1,
            onTime: 1,
            averageWorkingDays: 5,
            medianWorkingDays: 5,
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
        processingTime: { dossiers: 0, averageWorkingDays: null, medianWorkingDays: null },
        onlineFunnel: { started: 0, submitted: 0, abandoned: 0, abandonedRate: 0 },
        byProcedure: [],
      });
    });

    it('adds the days the rollup holds to today counted live', async () => {
      const res = await summary(adminToken, `${RECENT_PERIOD}&agencyCode=${recent.code}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        period: { from: daysAgo(7), to: TODAY },
        ...EXPECTED_RECENT,
        byProcedure: [
          {
            procedureCode: recent.procedureCodes.q1,
            procedureName: 'Chứng thực bản sao từ bản chính',
            received: 5,
            online: 1,
            resolved: 5,
            onTime: 5,
            averageWorkingDays: 0,
            medianWorkingDays: 0,
          },
          {
            procedureCode: recent.procedureCodes.q2,
            procedureName: 'Đăng ký kết hôn',
            received: 3,
            online: 3,
            resolved: 0,
            onTime: 0,
            averageWorkingDays: null,
            medianWorkingDays: null,
          },
          {
            procedureCode: recent.procedureCodes.q3,
            procedureName: 'Đăng ký khai tử',
            received: 2,
            online: 0,
            resolved: 0,
            onTime: 0,
            averageWorkingDays: null,
            medianWorkingDays: null,
          },
        ],
      });
      const leader = await login(api.http, recent.leaderEmail);
      const own = await summary(leader, RECENT_PERIOD).expect(200);
      expect(own.body).toEqual(res.body);
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
      await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
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
      expect(value('Bưu chính chuyển hoàn')).toBe(1);
      expect(value('Thời gian giải quyết trung bình (ngày làm việc)')).toBe(6.67);
      expect(value('Thời gian giải quyết trung vị (ngày làm việc)')).toBe(6.5);
      expect(value('Hồ sơ trực tuyến bắt đầu khai')).toBe(5);
      expect(value('Hồ sơ trực tuyến bỏ dở')).toBe(1);
      expect(value('Tỷ lệ bỏ dở')).toBe(0.2);
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
        7,
        7,
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
      expect(value('Bưu chính chuyển hoàn')).toBe('1');
      expect(value('Số hồ sơ tính thời gian giải quyết')).toBe('6');
      expect(value('Thời gian giải quyết trung bình (ngày làm việc)')).toBe('6.67');
      expect(value('Thời gian giải quyết trung vị (ngày làm việc)')).toBe('6.5');
      expect(value('Hồ sơ trực tuyến bắt đầu khai')).toBe('5');
      expect(value('Hồ sơ trực tuyến đã nộp')).toBe('4');
      expect(value('Hồ sơ trực tuyến bỏ dở')).toBe('1');
      expect(value('Tỷ lệ bỏ dở')).toBe('0.2');
      expect(rows.filter((r) => r.length === 2).length).toBe(1 + 24);
      const header = rows.findIndex((r) => r[0] === 'Mã thủ tục');
      expect(rows[header - 1]).toEqual(['']);
      expect(rows.slice(header + 1)).toEqual([
        [procedureCodes.p1, 'Đăng ký khai sinh', '7', '4', '5', '3', '7', '7'],
        [procedureCodes.p2, p2Name, '2', '0', '1', '1', '5', '5'],
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
    expect(summaryDoc.description).toContain('median');
    expect(summaryDoc.description).toContain('still drafts now');
    const seriesDoc = res.body.paths['/api/v1/reports/timeseries'].get;
    expect(seriesDoc.responses['200']).toBeDefined();
    expect(seriesDoc.responses['400']).toBeDefined();
    expect(seriesDoc.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['from', 'to', 'interval', 'agencyCode']),
    );
    const statsDoc = res.body.paths['/api/v1/public/stats'].get;
    expect(statsDoc.responses['200']).toBeDefined();
    expect(statsDoc.description).toContain('fewer than 5');
    expect(statsDoc.description).toContain('minus the received of its listed procedures');
    expect(statsDoc.description).toContain('can still be differenced');
  });

  const timeseries = (token: string | null, query: string) => {
    const req = api.http.get(`/api/v1/reports/timeseries?${query}`);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  describe('GET /reports/timeseries', () => {
    it('gives the figures per ISO week, the first and last weeks cut to the period', async () => {
      const res = await timeseries(leaderToken, `${PERIOD}&interval=week`).expect(200);
      expect(res.body).toEqual({
        period: { from: FROM, to: TO },
        interval: 'week',
        items: EXPECTED_WEEKS,
      });
    });

    it('gives one month with the same figures as the summary', async () => {
      const res = await timeseries(leaderToken, `${PERIOD}&interval=month`).expect(200);
      const { period, ...figures } = EXPECTED_SUMMARY;
      expect(res.body.items).toEqual([{ from: period.from, to: period.to, ...figures }]);
    });

    it('gives every day, the closed ones from the rollup and today live', async () => {
      const res = await timeseries(
        adminToken,
        `${RECENT_PERIOD}&interval=day&agencyCode=${recent.code}`,
      ).expect(200);
      expect(res.body).toEqual({
        period: { from: daysAgo(7), to: TODAY },
        interval: 'day',
        items: EXPECTED_RECENT_DAYS,
      });
      // days by default
      const leader = await login(api.http, recent.leaderEmail);
      const own = await timeseries(leader, RECENT_PERIOD).expect(200);
      expect(own.body).toEqual(res.body);
    });

    it('keeps leaders to their agency and refuses citizens', async () => {
      await timeseries(leaderToken, `${PERIOD}&agencyCode=${recent.code}`).expect(403);
      const citizen = await registerCitizen(api.http);
      await timeseries(citizen.accessToken, PERIOD).expect(403);
      await timeseries(null, PERIOD).expect(401);
    });

    it.each([
      ['from=2026-03-01&to=2026-03-31&interval=year', 'interval'],
      ['from=2026-03-01&to=2026-03-31&interval=', 'interval'],
      ['from=2025-01-01&to=2026-01-03&interval=month', 'to'],
      ['from=2026-03-31&to=2026-03-01&interval=day', 'to'],
      ['from=2026-02-30&interval=day', 'from'],
      ['from=2026-03-01&to=2026-03-31&agencyCode=x', 'agencyCode'],
    ])('answers 400 problem+json in Vietnamese for %s', async (query, field) => {
      const res = await timeseries(leaderToken, query).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const error = (res.body.errors as { field: string; message: string }[]).find(
        (e) => e.field === field,
      );
      expect(error?.message).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i);
    });

    it('gives 367 days at most, one per day of a 366-day period', async () => {
      const res = await timeseries(leaderToken, 'from=2024-01-01&to=2025-01-01').expect(200);
      expect(res.body.items).toHaveLength(367);
      expect(res.body.items[366].from).toBe('2025-01-01');
    });
  });

  describe('rollup and live counting', () => {
    /**
     * Pins the rollup state under the refresh lock (a worker of another suite waits), asks
     * with nothing rolled up (all live), rebuilds, and asks again (closed days from the
     * rollup): the same exact figures both ways.
     */
    it('give the same exact figures', async () => {
      const pinned = await pinRollup(db);
      const ask = async () => ({
        summary: (await summary(leaderToken, PERIOD).expect(200)).body,
        weeks: (await timeseries(leaderToken, `${PERIOD}&interval=week`).expect(200)).body.items,
        recent: (
          await summary(adminToken, `${RECENT_PERIOD}&agencyCode=${recent.code}`).expect(200)
        ).body,
        days: (
          await timeseries(
            adminToken,
            `${RECENT_PERIOD}&interval=day&agencyCode=${recent.code}`,
          ).expect(200)
        ).body.items,
      });
      try {
        await pinned.runner.query('UPDATE report_rollup_state SET closed_through = NULL');
        const live = await ask();
        expect(live.summary).toEqual(expect.objectContaining(EXPECTED_SUMMARY));
        expect(live.weeks).toEqual(EXPECTED_WEEKS);
        expect(live.recent).toEqual(expect.objectContaining(EXPECTED_RECENT));
        expect(live.days).toEqual(EXPECTED_RECENT_DAYS);

        const refresh = await refreshReportRollup(pinned.runner.manager, { today: TODAY });
        expect(refresh.through).toBe(daysAgo(1));
        const [rolled] = (await pinned.runner.query(
          `SELECT sum(received_online + received_counter + received_postal)::int AS received,
                  sum(resolved_early + resolved_on_time + resolved_late)::int AS resolved,
                  sum(online_started)::int AS started,
                  (SELECT sum(working_days * dossiers)::int FROM report_daily_processing p
                    WHERE p.agency_id = $1 AND p.day BETWEEN '2026-03-01' AND '2026-03-31') AS days
             FROM report_daily WHERE agency_id = $1 AND day BETWEEN '2026-03-01' AND '2026-03-31'`,
          [(await db.query('SELECT id FROM agencies WHERE code = $1', [agencyCode]))[0].id],
        )) as { received: number; resolved: number; started: number; days: number }[];
        // what the rollup holds for March is what the report says
        expect(rolled).toEqual({ received: 9, resolved: 6, started: 5, days: 40 });
        await pinned.runner.query(`SELECT pg_advisory_unlock(${ROLLUP_LOCK_KEY})`);

        const fromRollup = await ask();
        expect(fromRollup).toEqual(live);
      } finally {
        await pinned.release();
      }
    });

    /**
     * A holiday on a rolled-up day (11 March, inserted under the refresh lock so no worker of
     * another suite refreshes meanwhile): the working days are rebuilt, the rollup reopens from
     * the day before, an outbox event asks the worker to refresh, and after the refresh the
     * figures (processing times now one day shorter across 11 March) are the all-live ones.
     */
    it('rebuilds working days and reopens the rolled-up days when a holiday changes', async () => {
      const pinned = await pinRollup(db);
      const closed = pinned.closedThrough;
      const ordinal = async (date: string) =>
        (
          (await db.query('SELECT ordinal FROM working_day_ordinals WHERE date = $1', [date])) as {
            ordinal: number;
          }[]
        )[0].ordinal;
      // after Tuesday 10/03/2026 up to Thursday 12/03/2026
      const span = async () => (await ordinal('2026-03-12')) - (await ordinal('2026-03-10'));
      const ask = async () => ({
        summary: (await summary(leaderToken, PERIOD).expect(200)).body,
        weeks: (await timeseries(leaderToken, `${PERIOD}&interval=week`).expect(200)).body.items,
      });
      try {
        await refreshReportRollup(pinned.runner.manager, { today: TODAY, from: '2026-03-01' });
        expect(await closed()).toBe(daysAgo(1));
        expect(await span()).toBe(2);

        await pinned.runner.query(
          `INSERT INTO holidays (date, name) VALUES ('2026-03-11', 'Nghỉ bù thử nghiệm')`,
        );
        expect(await span()).toBe(1);
        expect(await closed()).toBe('2026-03-10');
        const events = (await pinned.runner.query(
          `SELECT payload FROM outbox WHERE type = 'report.rollup-reopened'
             AND payload->>'from' = '2026-03-11'`,
        )) as { payload: unknown }[];
        expect(events.length).toBeGreaterThanOrEqual(1);

        const refresh = await refreshReportRollup(pinned.runner.manager, { today: TODAY });
        expect(refresh.from).toBe('2026-03-11');
        expect(await closed()).toBe(daysAgo(1));
        const fromRollup = await ask();
        await pinned.runner.query('UPDATE report_rollup_state SET closed_through = NULL');
        const live = await ask();
        expect(fromRollup).toEqual(live);
        // 5, 6, 9, 6, 5, 5 working days now (four of them crossed 11 March)
        expect(live.summary.processingTime).toEqual({
          dossiers: 6,
          averageWorkingDays: 6,
          medianWorkingDays: 5.5,
        });
        expect(live.summary.received).toEqual(EXPECTED_SUMMARY.received);
      } finally {
        await pinned.runner.query(`DELETE FROM holidays WHERE date = '2026-03-11'`);
        await refreshReportRollup(pinned.runner.manager, { today: TODAY, from: '2026-03-01' });
        await pinned.release();
      }
      expect(await span()).toBe(2);
      expect((await ask()).summary).toEqual(expect.objectContaining(EXPECTED_SUMMARY));
    });
  });

  describe('GET /public/stats', () => {
    const stats = async (query: string) => {
      const res = await api.http.get(`/api/v1/public/stats?${query}`).expect(200);
      return res.body as { items: { agencyCode: string }[] };
    };

    it('gives every agency its figures without a token; a procedure with fewer than 5 dossiers has no row', async () => {
      const body = await stats(PERIOD);
      expect(body.items).toContainEqual({
        agencyCode,
        agencyName: `UBND xã Thử Nghiệm ${agencyCode}`,
        received: 9,
        onlineRate: 0.4444,
        onTimeRate: 0.6667,
        postal: { dispatched: 2, delivered: 1, failed: 1 },
        // p1: 7 received, p2: 2. Listing p1 alone would give p2 away as 9 − 7 (2, none online),
        // so p1 is folded in with it: 9 received (4 online), 6 resolved (4 in time)
        byProcedure: [],
        otherProcedures: { received: 9, onlineRate: 0.4444, onTimeRate: 0.6667 },
      });
      for (const item of body.items) {
        expect(Object.keys(item).sort()).toEqual(
          [
            'agencyCode',
            'agencyName',
            'byProcedure',
            'onTimeRate',
            'onlineRate',
            'otherProcedures',
            'postal',
            'received',
          ].sort(),
        );
      }
      // the postal returns are the leaders' summary figures, from the same statements
      const report = await summary(leaderToken, PERIOD).expect(200);
      const ours = body.items.find((item) => item.agencyCode === agencyCode) as unknown as {
        postal: unknown;
      };
      expect(ours.postal).toEqual(report.body.postal);
    });

    it.each([
      ['March', PERIOD],
      ['the last week', RECENT_PERIOD],
      ['this year so far', `from=${TODAY.slice(0, 4)}-01-01&to=${TODAY}`],
    ])('leaves no 1 to 4 dossiers to subtract out of an agency (%s)', async (_, query) => {
      const body = (await stats(query)) as unknown as {
        items: {
          agencyCode: string;
          received: number;
          byProcedure: { received: number }[];
          otherProcedures: { received: number } | null;
        }[];
      };
      const ours = [agencyCode, recent.code];
      expect(body.items.filter((item) => ours.includes(item.agencyCode))).toHaveLength(2);
      for (const item of body.items) {
        const shown =
          item.byProcedure.reduce((n, p) => n + p.received, 0) +
          (item.otherProcedures?.received ?? 0);
        const hidden = item.received - shown;
        // 0, or the whole total of an agency too small to show anything below it
        if (hidden !== 0) {
          expect({ agency: item.agencyCode, hidden, shown }).toEqual({
            agency: item.agencyCode,
            hidden: item.received,
            shown: 0,
          });
          expect(hidden).toBeLessThan(5);
        }
        for (const p of item.byProcedure) expect(p.received).toBeGreaterThanOrEqual(5);
        if (item.otherProcedures) expect(item.otherProcedures.received).toBeGreaterThanOrEqual(5);
      }
    });

    it('folds the small procedures together, and hides a rate made of fewer than 5', async () => {
      const body = await stats(RECENT_PERIOD);
      expect(body.items.find((item) => item.agencyCode === recent.code)).toEqual({
        agencyCode: recent.code,
        agencyName: recent.name,
        received: 10,
        onlineRate: 0.4,
        onTimeRate: 1,
        postal: { dispatched: 0, delivered: 0, failed: 0 },
        byProcedure: [
          {
            procedureCode: recent.procedureCodes.q1,
            procedureName: 'Chứng thực bản sao từ bản chính',
            received: 5,
            onlineRate: 0.2,
            onTimeRate: 1,
          },
        ],
        // q2 (3) and q3 (2) together; none of them resolved
        otherProcedures: { received: 5, onlineRate: 0.6, onTimeRate: null },
      });
    });

    it('keeps the answer for a minute', async () => {
      const query = `from=${TODAY}&to=${TODAY}`;
      const mine = (body: { items: { agencyCode: string }[] }) =>
        body.items.find((item) => item.agencyCode === agencyCode);
      const before = await stats(query);
      expect(mine(before)).toEqual(expect.objectContaining({ received: 0, onlineRate: 0 }));
      await db.query(
        `INSERT INTO dossiers (code, procedure_id, agency_id, applicant_national_id,
           applicant_full_name, channel, status, delivery_method, received_at, appointment_date)
         SELECT NULL, p.id, p.agency_id, $2, 'Nguyễn Văn Muộn', 'COUNTER', 'RECEIVED', 'COUNTER',
                now(), '2099-12-31'
           FROM procedures p WHERE p.code = $1`,
        [procedureCodes.p1, randomNationalId()],
      );
      const after = await stats(query);
      expect(after).toEqual(before);
      // the leader's report is not cached
      const live = await summary(leaderToken, query).expect(200);
      expect(live.body.received).toEqual({
        total: 1,
        online: 0,
        counter: 1,
        postal: 0,
        onlineRate: 0,
      });
    });

    it('answers 400 for bad dates', async () => {
      const res = await api.http.get('/api/v1/public/stats?from=2026-13-01').expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
    });
  });
});
