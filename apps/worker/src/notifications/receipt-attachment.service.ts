import { Injectable } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { DossierHistoryRepository, NotificationRepository } from '@motcua/database';
import { renderReceiptSlip, toReceiptSlipData } from '@motcua/forms';
import { NotificationAttachment } from '@motcua/notifications';
import { DataSource } from 'typeorm';
import { ClaimCodes } from './claim-codes';

/** ASCII file name of the receipt (`giay-tiep-nhan-<code>.pdf`): mail clients differ on UTF-8. */
export function receiptFileName(code: string): string {
  return `giay-tiep-nhan-${code.replace(/[^0-9A-Za-z.-]/g, '_')}.pdf`;
}

/**
 * Mẫu 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) as an e-mail attachment: the same
 * renderer and data mapping as the API's `forms/receipt.pdf`.
 */
@Injectable()
export class ReceiptAttachment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: NotificationRepository,
    private readonly history: DossierHistoryRepository,
    private readonly config: AppConfig,
    private readonly claimCodes: ClaimCodes,
  ) {}

  /** The receipt of a received dossier; null when the dossier is gone or not received. */
  async render(dossierId: string, now = new Date()): Promise<NotificationAttachment | null> {
    const db = this.dataSource.manager;
    const [dossier, history] = await Promise.all([
      this.dossiers.dossierForReceipt(db, dossierId),
      this.history.forForms(db, dossierId),
    ]);
    if (!dossier?.code || !dossier.received_at) return null;
    const content = await renderReceiptSlip(
      toReceiptSlipData({
        dossier,
        procedure: {
          agencyName: dossier.agency_name,
          requiredDocuments: dossier.required_documents,
        },
        history,
        publicBaseUrl: this.config.get('PUBLIC_BASE_URL'),
        now,
        claimCode: this.claimCodes.of({ ...dossier, code: dossier.code })?.code,
      }),
    );
    return { filename: receiptFileName(dossier.code), content, contentType: 'application/pdf' };
  }
}
