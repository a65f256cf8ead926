import { DossierStatus, hasFinished } from '@motcua/domain';

const VN_ZONE = 'Asia/Ho_Chi_Minh';
const UNFINISHED = `('${Object.values(DossierStatus)
  .filter((s) => !hasFinished(s))
  .join("','")}')`;
const FAILED_DELIVERY = `('DELIVERY_FAILED','RETURNED_TO_SENDER','DISPATCH_REFUSED')`;

/** A period of Vietnamese calendar days, both ends included, and whose dossiers to count. */
export interface ReportScope {
  from: string;
  to: string;
  /** null: every agency. */
  agencyId: string | null;
  /** Today in Vietnam (for "overdue"). */
  today: string;
}

/** A statement and its parameters; `T` is the shape of one row. */
export interface ReportQuery<T> {
  sql: string;
  params: unknown[];
  /** Never set: carries the row type. */
  row?: T;
}

export interface ReceivedTotalsRow {
  total: number;
  online: number;
  counter: number;
  postal: number;
  online_rate: number;
  in_progress: number;
  overdue: number;
}
export interface ResolvedTotalsRow {
  total: number;
  early: number;
  on_time: number;
  late: number;
  on_time_rate: number;
}
export interface PostalTotalsRow {
  dispatched: number;
  delivered: number;
  failed: number;
}
export interface ProcedureRow {
  procedure_code: string;
  procedure_name: string;
  received: number;
  online: number;
  resolved: number;
  on_time: number;
}
export interface AgencyStatsRow {
  agency_code: string;
  agency_name: string;
  received: number;
  online_rate: number;
  on_time_rate: number;
}

/** Parameters shared by every statement: $1 = start instant, $2 = end instant (exclusive). */
function base(scope: ReportScope, alias = 'd') {
  const params: unknown[] = [scope.from, scope.to];
  const param = (value: unknown) => `$${params.push(value)}`;
  const start = `($1::date::timestamp AT TIME ZONE '${VN_ZONE}')`;
  const end = `(($2::date + 1)::timestamp AT TIME ZONE '${VN_ZONE}')`;
  const inPeriod = (column: string) => `${column} >= ${start} AND ${column} < ${end}`;
  const agency = scope.agencyId === null ? 'TRUE' : `${alias}.agency_id = ${param(scope.agencyId)}`;
  return { params, param, inPeriod, agency };
}

/** Rounded to 4 decimals, 0 when nothing to divide by. */
const rate = (part: string, whole: string) =>
  `COALESCE(round((${part})::numeric / NULLIF(${whole}, 0), 4), 0)::float8`;

/**
 * The moment a dossier was resolved: its first RESULT_READY history entry, when that falls in
 * the period. Buckets compare its Vietnamese date with the appointment date; an extended
 * dossier is late whatever the date.
 */
function resolvedFrom(inPeriod: (column: string) => string, agency: string): string {
  return `
    FROM dossier_history h
    JOIN dossiers d ON d.id = h.dossier_id
    WHERE h.to_status = 'RESULT_READY' AND ${inPeriod('h.at')} AND ${agency}
      AND NOT EXISTS (SELECT 1 FROM dossier_history e
                       WHERE e.dossier_id = h.dossier_id AND e.to_status = 'RESULT_READY'
                         AND e.id < h.id)`;
}
const READY_DATE = `(h.at AT TIME ZONE '${VN_ZONE}')::date`;
const EARLY = `(d.extension IS NULL AND ${READY_DATE} < d.appointment_date)`;
const ON_TIME = `(d.extension IS NULL AND ${READY_DATE} = d.appointment_date)`;

/** received.*, inProgress.*: dossiers received in the period (one row). */
export function receivedTotalsQuery(scope: ReportScope): ReportQuery<ReceivedTotalsRow> {
  const { params, param, inPeriod, agency } = base(scope);
  const sql = `
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE d.channel = 'ONLINE')::int AS online,
           count(*) FILTER (WHERE d.channel = 'COUNTER')::int AS counter,
           count(*) FILTER (WHERE d.channel = 'POSTAL')::int AS postal,
           ${rate(`count(*) FILTER (WHERE d.channel = 'ONLINE')`, 'count(*)')} AS online_rate,
           count(*) FILTER (WHERE d.status IN ${UNFINISHED})::int AS in_progress,
           count(*) FILTER (WHERE d.status IN ${UNFINISHED}
                              AND d.appointment_date < ${param(scope.today)}::date)::int AS overdue
      FROM dossiers d
     WHERE ${inPeriod('d.received_at')} AND ${agency}`;
  return { sql, params };
}

