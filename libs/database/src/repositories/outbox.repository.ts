import type { Executor } from '../executor';

/**
 * The one place an `outbox` row is written from (the worker publishes them, see
 * apps/worker/src/outbox). Events are written by the statement or transaction of the change
 * they announce, so an event exists if and only if its change was committed; hence these are
 * SQL steps to splice into that statement rather than statements of their own.
 */

/** `INSERT INTO outbox` of the rows `select` yields, as (type, payload). */
export function insertOutbox(select: string): string {
  return `INSERT INTO outbox (type, payload) ${select}`;
}

/**
 * The payload of a dossier event, from SQL expressions: the dossier's id and code, the action
 * and the two statuses (the shape `DossierChangedEvent` in libs/queue describes).
 */
export function dossierEventPayload(
  id: string,
  code: string,
  action: string,
  from: string,
  to: string,
): string {
  return `jsonb_build_object('dossierId', ${id}, 'code', ${code}, 'action', ${action},
    'fromStatus', ${from}, 'toStatus', ${to})`;
}

/**
 * The outbox row of a dossier change, as a CTE step selecting from the changed row `source`
 * (a CTE with the dossier's `id` and `code`): written by the same statement as the change.
 */
export function outboxEventFrom(
  source: string,
  action: string,
  from: string | null,
  to: string,
): string {
  const fromSql = from ? `'${from}'` : 'NULL';
  return insertOutbox(
    `SELECT 'dossier.${action}', ${dossierEventPayload('id', 'code', `'${action}'`, `${fromSql}::text`, `'${to}'`)} FROM ${source}`,
  );
}

/** SQL giving `OutboxRow.createdAtMicros` from the outbox's `created_at`. */
export const OUTBOX_CREATED_AT_MICROS_SQL = `(extract(epoch FROM created_at) * 1000000)::bigint::text`;

/** An unpublished event as the relay reads it. */
export interface OutboxRow {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  /** The creation instant in µs, as text: with the id, what names the event's jobs. */
  createdAtMicros: string;
}

/** The relay's reads and writes of `outbox`. */
export class OutboxRepository {
  /**
   * Up to `limit` unpublished events, oldest first, locked until the caller's transaction
   * ends; rows another relay holds are skipped, so several worker replicas share the work.
   */
  claimUnpublished(executor: Executor, limit: number): Promise<OutboxRow[]> {
    return executor.query(
      `SELECT id, type, payload, ${OUTBOX_CREATED_AT_MICROS_SQL} AS "createdAtMicros"
         FROM outbox WHERE published_at IS NULL
        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    ) as Promise<OutboxRow[]>;
  }

  async markPublished(executor: Executor, ids: string[]): Promise<void> {
    await executor.query('UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])', [
      ids,
    ]);
  }
}
