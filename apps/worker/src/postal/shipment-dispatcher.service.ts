import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { DeliveryAddress, recordDossierChange, SYSTEM_ACTOR } from '@motcua/database';
import { DossierEventPayload, OutboxJob } from '@motcua/queue';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { POSTAL_OPERATOR, PostalOperator, PostalOperatorRefusedError } from './postal-operator';

interface DossierToShip {
  id: string;
  code: string;
  status: string;
  delivery_method: string;
  delivery_address: DeliveryAddress | null;
  delivery: { trackingNumber?: string } | null;
  agency_code: string;
  agency_name: string;
}

export type DispatchOutcome = 'dispatched' | 'already-dispatched' | 'not-postal' | 'not-ready';

/**
 * Hands the result of an approved POSTAL dossier to the operator. Never two shipments: the
 * dossier code is the operator's Idempotency-Key, and the tracking number is stored in the same
 * transaction that moves the dossier to DELIVERING, so a retry after a crash asks again with
 * the same key and gets the same shipment back.
 */
@Injectable()
export class ShipmentDispatcher {
  private readonly logger = new Logger(ShipmentDispatcher.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(POSTAL_OPERATOR) private readonly operator: PostalOperator,
  ) {}

  async dispatch(job: OutboxJob<DossierEventPayload>): Promise<DispatchOutcome> {
    const dossier = await this.load(job.event.dossierId);
    if (!dossier || dossier.delivery_method !== 'POSTAL' || !dossier.delivery_address)
      return 'not-postal';
    if (dossier.delivery?.trackingNumber) return 'already-dispatched';
    if (dossier.status !== 'RESULT_READY') return 'not-ready';
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
            district: address.district,
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

  private async markDelivering(
    dossierId: string,
    trackingNumber: string,
    status: string,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `UPDATE dossiers SET status = 'DELIVERING', version = version + 1, updated_at = now(),
           delivery = jsonb_build_object('method', 'POSTAL', 'status', $2::text,
             'trackingNumber', $3::text, 'updatedAt', now())
         WHERE id = $1 AND status = 'RESULT_READY' AND delivery_method = 'POSTAL'
         RETURNING id`,
        [dossierId, status, trackingNumber],
      )) as [unknown[], number];
      if (rows[0].length === 0) return false;
      await recordDossierChange(manager, {
        dossierId,
        action: 'dispatch',
        fromStatus: 'RESULT_READY',
        toStatus: 'DELIVERING',
        actor: SYSTEM_ACTOR,
        note: `Số hiệu bưu gửi ${trackingNumber}`,
        event: { trackingNumber },
      });
      return true;
    });
  }

  private async flagRefused(dossierId: string, error: PostalOperatorRefusedError): Promise<void> {
    await this.dataSource.query(
      `UPDATE dossiers SET delivery = jsonb_build_object('method', 'POSTAL', 'status', 'DISPATCH_REFUSED',
         'trackingNumber', NULL, 'updatedAt', now(), 'problem', $2::text), updated_at = now()
       WHERE id = $1`,
      [dossierId, `Bưu điện từ chối nhận gửi (mã ${error.status}); cần cán bộ kiểm tra địa chỉ.`],
    );
    this.logger.warn({ dossierId, status: error.status }, 'Postal operator refused a shipment');
  }

  private async load(dossierId: string): Promise<DossierToShip | null> {
    const rows = (await this.dataSource.query(
      `SELECT d.id, d.code, d.status, d.delivery_method, d.delivery_address, d.delivery,
              a.code AS agency_code, a.name AS agency_name
         FROM dossiers d JOIN agencies a ON a.id = d.agency_id WHERE d.id = $1`,
      [dossierId],
    )) as DossierToShip[];
    return rows[0] ?? null;
  }
}
