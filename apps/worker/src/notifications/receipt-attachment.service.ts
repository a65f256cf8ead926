import { Injectable } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { FormDossier, FormHistoryEntry, renderReceiptSlip, toReceiptSlipData } from '@motcua/forms';
import { NotificationAttachment } from '@motcua/notifications';
import { DataSource } from 'typeorm';
import { ClaimCodes } from './claim-codes';

/** The dossier as Mẫu 01 reads it, with its agency's name and its procedure's documents. */
const SELECT_DOSSIER_FOR_RECEIPT = `
  SELECT d.id, d.code, d.owner_id, d.claim_nonce, a.code AS agency_code, a.name AS agency_name, d.applicant_full_name,
         d.applicant_phone, d.applicant_email, p.name AS procedure_name, p.required_documents,
         d.form_data, d.attachments, d.delivery_method, d.delivery_address, d.received_at,
         to_char(d.appointment_date, 'YYYY-MM-DD') AS appointment_date, d.processing_days,
         d.supplement_request, d.rejection, d.extension
    FROM dossiers d
    JOIN procedures p ON p.id = d.procedure_id
    JOIN agencies a ON a.id = d.agency_id
   WHERE d.id = $1`;

const SELECT_HISTORY = `
  SELECT at, action, from_status AS "fromStatus", to_status AS "toStatus",
         jsonb_build_object('role', actor_role, 'name', actor_name) AS actor, note
    FROM dossier_history WHERE dossier_id = $1 ORDER BY id`;

type ReceiptRow = FormDossier & {
  owner_id: string | null;
  claim_nonce: string | null;
  agency_name: string;
  required_documents: { code: string; name: string }[];
};

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
    private readonly config: AppConfig,
    private readonly claimCodes: ClaimCodes,
  ) {}

  /** The receipt of a received dossier; null when the dossier is gone or not received. */
  async render(dossierId: string, now = new Date()): Promise<NotificationAttachment | null> {
    const [rows, history] = await Promise.all([
      this.dataSource.query(SELECT_DOSSIER_FOR_RECEIPT, [dossierId]) as Promise<ReceiptRow[]>,
      this.dataSource.query(SELECT_HISTORY, [dossierId]) as Promise<FormHistoryEntry[]>,
    ]);
    const dossier = rows[0];
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
