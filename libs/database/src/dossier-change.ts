import type { Executor } from './executor';

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
 * Records a dossier change that the caller has just written, in the caller's transaction and
 * in one round trip: its history entry (the legal trail) and its outbox event (what the
 * worker publishes). Every status change of a dossier goes through here or through the
 * single-statement filings in repositories/dossier.sql.ts, which write the same two rows.
 */
export async function recordDossierChange(manager: Executor, change: DossierChange): Promise<void> {
  await manager.query(
    `WITH history AS (
       INSERT INTO dossier_history (dossier_id, action, from_status, to_status, actor_id, actor_role, actor_name, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     )
     INSERT INTO outbox (type, payload)
     SELECT 'dossier.' || $2::text, jsonb_build_object('dossierId', d.id, 'code', d.code, 'action', $2::text,
       'fromStatus', $3::text, 'toStatus', $4::text) || $9::jsonb
     FROM dossiers d WHERE d.id = $1`,
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
