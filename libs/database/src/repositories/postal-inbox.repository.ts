import type { Executor } from '../executor';
import { insertOutbox } from './outbox.repository';

/** A verified postal operator callback as the inbox stores it. */
export interface PostalCallbackToStore {
  webhookId: string;
  trackingNumber: string;
  reference: string;
  status: string;
  occurredAt: string;
  /** The whole callback as received, kept for the worker and for audit. */
  payload: unknown;
}

/**
 * Stores a verified callback and its `postal.callback` outbox event atomically (one
 * statement, hence one transaction): the event is written only when the webhook id is new,
 * so a redelivered callback has no second effect. The worker applies it later.
 */
const STORE_CALLBACK = `
WITH inbox AS (
  INSERT INTO postal_inbox (webhook_id, tracking_number, reference, status, occurred_at, payload)
  VALUES ($1, $2, $3, $4, $5::timestamptz, $6::jsonb)
  ON CONFLICT (webhook_id) DO NOTHING
  RETURNING webhook_id
)
${insertOutbox(`SELECT 'postal.callback', jsonb_build_object('webhookId', webhook_id) FROM inbox`)}
RETURNING id`;

/** `postal_inbox`: the operator's callbacks, stored by the API for the worker. */
export class PostalInboxRepository {
  /** True when stored now, false when this webhook id was already stored. */
  async store(db: Executor, callback: PostalCallbackToStore): Promise<boolean> {
    const rows = (await db.query(STORE_CALLBACK, [
      callback.webhookId,
      callback.trackingNumber,
      callback.reference,
      callback.status,
      callback.occurredAt,
      JSON.stringify(callback.payload),
    ])) as unknown[];
    return rows.length > 0;
  }
}
