import type { DeliveryMethod } from '@motcua/domain';
import type { DeliveryAddress } from '../entities/dossier.entity';
import type { Executor } from '../executor';

/** A channel a notice or a reset link goes out on. */
export type NotificationChannelName = 'email' | 'sms';

interface StoredActor {
  id?: string | null;
  role: string;
  name: string;
}

/** What an applicant notice says about the dossier. */
export interface NoticeDossierRow {
  id: string;
  code: string;
  owner_id: string | null;
  claim_nonce: string | null;
  applicant_full_name: string;
  applicant_email: string | null;
  applicant_phone: string | null;
  procedure_name: string;
  required_documents: { code: string; name: string }[];
  appointment_date: string | null;
  delivery_method: DeliveryMethod;
  supplement_request: { reason: string; documents: string[] } | null;
  rejection: { reason: string } | null;
  extension: {
    reason: string;
    newAppointmentDate: string;
    previousAppointmentDate: string | null;
  } | null;
  delivery: { trackingNumber?: string } | null;
}

/** The dossier as Mẫu 01 (the receipt) reads it, with its agency and its procedure's documents. */
export interface ReceiptDossierRow {
  id: string;
  code: string | null;
  owner_id: string | null;
  claim_nonce: string | null;
  agency_code: string;
  agency_name: string;
  applicant_full_name: string;
  applicant_phone: string | null;
  applicant_email: string | null;
  procedure_name: string;
  required_documents: { code: string; name: string }[];
  form_data: Record<string, unknown>;
  attachments: { documentCode: string; fileName: string }[];
  delivery_method: DeliveryMethod;
  delivery_address: DeliveryAddress | null;
  received_at: Date | null;
  appointment_date: string | null;
  processing_days: number | null;
  supplement_request: {
    reason: string;
    documents: string[];
    requestedAt: string;
    requestedBy: StoredActor;
  } | null;
  rejection: { reason: string; rejectedAt: string; rejectedBy: StoredActor } | null;
  extension: {
    previousAppointmentDate: string | null;
    newAppointmentDate: string;
    reason: string;
    extendedAt: string;
    extendedBy: StoredActor;
  } | null;
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
