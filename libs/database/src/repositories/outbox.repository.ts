/**
 * The one place an `outbox` row is written from (the worker publishes them, see
 * apps/worker/src/outbox). Events are written by the statement or transaction of the change
 * they announce, so an event exists if and only if its change was committed; hence these are
 * SQL steps to splice into that statement rather than statements of their own.
 */

/** `INSERT INTO outbox` of the rows `select` yields, as (type, payload). */
export function insertOutbox(select: string): string {
  return `INSERT INTO outbox (type, payload) ${select}`;
}

/**
 * The payload of a dossier event, from SQL expressions: the dossier's id and code, the action
 * and the two statuses (the shape `DossierChangedEvent` in libs/queue describes).
 */
export function dossierEventPayload(
  id: string,
  code: string,
  action: string,
  from: string,
  to: string,
): string {
  return `jsonb_build_object('dossierId', ${id}, 'code', ${code}, 'action', ${action},
    'fromStatus', ${from}, 'toStatus', ${to})`;
}

/**
 * The outbox row of a dossier change, as a CTE step selecting from the changed row `source`
 * (a CTE with the dossier's `id` and `code`): written by the same statement as the change.
 */
export function outboxEventFrom(
  source: string,
  action: string,
  from: string | null,
  to: string,
): string {
  const fromSql = from ? `'${from}'` : 'NULL';
  return insertOutbox(
    `SELECT 'dossier.${action}', ${dossierEventPayload('id', 'code', `'${action}'`, `${fromSql}::text`, `'${to}'`)} FROM ${source}`,
  );
}
