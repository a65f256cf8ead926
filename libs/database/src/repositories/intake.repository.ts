import type { AttachmentCheck } from '@motcua/domain';
import type { Executor } from '../executor';
import { insertHistory, SYSTEM_ACTOR } from './dossier-history.repository';

/** One attachment of a dossier: its document's name and the digest recorded at upload. */
export interface AttachmentDigestRow {
  document_code: string;
  file_id: string;
  recorded_sha256: string | null;
  document_name: string | null;
}

/**
 * Stores the outcome on the dossier unless the same or a later submission's outcome is
 * there already (the outbox id orders them), and, only when it is stored and failed, writes
 * the history entry that flags the dossier for an official. One statement: a retried job
 * finds its outcome stored and changes nothing. Parameters: dossier id, outcome (jsonb),
 * outbox id, flag note or null, actor role, actor name.
 */
const RECORD_ATTACHMENT_CHECK = `
  WITH d AS (
    UPDATE dossiers SET attachment_check = $2::jsonb
     WHERE id = $1
       AND (attachment_check IS NULL OR (attachment_check->>'outboxId')::bigint < $3::bigint)
    RETURNING id, status
  ), flag AS (
    ${insertHistory(`SELECT id, 'flag-attachments', status, status, NULL, $5, $6, $4 FROM d WHERE $4::text IS NOT NULL`)}
    RETURNING id
  )
  SELECT (SELECT count(*) FROM d)::int AS recorded, (SELECT count(*) FROM flag)::int AS flagged`;

/**
 * Intake's reads and writes of dossiers: the attachments to verify, the outcome, and the mark
 * that the arrival's notice is handled. Each method runs on the executor it is given.
 */
export class IntakeRepository {
  /** Each attachment of a dossier, in the order attached. */
  attachments(executor: Executor, dossierId: string): Promise<AttachmentDigestRow[]> {
    return executor.query(
      `SELECT a.value->>'documentCode' AS document_code, a.value->>'fileId' AS file_id,
              f.sha256 AS recorded_sha256,
              (SELECT doc->>'name' FROM jsonb_array_elements(p.required_documents) doc
                WHERE doc->>'code' = a.value->>'documentCode' LIMIT 1) AS document_name
         FROM dossiers d
         JOIN procedures p ON p.id = d.procedure_id
        CROSS JOIN LATERAL jsonb_array_elements(d.attachments) WITH ORDINALITY AS a(value, n)
         LEFT JOIN files f ON f.id = (a.value->>'fileId')::uuid
        WHERE d.id = $1
        ORDER BY a.n`,
      [dossierId],
    ) as Promise<AttachmentDigestRow[]>;
  }

  /** Whether this outcome was stored, and whether a flag went into the history with it. */
  async record(
    executor: Executor,
    dossierId: string,
    check: AttachmentCheck,
    flagNote: string | null,
  ): Promise<{ recorded: boolean; flagged: boolean }> {
    const [row] = (await executor.query(RECORD_ATTACHMENT_CHECK, [
      dossierId,
      JSON.stringify(check),
      check.outboxId,
      flagNote,
      SYSTEM_ACTOR.role,
      SYSTEM_ACTOR.name,
    ])) as { recorded: number; flagged: number }[];
    return { recorded: row.recorded > 0, flagged: row.flagged > 0 };
  }

  /**
   * Marks the arrival's notice as handled (sent, already sent, or nobody to tell), on the
   * outcome of the same event: a "received" notice of an online dossier waits for this mark
   * (`NotificationRepository.arrivalNoticeDone`), so that it never overtakes the "submitted" one.
   */
  async markNoticeDone(executor: Executor, dossierId: string, outboxId: string): Promise<void> {
    await executor.query(
      `UPDATE dossiers
          SET attachment_check = attachment_check || jsonb_build_object('noticeDoneAt', now())
        WHERE id = $1 AND attachment_check->>'outboxId' = $2::text
          AND attachment_check->>'noticeDoneAt' IS NULL`,
      [dossierId, outboxId],
    );
  }
}
