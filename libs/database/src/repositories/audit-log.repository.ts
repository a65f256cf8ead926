import type { Executor } from '../executor';

/** What an administrator did to an official's account. */
export enum AuditAction {
  Invited = 'OFFICIAL_INVITED',
  InvitationAccepted = 'INVITATION_ACCEPTED',
  Updated = 'OFFICIAL_UPDATED',
  Disabled = 'OFFICIAL_DISABLED',
  Enabled = 'OFFICIAL_ENABLED',
  PasswordResetSent = 'PASSWORD_RESET_SENT',
  InvitationResent = 'INVITATION_RESENT',
  SecondFactorReset = 'SECOND_FACTOR_RESET',
}

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  subjectId: string;
  /** The agency whose administrators read the entry (the account's, after the change). */
  agencyId: string | null;
  /** What changed; never a password, token or secret. */
  details?: Record<string, unknown>;
}

export interface AuditEntryRow {
  id: string;
  createdAt: Date;
  action: AuditAction;
  actorId: string | null;
  actorName: string | null;
  subjectId: string;
  subjectName: string | null;
  subjectEmail: string | null;
  agencyCode: string | null;
  details: Record<string, unknown>;
}

/**
 * `audit_log`, append-only: this repository only inserts and reads, and a trigger in the
 * database refuses UPDATE, DELETE and TRUNCATE of the table whoever tries.
 */
export class AuditLogRepository {
  /** Writes one entry, in the transaction of the change it records. */
  async append(db: Executor, entry: AuditEntry): Promise<void> {
    await db.query(
      `INSERT INTO audit_log (actor_id, action, subject_id, agency_id, details)
       VALUES ($1, $2, $3, $4, $5)`,
      [entry.actorId, entry.action, entry.subjectId, entry.agencyId, entry.details ?? {}],
    );
  }

  /** Newest first; `agencyId` set: that agency's entries only. */
  async list(
    db: Executor,
    filter: { agencyId: string | null; limit: number; offset: number },
  ): Promise<{ rows: AuditEntryRow[]; total: number }> {
    const rows = (await db.query(
      `SELECT l.id::text AS id, l.created_at AS "createdAt", l.action, l.actor_id AS "actorId",
              actor.full_name AS "actorName", l.subject_id AS "subjectId",
              subject.full_name AS "subjectName", subject.email AS "subjectEmail",
              a.code AS "agencyCode", l.details
         FROM audit_log l
         LEFT JOIN users actor ON actor.id = l.actor_id
         LEFT JOIN users subject ON subject.id = l.subject_id
         LEFT JOIN agencies a ON a.id = l.agency_id
        WHERE $1::uuid IS NULL OR l.agency_id = $1
        ORDER BY l.id DESC LIMIT $2 OFFSET $3`,
      [filter.agencyId, filter.limit, filter.offset],
    )) as AuditEntryRow[];
    const [count] = (await db.query(
      `SELECT count(*)::int AS total FROM audit_log WHERE $1::uuid IS NULL OR agency_id = $1`,
      [filter.agencyId],
    )) as { total: number }[];
    return { rows, total: count.total };
  }
}
