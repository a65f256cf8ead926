import type { Role } from '@motcua/domain';
import type { Executor } from '../executor';

/** An account as a sign-in reads it. */
export interface LoginAccountRow {
  id: string;
  roles: Role[];
  agencyId: string | null;
  /** Null: an invited official who has not set a password yet. */
  passwordHash: string | null;
  disabled: boolean;
  totpEnabled: boolean;
}

/** What an access token carries about its user. */
export interface SessionUserRow {
  id: string;
  roles: Role[];
  agencyId: string | null;
}

export interface ProfileRow {
  id: string;
  fullName: string;
  roles: Role[];
  agencyCode: string | null;
}

/** An official's account as administrators see it (never a hash or a secret). */
export interface OfficialRow {
  id: string;
  email: string;
  fullName: string;
  phone: string | null;
  roles: Role[];
  agencyId: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  /** Whether the invitation was accepted (a password is set). */
  activated: boolean;
  disabledAt: Date | null;
  totpEnabled: boolean;
  createdAt: Date;
}

/** The second factor of an account: the encrypted secret, whether confirmed, the last step. */
export interface TotpRow {
  email: string | null;
  secret: string | null;
  enabled: boolean;
}

const OFFICIAL_COLUMNS = `
  u.id, u.email, u.full_name AS "fullName", u.phone, u.roles, u.agency_id AS "agencyId",
  a.code AS "agencyCode", a.name AS "agencyName", u.password_hash IS NOT NULL AS activated,
  u.disabled_at AS "disabledAt", u.totp_enabled_at IS NOT NULL AS "totpEnabled",
  u.created_at AS "createdAt"`;

/**
 * `users`: sign-in, registration, the signed-in profile and the officials' accounts. Every
 * method runs on the executor it is given (the pool's manager or a transaction's).
 */
export class UserRepository {
  /** The account with this e-mail (`login` lower-case) or national ID. */
  async findForLogin(db: Executor, login: string): Promise<LoginAccountRow | null> {
    const [row] = (await db.query(
      `SELECT id, roles, agency_id AS "agencyId", password_hash AS "passwordHash",
              disabled_at IS NOT NULL AS disabled, totp_enabled_at IS NOT NULL AS "totpEnabled"
         FROM users WHERE ${login.includes('@') ? 'email' : 'national_id'} = $1`,
      [login],
    )) as LoginAccountRow[];
    return row ?? null;
  }

  /** A user that may hold a session: null when unknown or disabled. */
  async findSessionUser(db: Executor, id: string): Promise<SessionUserRow | null> {
    const [row] = (await db.query(
      `SELECT id, roles, agency_id AS "agencyId" FROM users WHERE id = $1 AND disabled_at IS NULL`,
      [id],
    )) as SessionUserRow[];
    return row ?? null;
  }

  async findProfile(db: Executor, id: string): Promise<ProfileRow | null> {
    const [row] = (await db.query(
      `SELECT u.id, u.full_name AS "fullName", u.roles, a.code AS "agencyCode"
         FROM users u LEFT JOIN agencies a ON a.id = u.agency_id
        WHERE u.id = $1`,
      [id],
    )) as ProfileRow[];
    return row ?? null;
  }

  /** Which of a national ID and an e-mail an account has already, or null. */
  async takenIdentity(
    db: Executor,
    nationalId: string | null,
    email: string | null,
  ): Promise<'nationalId' | 'email' | null> {
    const [row] = (await db.query(
      `SELECT EXISTS (SELECT 1 FROM users WHERE national_id = $1) AS "nationalId",
              EXISTS (SELECT 1 FROM users WHERE email = $2) AS email`,
      [nationalId, email],
    )) as { nationalId: boolean; email: boolean }[];
    if (row.nationalId) return 'nationalId';
    return row.email ? 'email' : null;
  }

