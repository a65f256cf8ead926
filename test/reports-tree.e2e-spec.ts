import { randomInt } from 'node:crypto';
import { passwordHasher } from '@motcua/auth';
import { refreshReportRollup } from '@motcua/database';
import { vietnamDate } from '@motcua/domain';
import { DataSource } from 'typeorm';
import { DEMO, DEMO_PASSWORD, login, randomNationalId } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import { binary } from './support/http';

const digits = (n: number) => String(randomInt(0, 10 ** n)).padStart(n, '0');
const newCode = (letter: string) => `${digits(3)}.${digits(2)}.${digits(2)}.${letter}${digits(2)}`;
const MARCH = 'from=2026-03-01&to=2026-03-31';
const TODAY = vietnamDate(new Date());

/**
 * Reports roll up the agency tree: a province's report counts its own dossiers and those of
 * every agency below it; a province's leader or admin reads the report of any agency below,
 * a ward's leader their ward (and its centre) and nothing beside it.
 *
 * Tree and March dossiers (all received at the counter): province 1, ward A 2, ward A's
 * centre 1, ward B 3; today, ward A's centre 1 more (counted live).
 */
describe('Reports roll up the agency tree', () => {
  let api: TestApi;
  let db: DataSource;
  const codes = {
    province: newCode('P'),
    wardA: newCode('A'),
    centreA: newCode('C'),
    wardB: newCode('B'),
  };
  type Key = keyof typeof codes;
  const ids = {} as Record<Key, string>;
  const procedureOf = {} as Record<Key, string>;
  const tokens = {} as Record<
    | 'provinceLeader'
    | 'provinceAdmin'
    | 'provinceReception'
    | 'wardALeader'
    | 'wardBLeader'
    | 'systemAdmin',
    string
  >;

  async function official(key: Key, roles: string): Promise<string> {
    const email = `tree-${roles.toLowerCase()}-${codes[key]}@example.vn`.toLowerCase();
    await db.query(
      `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
       VALUES ($1, 'Cán bộ Cây', $2, $3, $4)`,
      [email, await passwordHasher.hash(DEMO_PASSWORD), `{${roles}}`, ids[key]],
    );
    return login(api.http, email);
  }

  let sequence = 0;
  async function dossier(key: Key, receivedAt: string) {
    sequence += 1;
    await db.query(
      `INSERT INTO dossiers (code, procedure_id, agency_id, applicant_national_id,
         applicant_full_name, channel, status, delivery_method, submitted_at, received_at,
         appointment_date, created_at)
       VALUES ($1, $2, $3, $4, 'Nguyễn Văn Cây', 'COUNTER', 'RECEIVED', 'COUNTER', $5, $5,
               '2099-12-31', $5)`,
      [
        `${codes[key]}-260310-${String(sequence).padStart(4, '0')}`,
        procedureOf[key],
        ids[key],
        randomNationalId(),
        receivedAt,
      ],
    );
  }

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    tokens.systemAdmin = await login(api.http, DEMO.admin);
    const create = (code: string, kind: string, parentCode?: string) =>
      api.http
        .post('/api/v1/admin/agencies')
        .set('Authorization', `Bearer ${tokens.systemAdmin}`)
        .send({ code, name: `Cơ quan ${code}`, kind, parentCode })
        .expect(201);
    await create(codes.province, 'PROVINCE');
    await create(codes.wardA, 'COMMUNE', codes.province);
    await create(codes.centreA, 'SERVICE_CENTRE', codes.wardA);
    await create(codes.wardB, 'COMMUNE', codes.province);
    for (const key of Object.keys(codes) as Key[]) {
      const [row] = (await db.query(
        `INSERT INTO procedures (code, agency_id, name, processing_days, fee, online_level)
         SELECT $1, id, $2, 5, 0, 'FULL' FROM agencies WHERE code = $3 RETURNING id, agency_id`,
        [`8.${codes[key]}`, `Thủ tục của ${key}`, codes[key]],
      )) as { id: string; agency_id: string }[];
      ids[key] = row.agency_id;
      procedureOf[key] = row.id;
    }
    const march: [Key, number][] = [
      ['province', 1],
      ['wardA', 2],
      ['centreA', 1],
      ['wardB', 3],
    ];
    for (const [key, count] of march) {
      for (let i = 0; i < count; i++) await dossier(key, `2026-03-1${i} 09:00+07`);
    }
    await dossier('centreA', new Date().toISOString());
    // March from the rollup, today counted live
    await refreshReportRollup(db, { today: TODAY, from: '2026-03-01' });
    tokens.provinceLeader = await official('province', 'LEADER');
    tokens.provinceAdmin = await official('province', 'ADMIN');
    tokens.provinceReception = await official('province', 'RECEPTION');
    tokens.wardALeader = await official('wardA', 'LEADER');
    tokens.wardBLeader = await official('wardB', 'LEADER');
  });

  afterAll(() => api?.close());

  const get = (route: string, token: string, query: string) =>
    api.http.get(`/api/v1/reports/${route}?${query}`).set('Authorization', `Bearer ${token}`);
  const received = async (token: string, query: string) =>
    (await get('summary', token, query).expect(200)).body.received.total as number;

  it("sums a province's own dossiers and every agency's below it, at any depth", async () => {
    expect(await received(tokens.provinceLeader, MARCH)).toBe(7);
    expect(await received(tokens.provinceAdmin, `${MARCH}&agencyCode=${codes.province}`)).toBe(7);
    expect(await received(tokens.systemAdmin, `${MARCH}&agencyCode=${codes.province}`)).toBe(7);
    const byProcedure = (await get('summary', tokens.provinceLeader, MARCH).expect(200)).body
      .byProcedure as { procedureCode: string; received: number }[];
    expect(byProcedure.map((p) => [p.procedureCode, p.received]).sort()).toEqual(
      [
        [`8.${codes.province}`, 1],
        [`8.${codes.wardA}`, 2],
        [`8.${codes.centreA}`, 1],
        [`8.${codes.wardB}`, 3],
      ].sort(),
    );
    // today, counted live: the centre's dossier, in its ward's and its province's reports
    const today = `from=${TODAY}&to=${TODAY}`;
    expect(await received(tokens.provinceLeader, today)).toBe(1);
    expect(await received(tokens.wardALeader, today)).toBe(1);
    expect(await received(tokens.wardBLeader, today)).toBe(0);
  });

  it('lets a provincial leader or admin read the report of any agency below', async () => {
    expect(await received(tokens.provinceLeader, `${MARCH}&agencyCode=${codes.wardA}`)).toBe(3);
    expect(await received(tokens.provinceLeader, `${MARCH}&agencyCode=${codes.centreA}`)).toBe(1);
    expect(await received(tokens.provinceAdmin, `${MARCH}&agencyCode=${codes.wardB}`)).toBe(3);
    const series = await get(
      'timeseries',
      tokens.provinceLeader,
      `${MARCH}&interval=month&agencyCode=${codes.wardA}`,
    ).expect(200);
    expect(series.body.items.map((i: { received: { total: number } }) => i.received.total)).toEqual(
      [3],
    );
    const csv = await get(
      'summary',
      tokens.provinceLeader,
      `${MARCH}&format=csv&agencyCode=${codes.wardB}`,
    )
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((csv.body as Buffer).toString('utf8')).toContain('Tổng số hồ sơ tiếp nhận,3');
  });

  it("keeps a ward's leader to their ward and its centre: a sibling or the province is refused", async () => {
    expect(await received(tokens.wardALeader, MARCH)).toBe(3);
    expect(await received(tokens.wardALeader, `${MARCH}&agencyCode=${codes.centreA}`)).toBe(1);
    for (const code of [codes.wardB, codes.province, DEMO.agencyCode]) {
      const res = await get('summary', tokens.wardALeader, `${MARCH}&agencyCode=${code}`).expect(
        403,
      );
      expect(res.body.detail).toBe(
        'Bạn chỉ được xem báo cáo của cơ quan mình và các cơ quan trực thuộc.',
      );
    }
    await get('timeseries', tokens.wardBLeader, `${MARCH}&agencyCode=${codes.wardA}`).expect(403);
    await get('summary', tokens.wardBLeader, `${MARCH}&agencyCode=${newCode('Z')}`).expect(403);
  });

  it('gives reports to leaders and admins only, not to a province’s reception desk', async () => {
    await get('summary', tokens.provinceReception, MARCH).expect(403);
  });
});
