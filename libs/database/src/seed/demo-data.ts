import { AgencyKind, Role } from '@motcua/domain';
// the hasher alone: the package index would pull in Nest and Passport
import { passwordHasher } from '@motcua/auth/password-hasher';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DEFAULT_DEMO_RECEIPT_RULES,
  type DemoReceiptRules,
  ensureForwardedDemoDossier,
} from './demo-dossier';
import { DEMO_PROCEDURES } from './demo-procedures';

export { DEMO_FORWARDED_DOSSIER } from './demo-dossier';
export type { DemoReceiptRules } from './demo-dossier';

export { DEMO_PROCEDURE_CODES, DEMO_PROCEDURES } from './demo-procedures';
export type { DemoProcedure, DemoProcedureCode } from './demo-procedures';

export const DEMO_PASSWORD = 'Demo@123456';

interface DemoUser {
  email: string;
  fullName: string;
  phone: string;
  roles: readonly Role[];
}

interface DemoAgency {
  code: string;
  name: string;
  kind: AgencyKind;
  /** The code of the demo agency it sits under; null for the province. */
  parentCode: string | null;
  /** Its officials, created with the agency (all with DEMO_PASSWORD). */
  users: readonly DemoUser[];
}

/** The province at the root of the demo tree. */
export const DEMO_PROVINCE = {
  code: '000.00.00.H01',
  name: 'Ủy ban nhân dân thành phố Hà Nội',
} as const;

/**
 * The demo ward: the agency every client has known since the first demo (its code, its four
 * accounts and its procedures), a commune-level agency under the province since the two-tier
 * reform.
 */
export const DEMO_AGENCY = {
  code: '000.00.00.H00',
  name: 'Ủy ban nhân dân phường Ba Đình',
} as const;

/** The ward's name in the demo data before the two-tier reform (a district then). */
const DEMO_AGENCY_OLD_NAME = 'Ủy ban nhân dân quận Ba Đình, thành phố Hà Nội';

/** The ward's Public Administration Service Centre: its desk receives the ward's dossiers. */
export const DEMO_CENTRE = {
  code: '000.00.01.H00',
  name: 'Trung tâm Phục vụ hành chính công phường Ba Đình',
} as const;

/** A department of the province. */
export const DEMO_DEPARTMENT = {
  code: '000.00.00.H02',
  name: 'Sở Tư pháp thành phố Hà Nội',
} as const;

/** The demo ward's four accounts, exactly as clients have always known them. */
export const DEMO_USERS = [
  {
    email: 'admin@motcua.local',
    fullName: 'Trần Quốc Huy',
    phone: '0912345601',
    // the demo administrator also holds the system-wide settings the README shows
    roles: [Role.Admin, Role.SystemAdmin],
  },
  {
    email: 'tiepnhan@motcua.local',
    fullName: 'Nguyễn Thị Thu Hà',
    phone: '0912345602',
    roles: [Role.Reception],
  },
  {
    email: 'chuyenvien@motcua.local',
    fullName: 'Lê Minh Tuấn',
    phone: '0912345603',
    roles: [Role.Specialist],
  },
  {
    email: 'lanhdao@motcua.local',
    fullName: 'Phạm Văn Đức',
    phone: '0912345604',
    roles: [Role.Leader],
  },
] as const;

/** The officials of the other demo agencies. */
export const DEMO_TREE_USERS = {
  provinceLeader: {
    email: 'lanhdao.thanhpho@motcua.local',
    fullName: 'Đỗ Thị Hồng Nhung',
    phone: '0912345611',
    roles: [Role.Leader],
  },
  centreReception: {
    email: 'tiepnhan.trungtam@motcua.local',
    fullName: 'Vũ Thị Mai Anh',
    phone: '0912345621',
    roles: [Role.Reception],
  },
  departmentSpecialist: {
    email: 'chuyenvien.sotuphap@motcua.local',
    fullName: 'Hoàng Văn Nam',
    phone: '0912345631',
    roles: [Role.Specialist],
  },
  departmentLeader: {
    email: 'lanhdao.sotuphap@motcua.local',
    fullName: 'Bùi Thị Thanh Hương',
    phone: '0912345632',
    roles: [Role.Leader],
  },
} as const satisfies Record<string, DemoUser>;

/** The demo tree, parents before children. */
export const DEMO_AGENCIES: readonly DemoAgency[] = [
  {
    ...DEMO_PROVINCE,
    kind: AgencyKind.Province,
    parentCode: null,
    users: [DEMO_TREE_USERS.provinceLeader],
  },
  {
    ...DEMO_AGENCY,
    kind: AgencyKind.Commune,
    parentCode: DEMO_PROVINCE.code,
    users: DEMO_USERS,
  },
  {
    ...DEMO_CENTRE,
    kind: AgencyKind.ServiceCentre,
    parentCode: DEMO_AGENCY.code,
    users: [DEMO_TREE_USERS.centreReception],
  },
  {
    ...DEMO_DEPARTMENT,
    kind: AgencyKind.Department,
    parentCode: DEMO_PROVINCE.code,
    users: [DEMO_TREE_USERS.departmentSpecialist, DEMO_TREE_USERS.departmentLeader],
  },
];

/** Every account the demo data creates, all with the published DEMO_PASSWORD. */
export const DEMO_EMAILS: readonly string[] = DEMO_AGENCIES.flatMap((a) =>
  a.users.map((u) => u.email),
);

