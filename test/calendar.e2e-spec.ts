import { refreshReportRollup } from '@motcua/database';
import { addCalendarDays, dayOfWeek, vietnamDate, vietnameseHolidays } from '@motcua/domain';
import type { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { DEMO, login, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import { pinRollup } from './support/rollup';

/** A far year no other test file edits (they run in parallel on one database). */
const FAR_YEAR = 2091;

describe('Working-day calendar', () => {
  let api: TestApi;
  let adminToken: string;
  let citizenToken: string;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    adminToken = await login(api.http, DEMO.admin);
    citizenToken = (await registerCitizen(api.http)).accessToken;
  });
  afterAll(() => api.close());

  const asAdmin = (req: Test) => req.set('Authorization', `Bearer ${adminToken}`);
  const workingDays = (query: Record<string, string | number>) =>
    api.http.get('/api/v1/calendar/working-days').query(query);

  describe('GET /calendar/working-days', () => {
    it('counts from the day after `from` and explains the weekend it skips', async () => {
      // Thursday 06/09/2091 + 2 working days: Friday, then Monday
      const res = await workingDays({ from: '2091-09-06', days: 2 }).expect(200);
      expect(res.body).toEqual({
        from: '2091-09-06',
        days: 2,
        result: '2091-09-10',
        skipped: [
          { date: '2091-09-08', reason: 'Thứ Bảy' },
          { date: '2091-09-09', reason: 'Chủ nhật' },
        ],
      });
    });

    it('returns `from` itself for 0 days on a working day', async () => {
      const res = await workingDays({ from: '2091-09-06', days: 0 }).expect(200);
      expect(res.body).toEqual({ from: '2091-09-06', days: 0, result: '2091-09-06', skipped: [] });
    });

    // The database is fresh and pre-filled at start-up with the current year and the next
    // two; this literal 2026 case runs while 2026 is in that window (the next test does not
    // depend on the year).
    const in2026 = Number(vietnamDate(new Date()).slice(0, 4)) === 2026 ? it : it.skip;

    in2026('skips Tết Nguyên đán 2026 (16–20/02) and the weekends around it', async () => {
      const res = await workingDays({ from: '2026-02-13', days: 3 }).expect(200);
      expect(res.body).toEqual({
        from: '2026-02-13',
        days: 3,
        result: '2026-02-25',
        skipped: [
          { date: '2026-02-14', reason: 'Thứ Bảy' },
          { date: '2026-02-15', reason: 'Chủ nhật' },
          { date: '2026-02-16', reason: 'Tết Nguyên đán (29 tháng Chạp)' },
          { date: '2026-02-17', reason: 'Tết Nguyên đán (mùng 1 tháng Giêng)' },
          { date: '2026-02-18', reason: 'Tết Nguyên đán (mùng 2 tháng Giêng)' },
          { date: '2026-02-19', reason: 'Tết Nguyên đán (mùng 3 tháng Giêng)' },
          { date: '2026-02-20', reason: 'Tết Nguyên đán (mùng 4 tháng Giêng)' },
          { date: '2026-02-21', reason: 'Thứ Bảy' },
          { date: '2026-02-22', reason: 'Chủ nhật' },
        ],
      });
    });

    it('skips next year’s pre-filled Tết, explaining each day off', async () => {
      const year = Number(vietnamDate(new Date()).slice(0, 4)) + 1;
      const holidays = vietnameseHolidays(year);
      const nameOf = new Map(holidays.map((h) => [h.date, h.name]));
      const tet = holidays.filter((h) => h.name.startsWith('Tết Nguyên đán'));
      expect(tet).toHaveLength(5);
      const from = addCalendarDays(tet[0].date, -1);

      const res = await workingDays({ from, days: 1 }).expect(200);

      const { result, skipped } = res.body as {
        result: string;
        skipped: { date: string; reason: string }[];
      };
      // every day strictly between `from` and `result` is skipped, with its reason
      const expected: { date: string; reason: string }[] = [];
      for (let d = addCalendarDays(from, 1); d < result; d = addCalendarDays(d, 1)) {
        const weekday = dayOfWeek(d);
        const reason =
          nameOf.get(d) ?? (weekday === 6 ? 'Thứ Bảy' : weekday === 0 ? 'Chủ nhật' : '');
        expected.push({ date: d, reason });
      }
      expect(skipped).toEqual(expected);
      for (const day of tet) expect(skipped).toContainEqual({ date: day.date, reason: day.name });
      expect([0, 6]).not.toContain(dayOfWeek(result));
      expect(nameOf.has(result)).toBe(false);
    });

    it.each([
      [{ days: 1 }, 'from'],
      [{ from: '2026-02-30', days: 1 }, 'from'],
      [{ from: '13/02/2026', days: 1 }, 'from'],
      [{ from: '1999-12-31', days: 1 }, 'from'],
      [{ from: '2026-02-13' }, 'days'],
      [{ from: '2026-02-13', days: -1 }, 'days'],
      [{ from: '2026-02-13', days: 366 }, 'days'],
      [{ from: '2026-02-13', days: 1.5 }, 'days'],
      [{ from: '2026-02-13', days: 'abc' }, 'days'],
      [{ from: '2026-02-13', days: '' }, 'days'],
      [{ from: '2026-02-13', days: 1, extra: 'x' }, 'extra'],
    ])('answers 400 with a field error for %p', async (query, field) => {
      const res = await workingDays(query).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      expect(res.body.errors[0].message).toEqual(expect.any(String));
    });

    it('accepts up to 365 working days', async () => {
      const res = await workingDays({ from: '2091-09-06', days: 365 }).expect(200);
      expect(res.body.result > '2092-09-06').toBe(true);
    });

    it('is documented in the OpenAPI spec with the appointment-date rule', async () => {
      const res = await api.http.get('/api/docs-json').expect(200);
      const operation = res.body.paths['/api/v1/calendar/working-days'].get;
      expect(operation.description).toContain('day 0');
      expect(Object.keys(res.body.paths)).toContain('/api/v1/admin/holidays/{year}');
    });
  });

  describe('/admin/holidays/:year', () => {
    const path = `/api/v1/admin/holidays/${FAR_YEAR}`;

    it('lets an administrator replace a year, and the calendar follows at once', async () => {
      // Monday 05/03/2091 + 1 → Tuesday 06/03 while the day is ordinary
      const before = await workingDays({ from: '2091-03-05', days: 1 }).expect(200);
      expect(before.body.result).toBe('2091-03-06');

      const put = await asAdmin(api.http.put(path))
        .send({
          items: [
            { date: '2091-09-02', name: 'Quốc khánh (2/9)' },
            { date: '2091-03-06', name: 'Ngày nghỉ thử nghiệm' },
            { date: '2091-01-01', name: 'Tết Dương lịch' },
          ],
        })
        .expect(200);
      expect(put.body).toEqual({
        year: FAR_YEAR,
        items: [
          { date: '2091-01-01', name: 'Tết Dương lịch' },
          { date: '2091-03-06', name: 'Ngày nghỉ thử nghiệm' },
          { date: '2091-09-02', name: 'Quốc khánh (2/9)' },
        ],
      });

      const got = await asAdmin(api.http.get(path)).expect(200);
      expect(got.body).toEqual(put.body);

      const after = await workingDays({ from: '2091-03-05', days: 1 }).expect(200);
      expect(after.body).toEqual({
        from: '2091-03-05',
        days: 1,
        result: '2091-03-07',
        skipped: [{ date: '2091-03-06', reason: 'Ngày nghỉ thử nghiệm' }],
      });

      // a second PUT replaces the whole year: 06/03 is a working day again
      await asAdmin(api.http.put(path))
        .send({ items: [{ date: '2091-03-07', name: 'Ngày khác' }] })
        .expect(200);
      const replaced = await asAdmin(api.http.get(path)).expect(200);
      expect(replaced.body).toEqual({
        year: FAR_YEAR,
        items: [{ date: '2091-03-07', name: 'Ngày khác' }],
      });
      const again = await workingDays({ from: '2091-03-05', days: 2 }).expect(200);
      expect(again.body.result).toBe('2091-03-08');
      expect(again.body.skipped).toEqual([{ date: '2091-03-07', reason: 'Ngày khác' }]);

      // other years are untouched
      const nextYear = await asAdmin(api.http.get(`/api/v1/admin/holidays/${FAR_YEAR + 1}`));
      expect(nextYear.body).toEqual({ year: FAR_YEAR + 1, items: [] });
    });

    it('saves two years at once (the working-day rebuilds take turns)', async () => {
      // far years nobody else edits; each round both PUTs change their year
      const table = (year: number, round: number) =>
        year === 2095
          ? [{ date: `2095-05-${10 + round}`, name: `Ngày nghỉ thử ${round}` }]
          : [{ date: `2096-06-${10 + round}`, name: `Ngày nghỉ thử ${round}` }];
      for (let round = 0; round < 4; round++) {
        const answers = await Promise.all(
          [2095, 2096].map((year) =>
            asAdmin(api.http.put(`/api/v1/admin/holidays/${year}`)).send({
              items: table(year, round),
            }),
          ),
        );
        expect(answers.map((a) => a.status)).toEqual([200, 200]);
      }
      // both years' last tables count: Friday 13/05/2095 and Wednesday 13/06/2096 are off
      const ordinals = (await db.query(
        `SELECT date::text AS date, ordinal FROM working_day_ordinals
          WHERE date IN ('2095-05-12', '2095-05-13', '2096-06-12', '2096-06-13', '2096-06-14')`,
      )) as { date: string; ordinal: number }[];
      const at = (date: string) => ordinals.find((o) => o.date === date)!.ordinal;
      expect(at('2095-05-13') - at('2095-05-12')).toBe(0);
      expect(at('2096-06-13') - at('2096-06-12')).toBe(0);
      expect(at('2096-06-14') - at('2096-06-13')).toBe(1);
      const next = await workingDays({ from: '2095-05-12', days: 1 }).expect(200);
      expect(next.body.result).toBe('2095-05-16');
    });

    it('writes nothing when a year is saved unchanged', async () => {
      const items = [
        { date: '2091-04-30', name: 'Ngày Giải phóng miền Nam' },
        { date: '2091-05-01', name: 'Quốc tế Lao động' },
      ];
      await asAdmin(api.http.put(path)).send({ items }).expect(200);
      const versions = () =>
        db.query(
          `SELECT date::text, xmin::text, ctid::text FROM holidays
            WHERE date BETWEEN '2091-01-01' AND '2091-12-31' ORDER BY date`,
        );
      const before = await versions();
      expect(before).toHaveLength(2);
      await asAdmin(api.http.put(path))
        .send({ items: [...items].reverse() })
        .expect(200);
      expect(await versions()).toEqual(before);
      // a rename updates that row only
      await asAdmin(api.http.put(path))
        .send({ items: [items[0], { date: '2091-05-01', name: 'Ngày Quốc tế Lao động' }] })
        .expect(200);
      const renamed = await versions();
      expect(renamed[0]).toEqual(before[0]);
      expect(renamed[1]).not.toEqual(before[1]);
    });

    it("leaves the reports' rollup closed when this year is saved unchanged", async () => {
      const year = vietnamDate(new Date()).slice(0, 4);
      const pinned = await pinRollup(db);
      const closed = pinned.closedThrough;
      try {
        const today = vietnamDate(new Date());
        await refreshReportRollup(pinned.runner.manager, { today });
        const yesterday = addCalendarDays(today, -1);
        expect(await closed()).toBe(yesterday);
        const current = await asAdmin(api.http.get(`/api/v1/admin/holidays/${year}`)).expect(200);
        // 1 January is always listed: deleting and re-inserting the year would reopen it
        expect(current.body.items[0].date).toBe(`${year}-01-01`);
        await asAdmin(api.http.put(`/api/v1/admin/holidays/${year}`))
          .send({ items: current.body.items })
          .expect(200);
        expect(await closed()).toBe(yesterday);
      } finally {
        await pinned.release();
      }
    });

    it('shows the pre-filled holidays of the current year', async () => {
      const year = Number(vietnamDate(new Date()).slice(0, 4));
      const res = await asAdmin(api.http.get(`/api/v1/admin/holidays/${year}`)).expect(200);
      expect(res.body.year).toBe(year);
      const dates = res.body.items.map((h: { date: string }) => h.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates).toContain(`${year}-01-01`);
      expect(dates).toContain(`${year}-09-02`);
    });

    it.each([
      [{ items: [{ date: '2092-01-01', name: 'Sai năm' }] }, ['items.0.date']],
      [{ items: [{ date: '2091-02-30', name: 'Không có thật' }] }, ['items.0.date']],
      [
        {
          items: [
            { date: '2091-05-01', name: 'A' },
            { date: '2091-05-01', name: 'B' },
          ],
        },
        ['items.1.date'],
      ],
      [{ items: [{ date: '2091-05-01', name: '' }] }, ['items.0.name']],
      [{ items: [{ date: '2091-05-01', name: 'x'.repeat(201) }] }, ['items.0.name']],
      [{ items: [{ date: '2091-05-01' }] }, ['items.0.name']],
      [{ items: 'none' }, ['items']],
      [{}, ['items']],
    ])('refuses an invalid table %#', async (body, fields) => {
      const res = await asAdmin(api.http.put(path)).send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    });

    it.each(['1999', '2101', 'abc', '2091.5'])('refuses year %s', async (year) => {
      const res = await asAdmin(api.http.get(`/api/v1/admin/holidays/${year}`)).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['year']);
      await asAdmin(api.http.put(`/api/v1/admin/holidays/${year}`))
        .send({ items: [] })
        .expect(400);
    });

    it('is closed to citizens (403) and to anonymous callers (401)', async () => {
      await api.http.get(path).set('Authorization', `Bearer ${citizenToken}`).expect(403);
      await api.http
        .put(path)
        .set('Authorization', `Bearer ${citizenToken}`)
        .send({ items: [] })
        .expect(403);
      await api.http.get(path).expect(401);
      await api.http.put(path).send({ items: [] }).expect(401);
    });
  });
});
