import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { revokeUserSessions } from './auth-session.repository';
import { insertOutbox } from './outbox.repository';

type Executor = Pick<EntityManager, 'query'>;

/** Outbox type of a password reset request; its payload is `PasswordResetRequested`. */
export const PASSWORD_RESET_EVENT = 'auth.password-reset';

/** Who asked for a reset link: the account's id, or null when no account matched the login. */
export interface PasswordResetRequested {
  userId: string | null;
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

/** The account a reset link goes to. */
export interface PasswordResetRecipient {
  fullName: string;
  email: string | null;
  phone: string | null;
}

export async function findPasswordResetRecipient(
  db: Executor,
  userId: string,
): Promise<PasswordResetRecipient | null> {
  const [row] = (await db.query(
    `SELECT full_name AS "fullName", email, phone FROM users WHERE id = $1`,
    [userId],
  )) as PasswordResetRecipient[];
  return row ?? null;
}

/** A new one-time token for `userId`, valid `ttlMinutes`; returns the token (never stored). */
export async function issuePasswordResetToken(
  db: Executor,
  userId: string,
  ttlMinutes: number,
): Promise<string> {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  await db.query(
    `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
     VALUES ($1, $2, now() + make_interval(mins => $3))`,
    [userId, hashResetToken(token), ttlMinutes],
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

/** The account of an unused, unexpired token, or null. Spends nothing. */
export async function findPasswordResetAccount(
  db: Executor,
  token: string,
): Promise<PasswordResetAccount | null> {
  const [row] = (await db.query(
    `SELECT u.id AS "userId", u.national_id AS "nationalId", u.phone, u.email
       FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now()`,
    [hashResetToken(token)],
  )) as PasswordResetAccount[];
  return row ?? null;
}

/**
 * Sets a new password with a token, in the transaction of `db`: spends the token (only one of
 * two concurrent uses succeeds), spends the account's other links, stores `passwordHash` and
 * revokes every refresh token of the account. Returns the account's id, or null when the
 * token is unknown, used or expired (then nothing changed).
 */
export async function resetPasswordWithToken(
  db: Executor,
  token: string,
  passwordHash: string,
): Promise<string | null> {
  // an UPDATE answers [rows, count]
  const [spent] = (await db.query(
    `UPDATE password_reset_tokens SET used_at = now()
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
      RETURNING user_id`,
    [hashResetToken(token)],
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
