import { Injectable, Logger } from '@nestjs/common';
import {
  DossierHistoryRepository,
  PostalDossierRow,
  PostalInboxOutcome,
  PostalInboxRow,
  PostalRepository,
  SYSTEM_ACTOR,
} from '@motcua/database';
import {
  DELIVERY_STATUS_LABELS,
  DeliveryMethod,
  DeliveryStatus,
  deliveryTransition,
  isLaterDelivery,
} from '@motcua/domain';
import { JobName, JobPayloads, OnJob } from '@motcua/queue';
import type { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';

export type ApplyOutcome = PostalInboxOutcome | 'already-processed' | 'not-found';

/**
 * Applies stored postal callbacks (`postal_inbox` rows) to their dossiers, each once: the row
 * is locked and marked in the same transaction as its effect, so a job delivered twice or a
 * replayed callback changes nothing the second time.
 *
 * Applying events and recording our shipment commute. A callback for a postal dossier whose
 * tracking number we have not stored yet (the operator answered, our record is still to come
 * or our worker died in between) is kept `pending`; `applyPending` applies such events in
 * the transaction that records the shipment. Both take the dossier's lock first, so one of
 * them always sees the other's work.
 *
 * `delivery` only moves forward (`isLaterDelivery`: the operator's order of statuses, then
 * `occurredAt`), and it is always the latest point seen, so arrival order does not matter.
 * DELIVERED on a DELIVERING dossier → RETURNED; RETURNED_TO_SENDER → RESULT_READY
 * (`deliveryTransition`). An unknown reference, a tracking number that is not the dossier's,
 * or a dossier not delivered by post is kept with its outcome and has no effect.
 */
@Injectable()
export class PostalEventApplier {
  private readonly logger = new Logger(PostalEventApplier.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PostalRepository,
    private readonly history: DossierHistoryRepository,
  ) {}

  /** The `apply-postal-event` job: a stored callback to apply. */
  @OnJob(JobName.ApplyPostalEvent)
  onCallback(job: Job<JobPayloads[JobName.ApplyPostalEvent]>): Promise<ApplyOutcome> {
    return this.apply(job.data.event.webhookId);
  }

  apply(webhookId: string): Promise<ApplyOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const stored = await this.repository.findEvent(manager, webhookId);
      if (!stored) {
        this.logger.warn(`Postal event ${webhookId} not in the inbox`);
        return 'not-found';
      }
      const dossier = await this.repository.lockDossierByCode(manager, stored.reference);
      const event = await this.repository.lockEvent(manager, webhookId);
      if (!event || event.processed_at) return 'already-processed';
      const outcome = await this.applyTo(manager, dossier, event);
      await this.repository.markEvent(manager, webhookId, outcome);
      return outcome;
    });
  }

  /**
   * Applies the events kept for `dossier` (locked by the caller, its shipment just recorded),
   * oldest first, in the caller's transaction.
   */
  async applyPending(manager: EntityManager, dossier: PostalDossierRow): Promise<number> {
    const events = await this.repository.lockUnprocessedEvents(manager, dossier.code);
    for (const event of events) {
      const outcome = await this.applyTo(manager, dossier, event);
      await this.repository.markEvent(manager, event.webhook_id, outcome);
    }
    return events.length;
  }

  /** Applies one event to the locked dossier, updating `dossier` in place. */
  private async applyTo(
    manager: EntityManager,
    dossier: PostalDossierRow | null,
    event: PostalInboxRow,
  ): Promise<PostalInboxOutcome> {
    if (!dossier) return 'unknown-reference';
    if (dossier.delivery_method !== DeliveryMethod.Postal) return 'not-postal';
    const shipped = dossier.delivery?.trackingNumber;
    if (!shipped) return 'pending';
    if (shipped !== event.tracking_number) return 'unknown-reference';
    const current = dossier.delivery
      ? { status: dossier.delivery.status ?? '', occurredAt: dossier.delivery.updatedAt }
      : null;
    if (!isLaterDelivery(current, { status: event.status, occurredAt: event.occurred_at }))
      return 'stale';

    const transition = deliveryTransition(dossier.status, event.status);
    const delivery = {
      status: event.status,
      trackingNumber: shipped,
      updatedAt: event.occurred_at,
    };
    await this.repository.updateDelivery(manager, dossier.id, delivery, transition?.to);
    if (transition) {
      await this.history.record(manager, {
        dossierId: dossier.id,
        action: transition.action,
        fromStatus: dossier.status,
        toStatus: transition.to,
        actor: SYSTEM_ACTOR,
        note: `Bưu điện: ${DELIVERY_STATUS_LABELS[event.status as DeliveryStatus]} (${shipped})`,
      });
      dossier.status = transition.to;
    }
    dossier.delivery = {
      ...dossier.delivery,
      status: delivery.status,
      updatedAt: delivery.updatedAt.toISOString(),
    };
    return 'applied';
  }
}
