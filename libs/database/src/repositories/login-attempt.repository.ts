import type { EntityManager } from 'typeorm';

/** Where a repository method runs: the data source's manager or a transaction's. */
type QueryExecutor = Pick<EntityManager, 'query'>;

export interface LoginAttemptCount {
  /** Attempts on this name since its last success, this one included. */
  attempts: number;
  /** When the count starts again (while locked, when the lock ends). */
  resetsAt: Date;
}

/**
 * Counts sign-in attempts per login name for the lock-out. An attempt is counted before its
 * password is checked, in one statement, so parallel guesses cannot slip past the limit.
 */
export class LoginAttemptRepository {
  /**
   * Counts one attempt on `loginHash`. A count older than `windowSeconds` starts again; the
   * attempt that reaches `limit` starts a lock of `windowSeconds`, which later attempts do
   * not extend.
   */
  async count(
    executor: QueryExecutor,
    loginHash: string,
    limit: number,
    windowSeconds: number,
  ): Promise<LoginAttemptCount> {
    const rows: { attempts: number; resets_at: Date }[] = await executor.query(
      `INSERT INTO login_attempts AS a (login_hash, attempts, resets_at)
       VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (login_hash) DO UPDATE SET
         attempts = CASE WHEN a.resets_at <= now() THEN 1 ELSE a.attempts + 1 END,
         resets_at = CASE
           WHEN a.resets_at <= now() OR a.attempts + 1 = $3
             THEN now() + make_interval(secs => $2)
           ELSE a.resets_at
         END
       RETURNING attempts, resets_at`,
      [loginHash, windowSeconds, limit],
    );
    return { attempts: rows[0].attempts, resetsAt: rows[0].resets_at };
  }

  /**
   * Forgets the count of a name that signed in, and a few counts that have run out (so names
   * tried once and never again do not pile up).
   */
  async clear(executor: QueryExecutor, loginHash: string): Promise<void> {
    await executor.query(
      `DELETE FROM login_attempts
       WHERE login_hash = $1
          OR login_hash IN (
            SELECT login_hash FROM login_attempts WHERE resets_at < now()
            LIMIT 20 FOR UPDATE SKIP LOCKED
          )`,
      [loginHash],
    );
  }
}
