/** The statements of an applicant notice (the benchmark's raw worker runs these too). */

/** What a notice says about the dossier. */
export const SELECT_DOSSIER_FOR_NOTICE = `
  SELECT d.id, d.code, d.owner_id, d.claim_nonce, d.applicant_full_name, d.applicant_email, d.applicant_phone, p.name AS procedure_name,
         p.required_documents, to_char(d.appointment_date, 'YYYY-MM-DD') AS appointment_date,
         d.delivery_method, d.supplement_request, d.rejection, d.extension, d.delivery
    FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
   WHERE d.id = $1`;
export const SELECT_DELIVERY = `SELECT 1 FROM notification_deliveries WHERE outbox_id = $1 AND channel = $2`;
export const INSERT_DELIVERY = `INSERT INTO notification_deliveries (outbox_id, channel) VALUES ($1, $2) ON CONFLICT DO NOTHING`;

/**
 * Whether intake has handled the notice of the dossier's latest arrival (see intake.sql.ts,
 * MARK_ARRIVAL_NOTICE_DONE): the "received" notice of an online dossier waits for it.
 */
export const SELECT_ARRIVAL_NOTICE_DONE = `
  SELECT attachment_check->>'noticeDoneAt' IS NOT NULL AS done FROM dossiers WHERE id = $1`;
