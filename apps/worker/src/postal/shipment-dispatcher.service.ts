import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { DossierHistoryRepository, PostalRepository, SYSTEM_ACTOR } from '@motcua/database';
import { DeliveryMethod, DossierStatus } from '@motcua/domain';
import { DossierEventPayload, JobName, JobPayloads, OnJob, OutboxJob } from '@motcua/queue';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { PostalEventApplier } from './postal-event-applier.service';
import { POSTAL_OPERATOR, PostalOperator, PostalOperatorRefusedError } from './postal-operator';

export type DispatchOutcome = 'dispatched' | 'already-dispatched' | 'not-postal' | 'not-ready';

/**
 * Hands the result of an approved POSTAL dossier to the operator. Never two shipments: the
 * dossier code is the operator's Idempotency-Key, and the tracking number is stored in the same
 * transaction that moves the dossier to DELIVERING, so a retry after a crash asks again with
 * the same key and gets the same shipment back. That transaction also applies the operator's
 * callbacks that arrived before it (kept `pending` by PostalEventApplier).
 */
@Injectable()
export class ShipmentDispatcher {
  private readonly logger = new Logger(ShipmentDispatcher.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly repository: PostalRepository,
    private readonly history: DossierHistoryRepository,
    private readonly applier: PostalEventApplier,
    @Inject(POSTAL_OPERATOR) private readonly operator: PostalOperator,
  ) {}

  /** The `dispatch-shipment` job: a dossier approved, whose result may go by post. */
  @OnJob(JobName.DispatchShipment)
  onApproval(job: Job<JobPayloads[JobName.DispatchShipment]>): Promise<DispatchOutcome> {
    return this.dispatch(job.data);
  }

  async dispatch(job: OutboxJob<DossierEventPayload>): Promise<DispatchOutcome> {
    const dossier = await this.repository.findDossierToShip(
      this.dataSource.manager,
      job.event.dossierId,
    );
    if (!dossier || dossier.delivery_method !== DeliveryMethod.Postal || !dossier.delivery_address)
      return 'not-postal';
    if (dossier.delivery?.trackingNumber) return 'already-dispatched';
    if (dossier.status !== DossierStatus.ResultReady) return 'not-ready';
    const address = dossier.delivery_address;
    let accepted;
    try {
      accepted = await this.operator.createShipment(
        {
          reference: dossier.code,
          recipient: {
            name: address.recipientName,
            phone: address.phone,
            street: address.street,
            ward: address.ward,
            ...(address.district ? { district: address.district } : {}),
            province: address.province,
          },
          sender: { agencyCode: dossier.agency_code, agencyName: dossier.agency_name },
          callbackUrl: this.callbackUrl(),
        },
        dossier.code,
      );
    } catch (error) {
      if (error instanceof PostalOperatorRefusedError) {
        await this.flagRefused(dossier.id, error);
        // no retry: a person must look at the address or the operator's answer
        throw new UnrecoverableError(error.message);
      }
      throw error;
    }
    const moved = await this.markDelivering(dossier.id, accepted.trackingNumber, accepted.status);
    this.logger.log({ code: dossier.code, moved }, 'Result handed to the postal operator');
    return 'dispatched';
  }

  private callbackUrl(): string {
    return (
      this.config.get('POSTAL_CALLBACK_URL') ??
      // PUBLIC_BASE_URL is the portal's: by default the operator calls the API where it listens
      `http://localhost:${this.config.get('PORT')}/api/v1/postal/callbacks`
    );
  }

  /**
   * Records the accepted shipment: RESULT_READY → DELIVERING with its tracking number, then
   * the callbacks kept for it, all in one transaction under the dossier's lock. False when the
   * dossier moved on meanwhile (its callbacks then stay kept, for an operator).
   */
  private async markDelivering(
    dossierId: string,
    trackingNumber: string,
    status: string,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.repository.lockDossier(manager, dossierId);
      if (
        !dossier ||
        dossier.status !== DossierStatus.ResultReady ||
        dossier.delivery_method !== DeliveryMethod.Postal ||
        dossier.delivery?.trackingNumber
      )
        return false;
      const updatedAt = new Date();
      await this.repository.updateDelivery(
        manager,
        dossierId,
        { status, trackingNumber, updatedAt },
        DossierStatus.Delivering,
      );
      await this.history.record(manager, {
        dossierId,
        action: 'dispatch',
        fromStatus: DossierStatus.ResultReady,
        toStatus: DossierStatus.Delivering,
        actor: SYSTEM_ACTOR,
        note: `Số hiệu bưu gửi ${trackingNumber}`,
        event: { trackingNumber },
      });
      dossier.status = DossierStatus.Delivering;
      dossier.delivery = {
        method: DeliveryMethod.Postal,
        status,
        trackingNumber,
        updatedAt: updatedAt.toISOString(),
      };
      await this.applier.applyPending(manager, dossier);
      return true;
    });
  }

  private async flagRefused(dossierId: string, error: PostalOperatorRefusedError): Promise<void> {
    await this.repository.flagDispatchRefused(
      this.dataSource.manager,
      dossierId,
      `Bưu điện từ chối nhận gửi (mã ${error.status}); cần cán bộ kiểm tra địa chỉ.`,
    );
    this.logger.warn({ dossierId, status: error.status }, 'Postal operator refused a shipment');
  }
}