/** resolved.*: dossiers whose result became ready in the period (one row). */
export function resolvedTotalsQuery(scope: ReportScope): ReportQuery<ResolvedTotalsRow> {
  const { params, inPeriod, agency } = base(scope);
  const sql = `
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE ${EARLY})::int AS early,
           count(*) FILTER (WHERE ${ON_TIME})::int AS on_time,
           count(*) FILTER (WHERE NOT ${EARLY} AND NOT ${ON_TIME}
                              OR d.appointment_date IS NULL)::int AS late,
           ${rate(`count(*) FILTER (WHERE ${EARLY} OR ${ON_TIME})`, 'count(*)')} AS on_time_rate
    ${resolvedFrom(inPeriod, agency)}`;
  return { sql, params };
}

/** postal.*: handovers to the post and final delivery outcomes in the period (one row). */
export function postalTotalsQuery(scope: ReportScope): ReportQuery<PostalTotalsRow> {
  const { params, inPeriod, agency } = base(scope);
  const updatedAt = `(d.delivery->>'updatedAt')::timestamptz`;
  const sql = `
    SELECT (SELECT count(*)::int FROM dossier_history h JOIN dossiers d ON d.id = h.dossier_id
             WHERE h.action = 'dispatch' AND ${inPeriod('h.at')} AND ${agency}) AS dispatched,
           count(*) FILTER (WHERE d.delivery->>'status' = 'DELIVERED')::int AS delivered,
           count(*) FILTER (WHERE d.delivery->>'status' IN ${FAILED_DELIVERY})::int AS failed
      FROM dossiers d
     WHERE d.delivery IS NOT NULL AND d.delivery->>'updatedAt' IS NOT NULL
       AND ${inPeriod(updatedAt)} AND ${agency}`;
  return { sql, params };
}

/** byProcedure: received, online, resolved, resolved early or on time; procedures with any. */
export function byProcedureQuery(scope: ReportScope): ReportQuery<ProcedureRow> {
  const { params, inPeriod, agency } = base(scope);
  const sql = `
    WITH rec AS (
      SELECT d.procedure_id, count(*)::int AS received,
             count(*) FILTER (WHERE d.channel = 'ONLINE')::int AS online
        FROM dossiers d
       WHERE ${inPeriod('d.received_at')} AND ${agency}
       GROUP BY d.procedure_id
    ), res AS (
      SELECT d.procedure_id, count(*)::int AS resolved,
             count(*) FILTER (WHERE ${EARLY} OR ${ON_TIME})::int AS on_time
      ${resolvedFrom(inPeriod, agency)}
       GROUP BY d.procedure_id
    )
    SELECT p.code AS procedure_code, p.name AS procedure_name,
           COALESCE(rec.received, 0) AS received, COALESCE(rec.online, 0) AS online,
           COALESCE(res.resolved, 0) AS resolved, COALESCE(res.on_time, 0) AS on_time
      FROM rec FULL JOIN res ON res.procedure_id = rec.procedure_id
      JOIN procedures p ON p.id = COALESCE(rec.procedure_id, res.procedure_id)
     ORDER BY p.code`;
  return { sql, params };
}

/** Public statistics: one row per agency (every agency, zeros included). */
export function agencyStatsQuery(
  scope: Omit<ReportScope, 'agencyId'>,
): ReportQuery<AgencyStatsRow> {
  const { params, inPeriod } = base({ ...scope, agencyId: null });
  const sql = `
    WITH rec AS (
      SELECT d.agency_id, count(*)::int AS received,
             count(*) FILTER (WHERE d.channel = 'ONLINE')::int AS online
        FROM dossiers d
       WHERE ${inPeriod('d.received_at')}
       GROUP BY d.agency_id
    ), res AS (
      SELECT d.agency_id, count(*)::int AS resolved,
             count(*) FILTER (WHERE ${EARLY} OR ${ON_TIME})::int AS on_time
      ${resolvedFrom(inPeriod, 'TRUE')}
       GROUP BY d.agency_id
    )
    SELECT a.code AS agency_code, a.name AS agency_name,
           COALESCE(rec.received, 0) AS received,
           ${rate('rec.online', 'rec.received')} AS online_rate,
           ${rate('res.on_time', 'res.resolved')} AS on_time_rate
      FROM agencies a
      LEFT JOIN rec ON rec.agency_id = a.id
      LEFT JOIN res ON res.agency_id = a.id
     ORDER BY a.code`;
  return { sql, params };
}
