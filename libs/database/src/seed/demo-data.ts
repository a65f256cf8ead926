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
    role: Role.Admin,
  },
  {
    email: 'tiepnhan@motcua.local',
    fullName: 'Nguyễn Thị Thu Hà',
    phone: '0912345602',
    role: Role.Reception,
  },
  {
    email: 'chuyenvien@motcua.local',
    fullName: 'Lê Minh Tuấn',
    phone: '0912345603',
    role: Role.Specialist,
  },
  {
    email: 'lanhdao@motcua.local',
    fullName: 'Phạm Văn Đức',
    phone: '0912345604',
    role: Role.Leader,
  },
] as const;

/**
 * Demo agency, officials and procedures (API.md → Demo data). Runs at every start-up:
 * only missing rows are inserted, so it never duplicates and never undoes an admin's edits.
 */
export async function seedDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const agencyId = await ensureAgency(manager);
    await ensureUsers(manager, agencyId);
    await ensureProcedures(manager, agencyId);
  });
}

async function ensureAgency(manager: EntityManager): Promise<string> {
  await manager.query(
    'INSERT INTO agencies (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING',
    [DEMO_AGENCY.code, DEMO_AGENCY.name],
  );
  const rows: { id: string }[] = await manager.query('SELECT id FROM agencies WHERE code = $1', [
    DEMO_AGENCY.code,
  ]);
  return rows[0].id;
}

async function ensureUsers(manager: EntityManager, agencyId: string): Promise<void> {
  const emails = DEMO_USERS.map((u) => u.email);
  const existing: { email: string }[] = await manager.query(
    'SELECT email FROM users WHERE email = ANY($1)',
    [emails],
  );
  const present = new Set(existing.map((r) => r.email));
  const missing = DEMO_USERS.filter((u) => !present.has(u.email));
  if (missing.length === 0) return;
  // hashing is slow on purpose, so only for accounts that are actually missing
  const hash = await passwordHasher.hash(DEMO_PASSWORD);
  for (const user of missing) {
    await manager.query(
      `INSERT INTO users (email, full_name, phone, password_hash, roles, agency_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING`,
      [user.email, user.fullName, user.phone, hash, [user.role], agencyId],
    );
  }
}

async function ensureProcedures(manager: EntityManager, agencyId: string): Promise<void> {
  for (const p of DEMO_PROCEDURES) {
    await manager.query(
      `INSERT INTO procedures
         (code, agency_id, name, processing_days, fee, online_level, postal_delivery,
          required_documents, fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)
       ON CONFLICT (code) DO NOTHING`,
      [
        p.code,
        agencyId,
        p.name,
        p.processingDays,
        p.fee,
        p.onlineLevel,
        p.postalDelivery,
        JSON.stringify(p.requiredDocuments),
        JSON.stringify(p.fields),
      ],
    );
  }
}
