import type { EntityManager } from 'typeorm';

type Executor = Pick<EntityManager, 'query'>;

/**
 * Ends every session of a user: their access tokens answer 401 at the next request and their
 * refresh tokens no longer rotate. For a role change or an account disabled, which must not
 * wait for the access tokens to expire. Returns how many sessions were ended.
 */
export async function revokeUserSessions(db: Executor, userId: string): Promise<number> {
  const [, ended] = (await db.query(
    `UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
    [userId],
  )) as [unknown, number];
  await db.query(
    `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
    [userId],
  );
  return ended;
}

/** A refresh token as rotation reads it. */
export interface RefreshTokenRow {
  userId: string;
  familyId: string;
  sessionStartedAt: Date;
}

/** A presented refresh token that could not be rotated: was it revoked, is it in grace? */
export interface SpentRefreshTokenRow extends RefreshTokenRow {
  revoked: boolean;
  inGrace: boolean;
}

/**
 * Whether a sign-in's session is still open, by one primary-key read: what a signed-in request
 * asks when its process's list of ended sessions (RevokedSessions) is too old to trust.
 */
export async function isSessionLive(db: Executor, sessionId: string): Promise<boolean> {
  const rows = (await db.query(`SELECT 1 FROM auth_sessions WHERE id = $1 AND revoked_at IS NULL`, [
    sessionId,
  ])) as unknown[];
  return rows.length > 0;
}

/**
 * The sessions ended in the last `seconds`: the access tokens that must be refused are of
 * these (older ones have expired). Read through the partial index on `revoked_at`.
 */
export async function listSessionsRevokedWithin(db: Executor, seconds: number): Promise<string[]> {
  const rows = (await db.query(
    `SELECT id FROM auth_sessions
      WHERE revoked_at IS NOT NULL AND revoked_at > now() - make_interval(secs => $1)`,
    [seconds],
  )) as { id: string }[];
  return rows.map((row) => row.id);
}

/** Starts a sign-in's session row (its id is the refresh-token family's). */
export async function insertAuthSession(
  db: Executor,
  sessionId: string,
  userId: string,
): Promise<void> {
  await db.query(`INSERT INTO auth_sessions (id, user_id) VALUES ($1, $2)`, [sessionId, userId]);
}

export async function insertRefreshToken(
  db: Executor,
  token: {
    userId: string;
    familyId: string;
    tokenHash: string;
    expiresAt: Date;
    sessionStartedAt: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, session_started_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [token.userId, token.familyId, token.tokenHash, token.expiresAt, token.sessionStartedAt],
  );
}

/**
 * Spends a live refresh token (unrevoked, unexpired, in a session younger than `maxDays`);
 * null when there is none with this hash.
 */
export async function rotateRefreshToken(
  db: Executor,
  tokenHash: string,
  maxDays: number,
): Promise<RefreshTokenRow | null> {
  const [rows] = (await db.query(
    `UPDATE refresh_tokens SET revoked_at = now()
      WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
        AND session_started_at > now() - make_interval(days => $2)
      RETURNING user_id AS "userId", family_id AS "familyId",
                session_started_at AS "sessionStartedAt"`,
    [tokenHash, maxDays],
  )) as [RefreshTokenRow[], number];
  return rows[0] ?? null;
}

/**
 * A refresh token that `rotateRefreshToken` refused: whether it was revoked, and whether it was
 * rotated less than `graceSeconds` ago in a session that still has a live token.
 */
export async function findSpentRefreshToken(
  db: Executor,
  tokenHash: string,
  graceSeconds: number,
  maxDays: number,
): Promise<SpentRefreshTokenRow | null> {
  const [row] = (await db.query(
    `SELECT t.user_id AS "userId", t.family_id AS "familyId",
            t.session_started_at AS "sessionStartedAt", t.revoked_at IS NOT NULL AS revoked,
            coalesce(t.revoked_at > now() - make_interval(secs => $2)
              AND t.session_started_at > now() - make_interval(days => $3)
              AND EXISTS (SELECT 1 FROM refresh_tokens live
                           WHERE live.family_id = t.family_id
                             AND live.revoked_at IS NULL AND live.expires_at > now()),
              false) AS "inGrace"
       FROM refresh_tokens t WHERE t.token_hash = $1`,
    [tokenHash, graceSeconds, maxDays],
  )) as SpentRefreshTokenRow[];
  return row ?? null;
}

/** Ends one session: its access tokens and every refresh token of its family. */
export async function revokeSessionFamily(db: Executor, familyId: string): Promise<void> {
  await db.query(
    `UPDATE auth_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
    [familyId],
  );
  await db.query(
    `UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
    [familyId],
  );
}

/** Ends the session a refresh token belongs to, if any (logout); false when there is none. */
export async function endSessionOfRefreshToken(db: Executor, tokenHash: string): Promise<boolean> {
  const [row] = (await db.query(
    `SELECT family_id AS "familyId" FROM refresh_tokens WHERE token_hash = $1`,
    [tokenHash],
  )) as { familyId: string }[];
  if (!row) return false;
  await revokeSessionFamily(db, row.familyId);
  return true;
}
