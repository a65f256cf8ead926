import type { Executor } from '../executor';

/** A stored key as the replay decision reads it. */
export interface IdempotencyKeyRow {
  request_hash: string;
  /** Set in the transaction that claimed the key, so every committed row has it. */
  response_status: number;
  response_body: unknown;
}

/**
 * `idempotency_keys`: one row per (user, Idempotency-Key). The row is claimed in the same
 * transaction as the work, so a concurrent retry blocks on it, and rolls back with the work.
 */
export class IdempotencyKeyRepository {
  /** Inserts the key; false when it exists already (after waiting for its transaction). */
  async claim(
    db: Executor,
    key: { userId: string; key: string; scope: string; requestHash: string },
  ): Promise<boolean> {
    const claimed = (await db.query(
      `INSERT INTO idempotency_keys (user_id, key, scope, request_hash)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1`,
      [key.userId, key.key, key.scope, key.requestHash],
    )) as unknown[];
    return claimed.length > 0;
  }

  /** Stores the answer given to the first request, for the retries to replay. */
  async storeResponse(
    db: Executor,
    userId: string,
    key: string,
    response: { statusCode: number; body: unknown },
  ): Promise<void> {
    await db.query(
      `UPDATE idempotency_keys SET response_status = $3, response_body = $4
       WHERE user_id = $1 AND key = $2`,
      [userId, key, response.statusCode, JSON.stringify(response.body)],
    );
  }

  async find(db: Executor, userId: string, key: string): Promise<IdempotencyKeyRow | null> {
    const rows = (await db.query(
      `SELECT request_hash, response_status, response_body FROM idempotency_keys
       WHERE user_id = $1 AND key = $2`,
      [userId, key],
    )) as IdempotencyKeyRow[];
    return rows[0] ?? null;
  }

  /** Forgets the keys older than `hours` (their retention); returns how many. */
  async purgeOlderThan(db: Executor, hours: number): Promise<number> {
    const [, purged] = (await db.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
      [hours],
    )) as [unknown, number];
    return purged;
  }
}
