import { Injectable, Logger } from '@nestjs/common';
import {
  DELIVERY_STATUS_LABELS,
  DeliveryStatus,
  DossierStatus,
  isNewerDelivery,
} from '@motcua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { InboxOutcome, PostalDossierRepository } from './postal-dossier.repository';

export type ApplyOutcome = InboxOutcome | 'already-processed' | 'not-found';

/** What a terminal delivery status does to a dossier still DELIVERING. */
const TRANSITIONS: Partial<Record<DeliveryStatus, { action: string; to: DossierStatus }>> = {
  [DeliveryStatus.Delivered]: { action: 'deliver', to: DossierStatus.Returned },
  [DeliveryStatus.ReturnedToSender]: {
    action: 'return-to-sender',
    to: DossierStatus.ResultReady,
  },
};

/**
 * Applies one stored postal callback (a `postal_inbox` row) to its dossier, once: the row is
 * locked and marked processed in the same transaction as the effect, so a job delivered
 * twice (at-least-once) or a replayed callback changes nothing the second time.
 *
 * Forward-only rule (`isNewerDelivery`): an event applies only when its status ranks higher
 * than the stored `delivery.status`; same or lower rank is `stale` and changes nothing (so an
 * out-of-order event never moves a delivery backwards; `occurredAt` is recorded, not compared).
 * DELIVERED on a DELIVERING dossier → RETURNED (action `deliver`); RETURNED_TO_SENDER →
 * RESULT_READY (action `return-to-sender`), so the desk can hand it over at the counter.
 * An unknown reference (or a tracking number that does not match the dossier's) is kept
 * with outcome `unknown-reference` and no effect.
 */
@Injectable()
export class PostalEventApplier {
  private readonly logger = new Logger(PostalEventApplier.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PostalDossierRepository,
  ) {}

  apply(webhookId: string): Promise<ApplyOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.repository.lockInbox(manager, webhookId);
      if (!event) {
        this.logger.warn(`Postal event ${webhookId} not in the inbox`);
        return 'not-found';
      }
      if (event.processed_at) return 'already-processed';

      const outcome = await this.applyTo(manager, event);
      await this.repository.markProcessed(manager, webhookId, outcome);
      return outcome;
    });
  }

  private async applyTo(
    manager: EntityManager,
    event: { reference: string; tracking_number: string; status: string; occurred_at: Date },
  ): Promise<InboxOutcome> {
    const dossier = await this.repository.lockDossier(
      manager,
      event.reference,
      event.tracking_number,
    );
    if (!dossier) return 'unknown-reference';
    if (!isNewerDelivery(dossier.delivery?.status ?? null, event.status)) return 'stale';

    const transition =
      dossier.status === DossierStatus.Delivering
        ? TRANSITIONS[event.status as DeliveryStatus]
        : undefined;
    await this.repository.updateDelivery(
      manager,
      dossier.id,
      {
        status: event.status,
        trackingNumber: event.tracking_number,
        updatedAt: event.occurred_at,
      },
      transition?.to,
    );
    if (transition) {
      await this.repository.recordTransition(manager, dossier.id, {
        action: transition.action,
        from: dossier.status,
        to: transition.to,
        note: `Bưu điện: ${DELIVERY_STATUS_LABELS[event.status as DeliveryStatus]} (${event.tracking_number})`,
      });
    }
    return 'applied';
  }
}
