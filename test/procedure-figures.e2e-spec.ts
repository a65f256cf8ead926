import { randomInt } from 'node:crypto';
import { PROCEDURE_SEARCH_TEXT, refreshReportRollup } from '@motcua/database';
import { addCalendarDays, vietnamDate } from '@motcua/domain';
import { DataSource } from 'typeorm';
import { randomNationalId } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';

const digits = (n: number) => String(randomInt(0, 10 ** n)).padStart(n, '0');
const TODAY = vietnamDate(new Date());

interface TestAgency {
  id: string;
  code: string;
  /** procedure key → { id, code } */
  procedures: Record<string, { id: string; code: string }>;
}

interface Resolved {
  /** Vietnamese day of reception. */
  received: string;
  /** Vietnamese day of the first result. */
  ready: string;
  /** Appointment date (default: the day of the result, i.e. on time). */
  appointment?: string;
}

describe('Procedures: search, most used and real processing time', () => {
  let api: TestApi;
  let db: DataSource;
  let dossierSeq = 0;

  async function createAgency(names: Record<string, string>): Promise<TestAgency> {
    const code = `${digits(3)}.${digits(2)}.${digits(2)}.S${digits(2)}`;
    const [agency] = (await db.query(
      'INSERT INTO agencies (code, name) VALUES ($1, $2) RETURNING id',
      [code, `UBND phường Tìm Kiếm ${code}`],
    )) as { id: string }[];
    const procedures: TestAgency['procedures'] = {};
    let n = 0;
    for (const [key, name] of Object.entries(names)) {
      n += 1;
      const procedureCode = `7.${code}.${n}`;
      const [row] = (await db.query(
        `INSERT INTO procedures (code, agency_id, name, processing_days, fee, online_level)
         VALUES ($1, $2, $3, 5, 0, 'FULL') RETURNING id`,
        [procedureCode, agency.id, name],
      )) as { id: string }[];
      procedures[key] = { id: row.id, code: procedureCode };
    }
    return { id: agency.id, code, procedures };
  }

  /** A dossier received on `received` (10:00 in Vietnam), optionally resolved on `ready`. */
  async function insertDossier(
    agency: TestAgency,
    procedure: string,
    dossier: { received: string; ready?: string; appointment?: string },
  ) {
    dossierSeq += 1;
    const receivedAt = `${dossier.received}T10:00:00+07:00`;
    const [row] = (await db.query(
      `INSERT INTO dossiers (code, procedure_id, agency_id, applicant_national_id,
         applicant_full_name, channel, status, delivery_method, submitted_at, received_at,
         appointment_date, created_at)
       VALUES ($1, $2, $3, $4, 'Nguyễn Văn Thử', 'ONLINE', $5, 'COUNTER', $6, $6, $7, $6)
       RETURNING id`,
      [
        `${agency.code}-F-${String(dossierSeq).padStart(5, '0')}`,
        agency.procedures[procedure].id,
        agency.id,
        randomNationalId(),
        dossier.ready ? 'RESULT_READY' : 'RECEIVED',
        receivedAt,
        dossier.appointment ?? dossier.ready ?? addCalendarDays(dossier.received, 7),
      ],
    )) as { id: string }[];
    if (dossier.ready) {
      await db.query(
        `INSERT INTO dossier_history (dossier_id, action, to_status, actor_role, actor_name, at)
         VALUES ($1, 'approve', 'RESULT_READY', 'SYSTEM', 'Kiểm thử', $2)`,
        [row.id, `${dossier.ready}T09:00:00+07:00`],
      );
    }
  }

  /** Working days from `from` to `to`, counted independently of the rollup's ordinals. */
  async function workingDaysBetween(from: string, to: string): Promise<number> {
    const [row] = (await db.query(
      `SELECT count(*)::int AS n FROM generate_series($1::date + 1, $2::date, interval '1 day') g(d)
        WHERE extract(isodow FROM g.d) < 6
          AND NOT EXISTS (SELECT 1 FROM holidays h WHERE h.date = g.d::date)`,
      [from, to],
    )) as { n: number }[];
    return row.n;
  }

  const list = (query: string) =>
    api.http
      .get(`/api/v1/procedures?${query}`)
      .expect(200)
      .then((res) => res.body as { items: { code: string; name: string }[]; total: number });

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  describe('search', () => {
    let agency: TestAgency;
    const names = (body: { items: { name: string }[] }) => body.items.map((p) => p.name).sort();

    beforeAll(async () => {
      agency = await createAgency({
        birth: 'Đăng ký khai sinh',
        marriage: 'Đăng ký kết hôn',
        death: 'Cấp bản sao trích lục khai tử',
        percent: 'Giảm 50% lệ phí',
      });
    });

    it.each([
      ['dang ky khai sinh', ['Đăng ký khai sinh']],
      ['khai sinh', ['Đăng ký khai sinh']],
      ['ĐĂNG KÝ', ['Đăng ký khai sinh', 'Đăng ký kết hôn']],
      ['Dang Ky', ['Đăng ký khai sinh', 'Đăng ký kết hôn']],
      ['khai', ['Cấp bản sao trích lục khai tử', 'Đăng ký khai sinh']],
      ['khai sinh   đăng ký', ['Đăng ký khai sinh']],
      ['dang ky ket hon khai sinh', []],
      ['50%', ['Giảm 50% lệ phí']],
      ['5_%', []],
    ])('q=%j finds %j, ignoring case and diacritics', async (q, expected) => {
      const body = await list(`agencyCode=${agency.code}&q=${encodeURIComponent(q)}&limit=100`);
      expect(names(body)).toEqual([...expected].sort());
      expect(body.total).toBe(expected.length);
    });

    it('matches text typed with decomposed diacritics (NFD) like composed text', async () => {
      const q = 'Đăng ký khai sinh'.normalize('NFD');
      expect(names(await list(`agencyCode=${agency.code}&q=${encodeURIComponent(q)}`))).toEqual([
        'Đăng ký khai sinh',
      ]);
    });

    it('finds a procedure by part of its code', async () => {
      const code = agency.procedures.marriage.code;
      const body = await list(`q=${encodeURIComponent(code)}`);
      expect(body.items.map((p) => p.code)).toEqual([code]);
    });

    it('counts every match while paging', async () => {
      const first = await list(`agencyCode=${agency.code}&q=dang%20ky&limit=1&page=1`);
      const second = await list(`agencyCode=${agency.code}&q=dang%20ky&limit=1&page=2`);
      const past = await list(`agencyCode=${agency.code}&q=dang%20ky&limit=1&page=3`);
      expect([first.total, second.total, past.total]).toEqual([2, 2, 2]);
      expect([...first.items, ...second.items].map((p) => p.name).sort()).toEqual([
        'Đăng ký khai sinh',
        'Đăng ký kết hôn',
      ]);
      expect(past.items).toEqual([]);
    });

    it('serves the search from the trigram index on the folded name and code', async () => {
      const plan = await db.transaction(async (manager) => {
        // the table is small in tests: forbid the sequential scan to see whether the index fits
        await manager.query('SET LOCAL enable_seqscan = off');
        return (
          (await manager.query(
            `EXPLAIN SELECT p.code FROM procedures p
              WHERE ${PROCEDURE_SEARCH_TEXT} LIKE '%' || motcua_search_text($1) || '%'`,
            ['khai sinh'],
          )) as { 'QUERY PLAN': string }[]
        )
          .map((row) => row['QUERY PLAN'])
          .join('\n');
      });
      expect(plan).toContain('idx_procedures_search_trgm');
    });

    it('refuses an unknown sort order with 400', async () => {
      const res = await api.http.get('/api/v1/procedures?sort=random').expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors[0].field).toBe('sort');
    });
  });

  describe('most used first', () => {
    it('orders by dossiers received over the last year, then by name', async () => {
      const agency = await createAgency({
        a: 'A. Cấp giấy phép xây dựng',
        b: 'B. Chứng thực chữ ký',
        c: 'C. Đăng ký thường trú',
        d: 'D. Đăng ký tạm trú',
      });
      const yesterday = addCalendarDays(TODAY, -1);
      for (let i = 0; i < 3; i += 1) await insertDossier(agency, 'c', { received: yesterday });
      for (let i = 0; i < 2; i += 1) {
        await insertDossier(agency, 'a', { received: addCalendarDays(TODAY, -200) });
      }
      // received more than a year ago: not counted
      for (let i = 0; i < 5; i += 1) {
        await insertDossier(agency, 'd', { received: addCalendarDays(TODAY, -400) });
      }
      await insertDossier(agency, 'd', { received: addCalendarDays(TODAY, -30) });
      await refreshReportRollup(db, { today: TODAY, from: addCalendarDays(TODAY, -400) });

      const popular = await list(`agencyCode=${agency.code}&sort=popular`);
      expect(popular.items.map((p) => p.name)).toEqual([
        'C. Đăng ký thường trú',
        'A. Cấp giấy phép xây dựng',
        'D. Đăng ký tạm trú',
        'B. Chứng thực chữ ký',
      ]);
      const byName = await list(`agencyCode=${agency.code}`);
      expect(byName.items.map((p) => p.name)).toEqual([
        'A. Cấp giấy phép xây dựng',
        'B. Chứng thực chữ ký',
        'C. Đăng ký thường trú',
        'D. Đăng ký tạm trú',
      ]);
      const searched = await list(`agencyCode=${agency.code}&sort=popular&q=dang%20ky`);
      expect(searched.items.map((p) => p.name)).toEqual([
        'C. Đăng ký thường trú',
        'D. Đăng ký tạm trú',
      ]);
    });
  });

  describe('processing time', () => {
    let agency: TestAgency;
    const expectedDays: number[] = [];
    let period: { from: string; to: string };

    /** Mondays a few weeks back, so the results fall on weekdays before today. */
    const monday = (weeksAgo: number) => {
      const date = new Date(`${TODAY}T00:00:00Z`);
      const back = ((date.getUTCDay() + 6) % 7) + 7 * weeksAgo;
      return addCalendarDays(TODAY, -back);
    };

    beforeAll(async () => {
      agency = await createAgency({
        enough: 'Cấp giấy chứng nhận quyền sử dụng đất',
        few: 'Cấp đổi giấy phép lái xe',
        none: 'Đăng ký hộ kinh doanh',
      });
      period = { from: addCalendarDays(TODAY, -364), to: TODAY };
      const resolved: Resolved[] = [];
      // received Mondays 6–15 weeks back, ready 0..11 calendar days later (two late)
      const offsets = [0, 1, 1, 2, 2, 3, 4, 7, 8, 9, 11];
      offsets.forEach((offset, i) => {
        const received = monday(6 + i);
        const ready = addCalendarDays(received, offset);
        resolved.push({ received, ready, appointment: i >= 9 ? received : undefined });
      });
      // resolved today: counted live, past the rollup's last day
      const received = monday(3);
      resolved.push({ received, ready: TODAY });
      for (const dossier of resolved) {
        await insertDossier(agency, 'enough', dossier);
        expectedDays.push(await workingDaysBetween(dossier.received, dossier.ready));
      }
      // resolved more than a year ago, and still in progress: not counted
      await insertDossier(agency, 'enough', {
        received: addCalendarDays(TODAY, -420),
        ready: addCalendarDays(TODAY, -410),
      });
      await insertDossier(agency, 'enough', { received: monday(2) });
      for (let i = 0; i < 9; i += 1) {
        await insertDossier(agency, 'few', { received: monday(5), ready: monday(4) });
      }
      await refreshReportRollup(db, { today: TODAY, from: addCalendarDays(TODAY, -430) });
    });

    it('gives the 90th percentile of working days and the on-time share of the last 12 months', async () => {
      const res = await api.http
        .get(`/api/v1/procedures/${agency.procedures.enough.code}/processing-time`)
        .expect(200);
      const sorted = [...expectedDays].sort((a, b) => a - b);
      // nearest rank: the smallest value with at least 90% of the dossiers at or below it
      const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1];
      expect(res.body).toEqual({
        code: agency.procedures.enough.code,
        period,
        resolved: 12,
        p90WorkingDays: p90,
        onTimeRate: 0.8333,
      });
      expect(p90).toBeGreaterThan(0);
    });

    it('says there is too little data below 10 resolved dossiers', async () => {
      const few = await api.http
        .get(`/api/v1/procedures/${agency.procedures.few.code}/processing-time`)
        .expect(200);
      expect(few.body).toEqual({
        code: agency.procedures.few.code,
        period,
        resolved: 9,
        p90WorkingDays: null,
        onTimeRate: null,
      });
      const none = await api.http
        .get(`/api/v1/procedures/${agency.procedures.none.code}/processing-time`)
        .expect(200);
      expect(none.body).toMatchObject({ resolved: 0, p90WorkingDays: null, onTimeRate: null });
    });

    it('answers 404 problem for an unknown procedure', async () => {
      const res = await api.http.get('/api/v1/procedures/0.000000/processing-time').expect(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('NOT_FOUND');
    });
  });
});
