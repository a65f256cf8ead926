import type { DeliveryMethod } from '@motcua/domain';
import type { Executor } from '../executor';
import type { DossierRow } from './dossier.repository';
import type { DossierDelivery } from './postal.repository';

/** A channel a notice or a reset link goes out on. */
export type NotificationChannelName = 'email' | 'sms';

/** What an applicant notice says about the dossier (a filed one: it has its code). */
export type NoticeDossierRow = Pick<
  DossierRow,
  | 'id'
  | 'owner_id'
  | 'applicant_full_name'
  | 'applicant_email'
  | 'applicant_phone'
  | 'appointment_date'
  | 'supplement_request'
  | 'rejection'
  | 'extension'
> & {
  code: string;
  claim_nonce: string | null;
  delivery_method: DeliveryMethod;
  delivery: DossierDelivery | null;
  procedure_name: string;
  required_documents: RequiredDocumentName[];
};

/** The dossier as Mẫu 01 (the receipt) reads it, with its agency and its procedure's documents. */
export type ReceiptDossierRow = Pick<
  DossierRow,
  | 'id'
  | 'code'
  | 'owner_id'
  | 'applicant_full_name'
  | 'applicant_phone'
  | 'applicant_email'
  | 'form_data'
  | 'attachments'
  | 'delivery_method'
  | 'delivery_address'
  | 'received_at'
  | 'appointment_date'
  | 'processing_days'
  | 'supplement_request'
  | 'rejection'
  | 'extension'
> & {
  claim_nonce: string | null;
  agency_code: string;
  agency_name: string;
  procedure_name: string;
  required_documents: RequiredDocumentName[];
};

interface RequiredDocumentName {
  code: string;
  name: string;
}

/**
 * What the worker's notices read, and `notification_deliveries`: one row per outbox event and
 * channel, written after the send, so a retried job sends nothing twice.
 */
export class NotificationRepository {
  async dossierForNotice(executor: Executor, dossierId: string): Promise<NoticeDossierRow | null> {
    const rows = (await executor.query(
      `SELECT d.id, d.code, d.owner_id, d.claim_nonce, d.applicant_full_name, d.applicant_email,
              d.applicant_phone, p.name AS procedure_name, p.required_documents,
              to_char(d.appointment_date, 'YYYY-MM-DD') AS appointment_date,
              d.delivery_method, d.supplement_request, d.rejection, d.extension, d.delivery
         FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
        WHERE d.id = $1`,
      [dossierId],
    )) as NoticeDossierRow[];
    return rows[0] ?? null;
  }

  async dossierForReceipt(
    executor: Executor,
    dossierId: string,
  ): Promise<ReceiptDossierRow | null> {
    const rows = (await executor.query(
      `SELECT d.id, d.code, d.owner_id, d.claim_nonce, a.code AS agency_code, a.name AS agency_name,
              d.applicant_full_name, d.applicant_phone, d.applicant_email, p.name AS procedure_name,
              p.required_documents, d.form_data, d.attachments, d.delivery_method,
              d.delivery_address, d.received_at,
              to_char(d.appointment_date, 'YYYY-MM-DD') AS appointment_date, d.processing_days,
              d.supplement_request, d.rejection, d.extension
         FROM dossiers d
         JOIN procedures p ON p.id = d.procedure_id
         JOIN agencies a ON a.id = d.agency_id
        WHERE d.id = $1`,
      [dossierId],
    )) as ReceiptDossierRow[];
    return rows[0] ?? null;
  }

  /**
   * Whether intake has handled the notice of the dossier's latest arrival
   * (`IntakeRepository.markNoticeDone`); true for a dossier with no arrival recorded.
   */
  async arrivalNoticeDone(executor: Executor, dossierId: string): Promise<boolean> {
    const [row] = (await executor.query(
      `SELECT attachment_check->>'noticeDoneAt' IS NOT NULL AS done FROM dossiers WHERE id = $1`,
      [dossierId],
    )) as { done: boolean }[];
    return row?.done ?? true;
  }

  async delivered(
    executor: Executor,
    outboxId: string,
    channel: NotificationChannelName,
  ): Promise<boolean> {
    const rows = (await executor.query(
      `SELECT 1 FROM notification_deliveries WHERE outbox_id = $1 AND channel = $2`,
      [outboxId, channel],
    )) as unknown[];
    return rows.length > 0;
  }

  async recordDelivery(
    executor: Executor,
    outboxId: string,
    channel: NotificationChannelName,
  ): Promise<void> {
    await executor.query(
      `INSERT INTO notification_deliveries (outbox_id, channel) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [outboxId, channel],
    );
  }
}
