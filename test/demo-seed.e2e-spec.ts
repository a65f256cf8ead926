import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseOptions, prepareDatabase } from '@motcua/database';
import {
  DEMO_AGENCIES,
  DEMO_AGENCY,
  DEMO_CENTRE,
  DEMO_DEPARTMENT,
  DEMO_EMAILS,
  DEMO_FORWARDED_DOSSIER,
  DEMO_PASSWORD,
  DEMO_PROCEDURES,
  DEMO_PROVINCE,
  DEMO_TREE_USERS,
  DEMO_USERS,
  DemoCredentialsError,
  refuseDemoCredentials,
  seedDemoData,
} from '@motcua/database/seed/demo-data';
import { passwordHasher } from '@motcua/auth/password-hasher';
import type { ProcedureField } from '@motcua/domain';
import { validateFormData } from '@motcua/domain';
import { newTestDatabaseUrl } from './test-database';

interface AgencyState {
  code: string;
  name: string;
  kind: string;
  parent: string | null;
}

/**
 * The demo data at start-up, on a database of its own: the two-tier tree with its officials,
 * the same at every start, and a database seeded before the tree gets its ward placed.
 */
describe('demo data: the two-tier tree', () => {
  const urls: string[] = [];
  let db: DataSource | undefined;

  async function freshDatabase(): Promise<DataSource> {
    const url = newTestDatabaseUrl();
    urls.push(url);
    await prepareDatabase(url);
    await db?.destroy();
    db = new DataSource(databaseOptions(url, { size: 2 }));
    return db.initialize();
  }

  const agencies = async (ds: DataSource) =>
    (await ds.query(
      `SELECT a.code, a.name, a.kind, p.code AS parent
         FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id ORDER BY a.code`,
    )) as AgencyState[];
  const users = async (ds: DataSource) =>
    (await ds.query(
      `SELECT u.email, u.roles, a.code AS agency FROM users u JOIN agencies a ON a.id = u.agency_id
        ORDER BY u.email`,
    )) as { email: string; roles: string[]; agency: string }[];

  /** The dossiers the centre received for another agency, with their history and events. */
  const forwarded = async (ds: DataSource) =>
    (await ds.query(
      `SELECT d.code, d.status, d.channel, d.applicant_national_id AS "nationalId",
              d.appointment_date IS NOT NULL AS scheduled, d.form_data AS "formData",
              p.code AS procedure, p.fields, a.code AS agency,
              (SELECT json_agg(json_build_object('action', h.action, 'from', h.from_status,
                        'to', h.to_status, 'role', h.actor_role, 'actor', h.actor_name,
                        'note', h.note) ORDER BY h.id)
                 FROM dossier_history h WHERE h.dossier_id = d.id) AS history,
              (SELECT array_agg(o.type ORDER BY o.id) FROM outbox o
                WHERE o.payload ->> 'code' = d.code) AS events
         FROM dossiers d
         JOIN procedures p ON p.id = d.procedure_id
         JOIN agencies a ON a.id = d.agency_id
         JOIN agencies rb ON rb.id = d.received_by_agency_id
        WHERE rb.code = $1 AND d.agency_id <> d.received_by_agency_id`,
      [DEMO_CENTRE.code],
    )) as {
      code: string;
      status: string;
      channel: string;
      nationalId: string;
      scheduled: boolean;
      formData: Record<string, unknown>;
      procedure: string;
      fields: ProcedureField[];
      agency: string;
      history: Record<string, string | null>[];
      events: string[];
    }[];

  afterAll(async () => {
    await db?.destroy();
    for (const url of urls) {
      const admin = new URL(url);
      admin.pathname = '/postgres';
      const client = new Client({ connectionString: admin.toString() });
      await client.connect();
      try {
        await client.query(
          `DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`,
        );
      } finally {
        await client.end();
      }
    }
  });

  it('builds the province, the ward with its four accounts and its centre, and a department', async () => {
    const ds = await freshDatabase();
    await seedDemoData(ds);
    expect(await agencies(ds)).toEqual(
      [
        { ...DEMO_PROVINCE, kind: 'PROVINCE', parent: null },
        { ...DEMO_AGENCY, kind: 'COMMUNE', parent: DEMO_PROVINCE.code },
        { ...DEMO_CENTRE, kind: 'SERVICE_CENTRE', parent: DEMO_AGENCY.code },
        { ...DEMO_DEPARTMENT, kind: 'DEPARTMENT', parent: DEMO_PROVINCE.code },
      ].sort((a, b) => a.code.localeCompare(b.code)),
    );
    expect(DEMO_AGENCY).toEqual({ code: '000.00.00.H00', name: 'Ủy ban nhân dân phường Ba Đình' });
    const accounts = await users(ds);
    // the four accounts clients rely on, unchanged
    expect(accounts.filter((u) => u.agency === DEMO_AGENCY.code)).toEqual([
      { email: 'admin@motcua.local', roles: ['ADMIN', 'SYSTEM_ADMIN'], agency: DEMO_AGENCY.code },
      { email: 'chuyenvien@motcua.local', roles: ['SPECIALIST'], agency: DEMO_AGENCY.code },
      { email: 'lanhdao@motcua.local', roles: ['LEADER'], agency: DEMO_AGENCY.code },
      { email: 'tiepnhan@motcua.local', roles: ['RECEPTION'], agency: DEMO_AGENCY.code },
    ]);
    expect(accounts).toContainEqual({
      email: DEMO_TREE_USERS.provinceLeader.email,
      roles: ['LEADER'],
      agency: DEMO_PROVINCE.code,
    });
    expect(accounts).toContainEqual({
      email: DEMO_TREE_USERS.centreReception.email,
      roles: ['RECEPTION'],
      agency: DEMO_CENTRE.code,
    });
    expect(accounts.filter((u) => u.agency === DEMO_DEPARTMENT.code).map((u) => u.roles)).toEqual(
      expect.arrayContaining([['SPECIALIST'], ['LEADER']]),
    );
    expect(accounts.map((u) => u.email).sort()).toEqual([...DEMO_EMAILS].sort());
    const [{ hash }] = (await ds.query(`SELECT password_hash AS hash FROM users WHERE email = $1`, [
      DEMO_TREE_USERS.centreReception.email,
    ])) as { hash: string }[];
    expect(await passwordHasher.verify(hash, DEMO_PASSWORD)).toBe(true);
    const procedures = (await ds.query(
      `SELECT p.code FROM procedures p JOIN agencies a ON a.id = p.agency_id WHERE a.code = $1`,
      [DEMO_AGENCY.code],
    )) as { code: string }[];
    expect(procedures.map((p) => p.code).sort()).toEqual(DEMO_PROCEDURES.map((p) => p.code).sort());
  });

  it('shows a dossier received at the centre for the ward and forwarded to it, with its history', async () => {
    const ds = await freshDatabase();
    await seedDemoData(ds);
    const [dossier, ...others] = await forwarded(ds);
    expect(others).toEqual([]);
    expect(dossier).toMatchObject({
      status: 'RECEIVED',
      channel: 'COUNTER',
      nationalId: DEMO_FORWARDED_DOSSIER.applicant.nationalId,
      procedure: DEMO_FORWARDED_DOSSIER.procedureCode,
      agency: DEMO_AGENCY.code,
      scheduled: true,
    });
    // the code carries the receiving centre's identifier, as the desk's filing gives it
    expect(dossier.code).toMatch(
      new RegExp(`^${DEMO_CENTRE.code.replace(/\./g, '\\.')}-\\d{6}-\\d+$`),
    );
    expect(validateFormData(dossier.fields, dossier.formData)).toEqual([]);
    const desk = DEMO_TREE_USERS.centreReception.fullName;
    expect(dossier.history).toEqual([
      {
        action: 'receive',
        from: null,
        to: 'RECEIVED',
        role: 'RECEPTION',
        actor: desk,
        note: expect.stringContaining(DEMO_CENTRE.name),
      },
      {
        action: 'forward',
        from: 'RECEIVED',
        to: 'RECEIVED',
        role: 'RECEPTION',
        actor: desk,
        note: expect.stringContaining(DEMO_AGENCY.name),
      },
    ]);
    expect(dossier.events).toEqual(['dossier.receive', 'dossier.forward']);
  });

  it('changes nothing at the next start, and never undoes an administrator’s edits', async () => {
    const ds = await freshDatabase();
    await seedDemoData(ds);
    const before = {
      agencies: await agencies(ds),
      users: await users(ds),
      forwarded: await forwarded(ds),
    };
    expect(before.forwarded).toHaveLength(1);
    await seedDemoData(ds);
    expect({
      agencies: await agencies(ds),
      users: await users(ds),
      forwarded: await forwarded(ds),
    }).toEqual(before);

    // an administrator renames the ward, moves the centre under the province, deletes an account
    await ds.query(`UPDATE agencies SET name = 'UBND phường Ba Đình (đổi tên)' WHERE code = $1`, [
      DEMO_AGENCY.code,
    ]);
    await ds.query(
      `UPDATE agencies SET parent_id = (SELECT id FROM agencies WHERE code = $2) WHERE code = $1`,
      [DEMO_CENTRE.code, DEMO_PROVINCE.code],
    );
    await ds.query(`DELETE FROM users WHERE email = $1`, [DEMO_TREE_USERS.departmentLeader.email]);
    await seedDemoData(ds);
    const after = await agencies(ds);
    expect(after.find((a) => a.code === DEMO_AGENCY.code)?.name).toBe(
      'UBND phường Ba Đình (đổi tên)',
    );
    expect(after.find((a) => a.code === DEMO_CENTRE.code)?.parent).toBe(DEMO_PROVINCE.code);
    expect((await users(ds)).map((u) => u.email)).not.toContain(
      DEMO_TREE_USERS.departmentLeader.email,
    );
  });

  it('places the ward of a database seeded before the tree under the province, once', async () => {
    const ds = await freshDatabase();
    // the demo data as it was: a district-level agency, no parent, its four accounts
    const [old] = (await ds.query(
      `INSERT INTO agencies (code, name) VALUES ($1, 'Ủy ban nhân dân quận Ba Đình, thành phố Hà Nội')
       RETURNING id`,
      [DEMO_AGENCY.code],
    )) as { id: string }[];
    const hash = await passwordHasher.hash(DEMO_PASSWORD);
    for (const user of DEMO_USERS) {
      await ds.query(
        `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
         VALUES ($1, $2, $3, $4, $5)`,
        [user.email, user.fullName, hash, user.roles, old.id],
      );
    }
    await seedDemoData(ds);
    const tree = await agencies(ds);
    expect(tree.find((a) => a.code === DEMO_AGENCY.code)).toEqual({
      ...DEMO_AGENCY,
      kind: 'COMMUNE',
      parent: DEMO_PROVINCE.code,
    });
    expect(tree.map((a) => a.code).sort()).toEqual(DEMO_AGENCIES.map((a) => a.code).sort());
    expect((await users(ds)).map((u) => u.email).sort()).toEqual([...DEMO_EMAILS].sort());

    // later the administrator takes it out of the province (a root again): not put back
    await ds.query(`UPDATE agencies SET parent_id = NULL, kind = 'PROVINCE' WHERE code = $1`, [
      DEMO_AGENCY.code,
    ]);
    await seedDemoData(ds);
    expect((await agencies(ds)).find((a) => a.code === DEMO_AGENCY.code)).toMatchObject({
      kind: 'PROVINCE',
      parent: null,
    });
  });

  it('refuses a production start while any demo account, old or new, has the demo password', async () => {
    const ds = await freshDatabase();
    await seedDemoData(ds);
    await ds.query(`DELETE FROM users WHERE email = ANY($1)`, [DEMO_USERS.map((u) => u.email)]);
    await expect(refuseDemoCredentials(ds)).rejects.toThrow(DemoCredentialsError);
    await expect(refuseDemoCredentials(ds)).rejects.toThrow(
      new RegExp(DEMO_TREE_USERS.centreReception.email.replace(/\./g, '\\.')),
    );
    await ds.query(`DELETE FROM users WHERE email = ANY($1)`, [DEMO_EMAILS]);
    await expect(refuseDemoCredentials(ds)).resolves.toBeUndefined();
  });
});
