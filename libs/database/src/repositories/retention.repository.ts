import type { Executor } from '../executor';

export interface RetentionPurge {
  outbox: number;
  postalInbox: number;
  notificationDeliveries: number;
}

/** Rows deleted per statement, so a first purge of a big table never holds long locks. */
const BATCH = 5_000;

async function deleteInBatches(db: Executor, sql: string, days: number): Promise<number> {
  let total = 0;
  for (;;) {
    const [, deleted] = (await db.query(sql, [days, BATCH])) as [unknown, number];
    total += deleted;
    if (deleted < BATCH) return total;
  }
}

/**
 * Deletes finished bookkeeping older than `days`: outbox events published that long ago,
 * postal callbacks applied or found stale that long ago, and notification delivery records
 * (kept only so a retried job does not mail twice; jobs retry for hours, not months). Never
 * an unpublished event, a pending callback, or one kept for operators (unknown reference,
 * not a postal delivery).
 */
export class RetentionRepository {
  async purgeExpired(db: Executor, days: number): Promise<RetentionPurge> {
    const outbox = await deleteInBatches(
      db,
      `DELETE FROM outbox WHERE id IN (
         SELECT id FROM outbox
         WHERE published_at IS NOT NULL AND published_at < now() - make_interval(days => $1)
         LIMIT $2)`,
      days,
    );
    const postalInbox = await deleteInBatches(
      db,
      `DELETE FROM postal_inbox WHERE webhook_id IN (
         SELECT webhook_id FROM postal_inbox
         WHERE processed_at IS NOT NULL AND outcome IN ('applied', 'stale')
           AND processed_at < now() - make_interval(days => $1)
         LIMIT $2)`,
      days,
    );
    const notificationDeliveries = await deleteInBatches(
      db,
      `DELETE FROM notification_deliveries WHERE (outbox_id, channel) IN (
         SELECT outbox_id, channel FROM notification_deliveries
         WHERE sent_at < now() - make_interval(days => $1)
         LIMIT $2)`,
      days,
    );
    return { outbox, postalInbox, notificationDeliveries };
  }
}
