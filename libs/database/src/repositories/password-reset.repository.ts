import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { revokeUserSessions } from './auth-session.repository';
import { insertOutbox } from './outbox.repository';

type Executor = Pick<EntityManager, 'query'>;

/** Outbox type of a password reset request; its payload is `PasswordResetRequested`. */
export const PASSWORD_RESET_EVENT = 'auth.password-reset';

/**
 * Which link a password token is for: a forgotten password (the portal's reset page) or an
 * official's invitation (the console's page setting the first password). A token is only
 * accepted by its own page.
 */
export type PasswordTokenPurpose = 'RESET' | 'INVITATION';

/**
 * Who asked for a reset link: the account's id, or null when no account matched the login;
 * `purpose` INVITATION: an administrator invited the account (absent: RESET).
 */
export interface PasswordResetRequested {
  userId: string | null;
  purpose?: PasswordTokenPurpose;
}

const TOKEN_BYTES = 32;

/** Only this digest is stored, so a leaked table gives no working link. */
export function hashResetToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Records a reset request in the outbox, in one statement whether or not the login matches an
 * account (`userId` null then), so the request costs the same either way and the answer's
 * timing says nothing about the account. `login` is an e-mail address (matched lower-case) or
 * a national ID. The login itself is not stored.
 */
export async function recordPasswordResetRequest(db: Executor, login: string): Promise<void> {
  await db.query(
    insertOutbox(
      `SELECT $1, jsonb_build_object('userId',
         (SELECT id FROM users WHERE email = lower($2) OR national_id = $2 LIMIT 1))`,
    ),
    [PASSWORD_RESET_EVENT, login],
  );
}

/**
 * Records, in the outbox (so in the transaction of the administrator's change), that the link
 * of `purpose` must be sent to the account `userId`: the worker makes the token and mails it.
 */
export async function recordPasswordLinkForAccount(
  db: Executor,
  userId: string,
  purpose: PasswordTokenPurpose,
): Promise<void> {
  const payload: PasswordResetRequested = { userId, purpose };
  await db.query(insertOutbox(`SELECT $1, $2::jsonb`), [PASSWORD_RESET_EVENT, payload]);
}

/** The account a reset link goes to (never a disabled one). */
export interface PasswordResetRecipient {
  fullName: string;
  email: string | null;
  phone: string | null;
  /** An official's agency (named in an invitation); null for a citizen. */
  agencyName: string | null;
}

export async function findPasswordResetRecipient(
  db: Executor,
  userId: string,
): Promise<PasswordResetRecipient | null> {
  const [row] = (await db.query(
    `SELECT u.full_name AS "fullName", u.email, u.phone, a.name AS "agencyName"
       FROM users u LEFT JOIN agencies a ON a.id = u.agency_id
      WHERE u.id = $1 AND u.disabled_at IS NULL`,
    [userId],
  )) as PasswordResetRecipient[];
  return row ?? null;
}

/**
 * A new one-time token of `purpose` for `userId`, valid `ttlMinutes`; returns the token (only
 * its digest is stored).
 */
export async function issuePasswordResetToken(
  db: Executor,
  userId: string,
  ttlMinutes: number,
  purpose: PasswordTokenPurpose = 'RESET',
): Promise<string> {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  await db.query(
    `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at, purpose)
     VALUES ($1, $2, now() + make_interval(mins => $3), $4)`,
    [userId, hashResetToken(token), ttlMinutes, purpose],
  );
  return token;
}

/** The account a usable token belongs to, with what a new password must not contain. */
export interface PasswordResetAccount {
  userId: string;
  nationalId: string | null;
  phone: string | null;
  email: string | null;
}

/**
 * The account of an unused, unexpired token of `purpose`, or null (also for a disabled
 * account). Spends nothing.
 */
export async function findPasswordResetAccount(
  db: Executor,
  token: string,
  purpose: PasswordTokenPurpose = 'RESET',
): Promise<PasswordResetAccount | null> {
  const [row] = (await db.query(
    `SELECT u.id AS "userId", u.national_id AS "nationalId", u.phone, u.email
       FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now()
        AND u.disabled_at IS NULL`,
    [hashResetToken(token), purpose],
  )) as PasswordResetAccount[];
  return row ?? null;
}

/**
 * Sets a new password with a token of `purpose`, in the transaction of `db`: spends the token (only one of
 * two concurrent uses succeeds), spends the account's other links, stores `passwordHash` and
 * revokes every refresh token of the account. Returns the account's id, or null when the
 * token is unknown, used or expired (then nothing changed).
 */
export async function resetPasswordWithToken(
  db: Executor,
  token: string,
  passwordHash: string,
  purpose: PasswordTokenPurpose = 'RESET',
): Promise<string | null> {
  // an UPDATE answers [rows, count]
  const [spent] = (await db.query(
    `UPDATE password_reset_tokens t SET used_at = now()
      WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = t.user_id AND u.disabled_at IS NOT NULL)
      RETURNING user_id`,
    [hashResetToken(token), purpose],
  )) as [{ user_id: string }[], number];
  const userId = spent[0]?.user_id;
  if (!userId) return null;
  await db.query(
    `UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`,
    [userId],
  );
  await db.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
  await revokeUserSessions(db, userId);
  return userId;
}
