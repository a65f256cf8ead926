import { Role } from '@motcua/domain';
// the hasher alone: the package index would pull in Nest and Passport
import { passwordHasher } from '@motcua/auth/password-hasher';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_PROCEDURES } from './demo-procedures';

export { DEMO_PROCEDURE_CODES, DEMO_PROCEDURES } from './demo-procedures';
export type { DemoProcedure, DemoProcedureCode } from './demo-procedures';

export const DEMO_AGENCY = {
  code: '000.00.00.H00',
  name: 'Ủy ban nhân dân quận Ba Đình, thành phố Hà Nội',
} as const;

export const DEMO_PASSWORD = 'Demo@123456';

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

/**
 * Demo agency, officials and procedures. Runs at every start-up with `SEED_DEMO` (never in
 * production): only missing procedures are inserted (and a demo procedure's purpose or
 * eligibility filled where never written), so it never duplicates and never undoes an
 * admin's edits, and the demo accounts only with the demo agency itself, the first time: an
 * account someone deleted (it has a published password) never comes back.
 */
export async function seedDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const { id: agencyId, created } = await ensureAgency(manager);
    if (created) await insertUsers(manager, agencyId);
    await ensureDemoProcedures(manager, agencyId);
  });
}

/**
 * For production start-up: refuses to go on while a demo account can still sign in with the
 * published demo password (a database once started with the demo data, now in production).
 */
export async function refuseDemoCredentials(dataSource: DataSource): Promise<void> {
  const rows: { email: string; password_hash: string }[] = await dataSource.query(
    'SELECT email, password_hash FROM users WHERE email = ANY($1)',
    [DEMO_USERS.map((u) => u.email)],
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

async function ensureAgency(manager: EntityManager): Promise<{ id: string; created: boolean }> {
  const inserted: { id: string }[] = await manager.query(
    'INSERT INTO agencies (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING id',
    [DEMO_AGENCY.code, DEMO_AGENCY.name],
  );
  if (inserted.length > 0) return { id: inserted[0].id, created: true };
  const rows: { id: string }[] = await manager.query('SELECT id FROM agencies WHERE code = $1', [
    DEMO_AGENCY.code,
  ]);
  return { id: rows[0].id, created: false };
}

async function insertUsers(manager: EntityManager, agencyId: string): Promise<void> {
  const hash = await passwordHasher.hash(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
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