/**
 * Demo agencies, officials and procedures. Runs at every start-up with `SEED_DEMO` (never in
 * production) and never undoes an administrator's edits:
 * - an agency is inserted when no agency has its code, with its officials; an account someone
 *   deleted (it has a published password) never comes back, nor does a moved agency move back;
 * - the demo ward of a database older than the tree (no parent, still its old district name)
 *   is placed under the province and renamed, once;
 * - only missing procedures are inserted (and a demo procedure's purpose or eligibility filled
 *   where never written);
 * - the dossier the centre's desk received for the ward and forwarded to it
 *   (`DEMO_FORWARDED_DOSSIER`) is received once, scheduled by `rules` (the API's office hours
 *   and forwarding days).
 */
export async function seedDemoData(
  dataSource: DataSource,
  rules: DemoReceiptRules = DEFAULT_DEMO_RECEIPT_RULES,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const ids = new Map<string, string>();
    for (const agency of DEMO_AGENCIES) {
      const parentId = agency.parentCode === null ? null : (ids.get(agency.parentCode) ?? null);
      const { id, created } = await ensureAgency(manager, agency, parentId);
      ids.set(agency.code, id);
      if (created) await insertUsers(manager, id, agency.users);
    }
    await placeOldDemoAgency(manager, ids.get(DEMO_PROVINCE.code)!);
    await ensureDemoProcedures(manager, ids.get(DEMO_AGENCY.code)!);
    await ensureForwardedDemoDossier(
      manager,
      ids.get(DEMO_CENTRE.code)!,
      DEMO_TREE_USERS.centreReception.email,
      rules,
    );
  });
}

/**
 * For production start-up: refuses to go on while a demo account can still sign in with the
 * published demo password (a database once started with the demo data, now in production).
 */
export async function refuseDemoCredentials(dataSource: DataSource): Promise<void> {
  const rows: { email: string; password_hash: string }[] = await dataSource.query(
    'SELECT email, password_hash FROM users WHERE email = ANY($1)',
    [DEMO_EMAILS],
  );
  const open: string[] = [];
  for (const row of rows) {
    if (await passwordHasher.verify(row.password_hash, DEMO_PASSWORD)) open.push(row.email);
  }
  if (open.length > 0) {
    throw new DemoCredentialsError(
      `Demo account(s) with the published demo password found: ${open.join(', ')}. ` +
        'Delete them or change their passwords before starting in production.',
    );
  }
}

export class DemoCredentialsError extends Error {}

async function ensureAgency(
  manager: EntityManager,
  agency: DemoAgency,
  parentId: string | null,
): Promise<{ id: string; created: boolean }> {
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO agencies (code, name, kind, parent_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (code) DO NOTHING RETURNING id`,
    [agency.code, agency.name, agency.kind, parentId],
  );
  if (inserted.length > 0) return { id: inserted[0].id, created: true };
  const rows: { id: string }[] = await manager.query('SELECT id FROM agencies WHERE code = $1', [
    agency.code,
  ]);
  return { id: rows[0].id, created: false };
}

/**
 * The demo ward of a database seeded before the tree existed is a commune without a parent
 * (the migration's default): it goes under the province, and its district name becomes the
 * ward's. A name or a place an administrator gave it is kept.
 */
async function placeOldDemoAgency(manager: EntityManager, provinceId: string): Promise<void> {
  await manager.query(
    `UPDATE agencies SET parent_id = $2
      WHERE code = $1 AND parent_id IS NULL AND kind = 'COMMUNE'`,
    [DEMO_AGENCY.code, provinceId],
  );
  await manager.query(`UPDATE agencies SET name = $2 WHERE code = $1 AND name = $3`, [
    DEMO_AGENCY.code,
    DEMO_AGENCY.name,
    DEMO_AGENCY_OLD_NAME,
  ]);
}

async function insertUsers(
  manager: EntityManager,
  agencyId: string,
  users: readonly DemoUser[],
): Promise<void> {
  const hash = await passwordHasher.hash(DEMO_PASSWORD);
  for (const user of users) {
    await manager.query(
      `INSERT INTO users (email, full_name, phone, password_hash, roles, agency_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING`,
      [user.email, user.fullName, user.phone, hash, user.roles, agencyId],
    );
  }
}
/** The demo procedures, on the transaction given (exported for its test). */
export async function ensureDemoProcedures(
  manager: EntityManager,
  agencyId: string,
): Promise<void> {
  for (const p of DEMO_PROCEDURES) {
    // a purpose or eligibility never written (NULL, e.g. a database older than those columns)
    // is filled; an administrator's text, even an empty one, is kept
    await manager.query(
      `INSERT INTO procedures
         (code, agency_id, name, processing_days, fee, online_level, postal_delivery,
          purpose, eligibility, required_documents, fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb)
       ON CONFLICT (code) DO UPDATE
         SET purpose = COALESCE(procedures.purpose, EXCLUDED.purpose),
             eligibility = COALESCE(procedures.eligibility, EXCLUDED.eligibility)
       WHERE procedures.purpose IS NULL OR procedures.eligibility IS NULL`,
      [
        p.code,
        agencyId,
        p.name,
        p.processingDays,
        p.fee,
        p.onlineLevel,
        p.postalDelivery,
        p.purpose,
        p.eligibility,
        JSON.stringify(p.requiredDocuments),
        JSON.stringify(p.fields),
      ],
    );
  }
}
