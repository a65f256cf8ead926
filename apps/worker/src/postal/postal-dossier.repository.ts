import { Injectable } from '@nestjs/common';
import { recordDossierChange, SYSTEM_ACTOR } from '@motcua/database';
import { EntityManager } from 'typeorm';

export interface InboxRow {
  webhook_id: string;
  tracking_number: string;
  reference: string;
  status: string;
  occurred_at: Date;
  processed_at: Date | null;
  outcome: string | null;
}

export interface PostalDossierRow {
  id: string;
  code: string;
  status: string;
  delivery: { status?: string; trackingNumber?: string } | null;
}

export type InboxOutcome = 'applied' | 'stale' | 'unknown-reference';

/**
 * The few statements the worker needs on the inbox and on dossiers. A copy of the API's
 * DossierRepository.applyTransition SQL (history entry + outbox event), so the worker does
 * not import API code. Every method runs on the caller's transaction.
 */
@Injectable()
export class PostalDossierRepository {
  /** Locks the inbox row until commit: two deliveries of one job are serialised. */
  async lockInbox(manager: EntityManager, webhookId: string): Promise<InboxRow | null> {
    const rows = (await manager.query(
      `SELECT webhook_id, tracking_number, reference, status, occurred_at, processed_at, outcome
       FROM postal_inbox WHERE webhook_id = $1 FOR UPDATE`,
      [webhookId],
    )) as InboxRow[];
    return rows[0] ?? null;
  }

  async markProcessed(
    manager: EntityManager,
    webhookId: string,
    outcome: InboxOutcome,
  ): Promise<void> {
    await manager.query(
      `UPDATE postal_inbox SET processed_at = now(), outcome = $2 WHERE webhook_id = $1`,
      [webhookId, outcome],
    );
  }

  /** The dossier a shipment was made for, locked; a known tracking number must match. */
  async lockDossier(
    manager: EntityManager,
    code: string,
    trackingNumber: string,
  ): Promise<PostalDossierRow | null> {
    const rows = (await manager.query(
      `SELECT id, code, status, delivery FROM dossiers
       WHERE code = $1
         AND (delivery->>'trackingNumber' IS NULL OR delivery->>'trackingNumber' = $2)
       FOR UPDATE`,
      [code, trackingNumber],
    )) as PostalDossierRow[];
    return rows[0] ?? null;
  }

  /** Records the new delivery status (and, optionally, the dossier's new status). */
  async updateDelivery(
    manager: EntityManager,
    id: string,
    delivery: { status: string; trackingNumber: string; updatedAt: Date },
    status?: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE dossiers SET
         delivery = jsonb_build_object('status', $2::text, 'trackingNumber', $3::text,
           'updatedAt', to_jsonb($4::timestamptz), 'method', 'POSTAL'),
         status = COALESCE($5::varchar, status),
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, delivery.status, delivery.trackingNumber, delivery.updatedAt, status ?? null],
    );
  }

  /** History entry and outbox event of a system transition, in one round trip. */
  recordTransition(
    manager: EntityManager,
    id: string,
    entry: { action: string; from: string; to: string; note: string | null },
  ): Promise<void> {
    return recordDossierChange(manager, {
      dossierId: id,
      action: entry.action,
      fromStatus: entry.from,
      toStatus: entry.to,
      actor: SYSTEM_ACTOR,
      note: entry.note,
    });
  }
}
