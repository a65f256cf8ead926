import type { DossierStatus, PublicStepAction } from '@motcua/domain';
import { PUBLIC_STEP_ACTIONS } from '@motcua/domain';
import type { Executor } from '../executor';

/** One public step of a dossier's history: when, what, and the status it led to. */
export interface TrackingStepRow {
  /** ISO 8601 in UTC, as `Date.toISOString()` writes it. */
  at: string;
  action: PublicStepAction;
  status: DossierStatus;
  /** The new appointment date (YYYY-MM-DD) on an `extend` step; null on the others. */
  newAppointmentDate: string | null;
}

/** What public tracking reads of a dossier: no applicant data, no officials, no notes. */
export interface TrackingRow {
  code: string;
  procedure_name: string;
  status: DossierStatus;
  submitted_at: Date | null;
  received_at: Date | null;
  appointment_date: string | null;
  delivery_method: string;
  delivery: Record<string, unknown> | null;
  /** Oldest first. */
  steps: TrackingStepRow[];
}

const PUBLIC_ACTIONS_SQL = PUBLIC_STEP_ACTIONS.map((action) => `'${action}'`).join(', ');

/**
 * Public tracking by code, one statement: the dossier by its unique code, and its public
 * history entries (the whitelist in libs/domain public-steps.ts) read on the history's
 * `(dossier_id, id)` index, aggregated in PostgreSQL. Times are written as ISO strings in SQL so
 * the API only passes them on. An extension is allowed once per dossier, so its new date is
 * the dossier's `extension`, not the entry's note (the apology's reason). Drafts are not
 * found. $1 code. Also run by the benchmark's raw baseline server (bench/baseline).
 */
export const SELECT_TRACKING = `
SELECT d.code, p.name AS procedure_name, d.status, d.submitted_at, d.received_at,
  to_char(d.appointment_date, 'YYYY-MM-DD') AS appointment_date, d.delivery_method, d.delivery,
  (SELECT COALESCE(json_agg(json_build_object(
      'at', to_char(h.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'action', h.action,
      'status', h.to_status,
      'newAppointmentDate', CASE WHEN h.action = 'extend' THEN d.extension->>'newAppointmentDate' END
    ) ORDER BY h.id), '[]'::json)
   FROM dossier_history h
   WHERE h.dossier_id = d.id AND h.action IN (${PUBLIC_ACTIONS_SQL})) AS steps
FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
WHERE d.code = $1 AND d.status <> 'DRAFT'`;

/** The public view of the dossier with this code; null when there is none (or a draft). */
export async function findTracking(db: Executor, code: string): Promise<TrackingRow | null> {
  const rows = (await db.query(SELECT_TRACKING, [code])) as TrackingRow[];
  return rows[0] ?? null;
}
