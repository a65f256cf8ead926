import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PostalCallbackDto } from './postal-callback.dto';

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
INSERT INTO outbox (type, payload)
SELECT 'postal.callback', jsonb_build_object('webhookId', webhook_id) FROM inbox
RETURNING id`;

@Injectable()
export class PostalInboxService {
  constructor(private readonly dataSource: DataSource) {}

  /** True when stored now, false when this webhook id was already stored. */
  async store(webhookId: string, callback: PostalCallbackDto): Promise<boolean> {
    const { data } = callback;
    const rows = (await this.dataSource.query(STORE_CALLBACK, [
      webhookId,
      data.trackingNumber,
      data.reference,
      data.status,
      data.occurredAt,
      JSON.stringify(callback),
    ])) as unknown[];
    return rows.length > 0;
  }
}
