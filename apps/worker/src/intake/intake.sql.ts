/**
 * The statements of intake, exported so the benchmark's raw worker runs exactly these.
 */

/** Each attachment of a dossier, its document's name and the digest recorded at upload. */
export const SELECT_ATTACHMENT_DIGESTS = `
  SELECT a.value->>'documentCode' AS document_code, a.value->>'fileId' AS file_id,
         f.sha256 AS recorded_sha256,
         (SELECT doc->>'name' FROM jsonb_array_elements(p.required_documents) doc
           WHERE doc->>'code' = a.value->>'documentCode' LIMIT 1) AS document_name
    FROM dossiers d
    JOIN procedures p ON p.id = d.procedure_id
   CROSS JOIN LATERAL jsonb_array_elements(d.attachments) WITH ORDINALITY AS a(value, n)
    LEFT JOIN files f ON f.id = (a.value->>'fileId')::uuid
   WHERE d.id = $1
   ORDER BY a.n`;

/**
 * Stores the outcome on the dossier unless the same or a later submission's outcome is
 * there already (the outbox id orders them), and, only when it is stored and failed, writes
 * the history entry that flags the dossier for an official. One statement: a retried job
 * finds its outcome stored and changes nothing. Parameters: dossier id, outcome (jsonb),
 * outbox id, flag note or null, actor role, actor name.
 */
export const RECORD_ATTACHMENT_CHECK = `
  WITH d AS (
    UPDATE dossiers SET attachment_check = $2::jsonb
     WHERE id = $1
       AND (attachment_check IS NULL OR (attachment_check->>'outboxId')::bigint < $3::bigint)
    RETURNING id, status
  ), flag AS (
    INSERT INTO dossier_history (dossier_id, action, from_status, to_status, actor_id, actor_role, actor_name, note)
    SELECT id, 'flag-attachments', status, status, NULL, $5, $6, $4 FROM d WHERE $4::text IS NOT NULL
    RETURNING id
  )
  SELECT (SELECT count(*) FROM d)::int AS recorded, (SELECT count(*) FROM flag)::int AS flagged`;

/**
 * Marks the arrival's notice as handled (sent, already sent, or nobody to tell), on the
 * outcome of the same event: a "received" notice of an online dossier waits for this mark, so
 * that it never overtakes the "submitted" one. Parameters: dossier id, outbox id.
 */
export const MARK_ARRIVAL_NOTICE_DONE = `
  UPDATE dossiers SET attachment_check = attachment_check || jsonb_build_object('noticeDoneAt', now())
   WHERE id = $1 AND attachment_check->>'outboxId' = $2::text
     AND attachment_check->>'noticeDoneAt' IS NULL`;

export interface AttachmentDigestRow {
  document_code: string;
  file_id: string;
  recorded_sha256: string | null;
  document_name: string | null;
}
