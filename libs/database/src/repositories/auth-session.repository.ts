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