  /**
   * Inserts a citizen's account; null when the national ID or e-mail is taken (ON CONFLICT: a
   * racing duplicate then neither aborts a transaction nor is logged as a failed query).
   */
  async insertCitizen(
    db: Executor,
    input: {
      nationalId: string;
      fullName: string;
      phone: string;
      email: string | null;
      passwordHash: string;
    },
  ): Promise<string | null> {
    const [row] = (await db.query(
      `INSERT INTO users (national_id, full_name, phone, email, password_hash, roles, agency_id)
       VALUES ($1, $2, $3, $4, $5, ARRAY['CITIZEN'], NULL)
       ON CONFLICT DO NOTHING RETURNING id`,
      [input.nationalId, input.fullName, input.phone, input.email, input.passwordHash],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  /** Inserts an invited official without a password; null when the e-mail is taken. */
  async insertOfficial(
    db: Executor,
    input: {
      email: string;
      fullName: string;
      phone: string | null;
      roles: Role[];
      agencyId: string;
    },
  ): Promise<string | null> {
    const [row] = (await db.query(
      `INSERT INTO users (email, full_name, phone, password_hash, roles, agency_id)
       VALUES ($1, $2, $3, NULL, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [input.email, input.fullName, input.phone, input.roles, input.agencyId],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  /**
   * An official (an account with an agency or a role other than CITIZEN); `agencyId` set: only
   * within that agency. `forUpdate` locks the row for the transaction's change.
   */
  async findOfficial(
    db: Executor,
    id: string,
    agencyId: string | null,
    forUpdate = false,
  ): Promise<OfficialRow | null> {
    const [row] = (await db.query(
      `SELECT ${OFFICIAL_COLUMNS}
         FROM users u LEFT JOIN agencies a ON a.id = u.agency_id
        WHERE u.id = $1 AND ($2::uuid IS NULL OR u.agency_id = $2)
          AND (u.agency_id IS NOT NULL OR u.roles <> ARRAY['CITIZEN'])
        ${forUpdate ? 'FOR UPDATE OF u' : ''}`,
      [id, agencyId],
    )) as OfficialRow[];
    return row ?? null;
  }

  /** A page of officials by name; `agencyId` set: only that agency's. */
  async listOfficials(
    db: Executor,
    filter: { agencyId: string | null; limit: number; offset: number },
  ): Promise<{ rows: OfficialRow[]; total: number }> {
    const where = `($1::uuid IS NULL OR u.agency_id = $1)
      AND (u.agency_id IS NOT NULL OR u.roles <> ARRAY['CITIZEN'])`;
    const rows = (await db.query(
      `SELECT ${OFFICIAL_COLUMNS}
         FROM users u LEFT JOIN agencies a ON a.id = u.agency_id
        WHERE ${where}
        ORDER BY u.full_name, u.email LIMIT $2 OFFSET $3`,
      [filter.agencyId, filter.limit, filter.offset],
    )) as OfficialRow[];
    const [count] = (await db.query(`SELECT count(*)::int AS total FROM users u WHERE ${where}`, [
      filter.agencyId,
    ])) as { total: number }[];
    return { rows, total: count.total };
  }

  async updateOfficial(
    db: Executor,
    id: string,
    change: { fullName: string; roles: Role[]; agencyId: string | null },
  ): Promise<void> {
    await db.query(`UPDATE users SET full_name = $2, roles = $3, agency_id = $4 WHERE id = $1`, [
      id,
      change.fullName,
      change.roles,
      change.agencyId,
    ]);
  }

  async setDisabled(db: Executor, id: string, disabled: boolean): Promise<void> {
    await db.query(
      `UPDATE users SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) END
        WHERE id = $1`,
      [id, disabled],
    );
  }

  /** The account's second factor (the secret as stored: encrypted). */
  async findTotp(db: Executor, id: string): Promise<TotpRow | null> {
    const [row] = (await db.query(
      `SELECT email, totp_secret AS secret, totp_enabled_at IS NOT NULL AS enabled
         FROM users WHERE id = $1`,
      [id],
    )) as TotpRow[];
    return row ?? null;
  }

  /**
   * Stores a new, unconfirmed secret (encrypted) for an account not enrolled yet; false when
   * the account has confirmed one meanwhile (that one is kept).
   */
  async storePendingTotpSecret(db: Executor, id: string, encrypted: string): Promise<boolean> {
    const [rows] = (await db.query(
      `UPDATE users SET totp_secret = $2, totp_last_step = NULL
        WHERE id = $1 AND totp_enabled_at IS NULL RETURNING 1`,
      [id, encrypted],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  /**
   * Spends TOTP time step `step` of the account, which confirms the enrolment; false when a
   * code of this step or a later one was already accepted (a code works once).
   */
  async acceptTotpStep(db: Executor, id: string, step: number): Promise<boolean> {
    const [rows] = (await db.query(
      `UPDATE users SET totp_last_step = $2, totp_enabled_at = coalesce(totp_enabled_at, now())
        WHERE id = $1 AND totp_secret IS NOT NULL
          AND (totp_last_step IS NULL OR totp_last_step < $2)
        RETURNING 1`,
      [id, step],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  /** Forgets the second factor: the account enrols again at its next sign-in. */
  async clearTotp(db: Executor, id: string): Promise<void> {
    await db.query(
      `UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL
        WHERE id = $1`,
      [id],
    );
  }
}
