import type { Executor } from '../executor';
import { dossierEventPayload, insertOutbox } from './outbox.repository';

export interface DossierChange {
  dossierId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actor: { id: string | null; role: string; name: string };
  note: string | null;
  /** Extra properties of the outbox event's payload (e.g. a tracking number). */
  event?: Record<string, string>;
}

/** The actor of changes nobody made by hand (postal dispatch, operator callbacks). */
export const SYSTEM_ACTOR = { id: null, role: 'SYSTEM', name: 'Hệ thống' } as const;

/**
 * `INSERT INTO dossier_history` of the rows `select` yields, in this column order:
 * dossier_id, action, from_status, to_status, actor_id, actor_role, actor_name, note.
 * Every history row is written through here: by `recordDossierChange`, or as a step of the
 * single-statement filings (repositories/dossier.sql.ts, dossier.repository.ts).
 */
export function insertHistory(select: string): string {
  return `INSERT INTO dossier_history (dossier_id, action, from_status, to_status, actor_id, actor_role, actor_name, note) ${select}`;
}

/**
 * Records a dossier change that the caller has just written, in the caller's transaction and
 * in one round trip: its history entry (the legal trail) and its outbox event (what the
 * worker publishes). Every status change of a dossier goes through here or through the
 * single-statement filings, which write the same two rows with the same writers.
 */
export async function recordDossierChange(
  executor: Executor,
  change: DossierChange,
): Promise<void> {
  await executor.query(
    `WITH history AS (
       ${insertHistory('VALUES ($1, $2, $3, $4, $5, $6, $7, $8)')}
     )
     ${insertOutbox(
       `SELECT 'dossier.' || $2::text, ${dossierEventPayload('d.id', 'd.code', '$2::text', '$3::text', '$4::text')} || $9::jsonb
     FROM dossiers d WHERE d.id = $1`,
     )}`,
    [
      change.dossierId,
      change.action,
      change.fromStatus,
      change.toStatus,
      change.actor.id,
      change.actor.role,
      change.actor.name,
      change.note,
      JSON.stringify(change.event ?? {}),
    ],
  );
}

/** A history entry as the Circular 01/2018 forms read it (the receipt lists its events). */
export interface FormHistoryRow {
  at: Date;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actor: { role: string; name: string };
  note: string | null;
}

/** `dossier_history` for the worker: changes it records, and a dossier's entries for the forms. */
export class DossierHistoryRepository {
  /** `recordDossierChange` on the executor given (the caller's transaction). */
  record(executor: Executor, change: DossierChange): Promise<void> {
    return recordDossierChange(executor, change);
  }

  /** A dossier's entries, oldest first, shaped for the forms. */
  forForms(executor: Executor, dossierId: string): Promise<FormHistoryRow[]> {
    return executor.query(
      `SELECT at, action, from_status AS "fromStatus", to_status AS "toStatus",
              jsonb_build_object('role', actor_role, 'name', actor_name) AS actor, note
         FROM dossier_history WHERE dossier_id = $1 ORDER BY id`,
      [dossierId],
    ) as Promise<FormHistoryRow[]>;
  }
}
