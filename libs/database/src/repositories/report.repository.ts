import type { ReportInterval } from '@motcua/domain';
import { addCalendarDays, DossierStatus, hasFinished } from '@motcua/domain';
import type { Executor } from '../executor';
import {
  DAILY_MEASURES,
  dayStart,
  liveDailyFactsSql,
  liveProcessingSql,
  vnDay,
} from './report-rollup.repository';

const UNFINISHED = `('${Object.values(DossierStatus)
  .filter((s) => s !== DossierStatus.Draft && !hasFinished(s))
  .join("','")}')`;

/** A period of Vietnamese calendar days, both ends included, and whose dossiers to count. */
export interface ReportScope {
  from: string;
  to: string;
  /** The agencies whose dossiers count (an agency and those below it); null: every agency. */
  agencyIds: readonly string[] | null;
  /** Today in Vietnam (for "overdue"). */
  today: string;
  /** The last day the rollup holds (`report_rollup_state`); null: none, all counted live. */
  closedThrough: string | null;
}

/** A statement and its parameters; `T` is the shape of one row. */
export interface ReportQuery<T> {
  sql: string;
  params: unknown[];
  /** Never set: carries the row type. */
  row?: T;
}

/** Sums of the daily measures over a group, plus its key. */
export type MeasureRow = Record<(typeof DAILY_MEASURES)[number], number>;
export interface FactsRow extends MeasureRow {
  /** null on the total row. */
  procedure_id: string | null;
  procedure_code: string | null;
  procedure_name: string | null;
}
export interface BucketFactsRow extends MeasureRow {
  bucket: string;
}
export interface ProcessingRow {
  /** null on the overall row. */
  key: string | null;
  dossiers: number;
  average: number;
  median: number;
}
export interface NowRow {
  key: string | null;
  in_progress: number;
  overdue: number;
  drafts: number;
}
export interface PublicRow extends MeasureRow {
  agency_code: string;
  agency_name: string;
  /** null: the agency's total. */
  procedure_code: string | null;
  procedure_name: string | null;
}

function statement(scope: ReportScope) {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  // one agency (most reports) keeps the plain equality the indexes were measured with
  const agency = (alias: string) => {
    const ids = scope.agencyIds;
    if (ids === null) return 'TRUE';
    if (ids.length === 1) return `${alias}.agency_id = ${param(ids[0])}`;
    return `${alias}.agency_id = ANY(${param(ids)}::uuid[])`;
  };
  return { params, param, agency };
}

/** The days of the period the rollup holds, and those counted live. */
export function splitPeriod(scope: ReportScope): {
  rolled: [string, string] | null;
  live: [string, string] | null;
} {
  const closed = scope.closedThrough;
  if (closed === null || closed < scope.from) return { rolled: null, live: [scope.from, scope.to] };
  if (closed >= scope.to) return { rolled: [scope.from, scope.to], live: null };
  return { rolled: [scope.from, closed], live: [addCalendarDays(closed, 1), scope.to] };
}

type Builder = ReturnType<typeof statement>;

/**
 * Daily facts of the period: rolled-up days from the rollup, the others live from the source
 * tables by the same definitions (`liveDailyFactsSql`). Columns: agency_id, procedure_id, day,
 * the measures.
 */
function factsUnion(
  scope: ReportScope,
  b: Builder,
  rollup: string,
  live: typeof liveDailyFactsSql,
) {
  const { rolled, live: liveDays } = splitPeriod(scope);
  const parts: string[] = [];
  if (rolled) {
    parts.push(`SELECT * FROM ${rollup} r
      WHERE r.day BETWEEN ${b.param(rolled[0])}::date AND ${b.param(rolled[1])}::date AND ${b.agency('r')}`);
  }
  if (liveDays) {
    parts.push(
      `SELECT * FROM (${live(`${b.param(liveDays[0])}::date`, `${b.param(liveDays[1])}::date`, b.agency('d'))}) l`,
    );
  }
  return parts.join('\n UNION ALL ');
}

const ROLLUP_COLUMNS = `agency_id, procedure_id, day, ${DAILY_MEASURES.join(', ')}`;
const dailyFacts = (scope: ReportScope, b: Builder) =>
  factsUnion(scope, b, `(SELECT ${ROLLUP_COLUMNS} FROM report_daily)`, liveDailyFactsSql);
const processingFacts = (scope: ReportScope, b: Builder) =>
  factsUnion(
    scope,
    b,
    '(SELECT agency_id, procedure_id, day, working_days, dossiers FROM report_daily_processing)',
    liveProcessingSql,
  );

const SUMS = DAILY_MEASURES.map((m) => `COALESCE(sum(f.${m}), 0)::int AS ${m}`).join(', ');

/** The SQL bucket key of a `date` column. */
function bucketOf(column: string, interval: ReportInterval): string {
  return interval === 'day'
    ? `${column}::date`
    : `date_trunc('${interval}', ${column}::timestamp)::date`;
}

/**
 * Summed measures per procedure (rows of procedures with anything received or resolved) and
 * for the whole scope (the row whose procedure_id is null, always there).
 */
export function factsByProcedureQuery(scope: ReportScope): ReportQuery<FactsRow> {
  const b = statement(scope);
  const sql = `
    WITH f AS (${dailyFacts(scope, b)}),
    g AS (SELECT f.procedure_id, ${SUMS} FROM f GROUP BY GROUPING SETS ((f.procedure_id), ()))
    SELECT p.code AS procedure_code, p.name AS procedure_name, g.*
      FROM g LEFT JOIN procedures p ON p.id = g.procedure_id
     WHERE g.procedure_id IS NULL
        OR g.received_online + g.received_counter + g.received_postal
           + g.resolved_early + g.resolved_on_time + g.resolved_late > 0
     ORDER BY p.code NULLS FIRST`;
  return { sql, params: b.params };
}

/** Summed measures per bucket (only buckets with any). */
export function factsByBucketQuery(
  scope: ReportScope,
  interval: ReportInterval,
): ReportQuery<BucketFactsRow> {
  const b = statement(scope);
  const sql = `
    WITH f AS (${dailyFacts(scope, b)})
    SELECT to_char(${bucketOf('f.day', interval)}, 'YYYY-MM-DD') AS bucket, ${SUMS}
      FROM f GROUP BY 1`;
  return { sql, params: b.params };
}

/**
 * Average and median working days from reception to result, per `key` (a procedure, or a
 * bucket) and overall (key null), from the histogram: the median is the mean of the two
 * middle values (the middle one when the count is odd).
 */
function processingQuery(scope: ReportScope, key: string): ReportQuery<ProcessingRow> {
  const b = statement(scope);
  const sql = `
    WITH f AS (${processingFacts(scope, b)}),
    g AS (
      SELECT ${key} AS key, f.working_days, sum(f.dossiers)::bigint AS n FROM f GROUP BY 1, 2
      UNION ALL
      SELECT NULL, f.working_days, sum(f.dossiers)::bigint FROM f GROUP BY 2
    ), c AS (
      SELECT g.*, sum(n) OVER (PARTITION BY key ORDER BY working_days) AS cum,
             (sum(n) OVER (PARTITION BY key))::bigint AS total
        FROM g
    )
    SELECT key, sum(n)::int AS dossiers,
           round(sum(n * working_days)::numeric / sum(n), 2)::float8 AS average,
           ((min(working_days) FILTER (WHERE cum >= (total + 1) / 2)
             + min(working_days) FILTER (WHERE cum >= total / 2 + 1)) / 2.0)::float8 AS median
      FROM c GROUP BY key`;
  return { sql, params: b.params };
}

export const processingByProcedureQuery = (scope: ReportScope) =>
  processingQuery(scope, 'f.procedure_id::text');

export const processingByBucketQuery = (scope: ReportScope, interval: ReportInterval) =>
  processingQuery(scope, `to_char(${bucketOf('f.day', interval)}, 'YYYY-MM-DD')`);

/**
 * Figures of now, always live (partial indexes keep them small): of the dossiers received in
 * the period, those not finished and those of them overdue; of the online dossiers begun in
 * the period, those still drafts. Per bucket when `interval` is given, else one row (key null).
 */
export function nowQuery(scope: ReportScope, interval?: ReportInterval): ReportQuery<NowRow> {
  const b = statement(scope);
  const start = dayStart(`${b.param(scope.from)}::date`);
  const end = dayStart(`(${b.param(scope.to)}::date + 1)`);
  const today = b.param(scope.today);
  const key = (column: string) =>
    interval ? `to_char(${bucketOf(vnDay(column), interval)}, 'YYYY-MM-DD')` : 'NULL::text';
  const sql = `
    SELECT key, sum(in_progress)::int AS in_progress, sum(overdue)::int AS overdue,
           sum(drafts)::int AS drafts
      FROM (
        SELECT ${key('d.received_at')} AS key, count(*) AS in_progress,
               count(*) FILTER (WHERE d.appointment_date < ${today}::date) AS overdue, 0 AS drafts
          FROM dossiers d
         WHERE d.status IN ${UNFINISHED} AND d.received_at >= ${start} AND d.received_at < ${end}
           AND ${b.agency('d')}
         GROUP BY 1
        UNION ALL
        SELECT ${key('d.created_at')}, 0, 0, count(*)
          FROM dossiers d
         WHERE d.status = 'DRAFT' AND d.channel = 'ONLINE'
           AND d.created_at >= ${start} AND d.created_at < ${end} AND ${b.agency('d')}
         GROUP BY 1
        UNION ALL SELECT NULL, 0, 0, 0
      ) n
     GROUP BY key`;
  return { sql, params: b.params };
}

/**
 * Public statistics: per agency its total (every agency, zeros included, `procedure_code`
 * null), then one row per procedure with any figure in the period; which of them are shown is
 * decided by foldSmallProcedures (public-folding.ts).
 */
export function publicStatsQuery(scope: Omit<ReportScope, 'agencyIds'>): ReportQuery<PublicRow> {
  const all: ReportScope = { ...scope, agencyIds: null };
  const b = statement(all);
  const sql = `
    WITH f AS (${dailyFacts(all, b)}),
    g AS (SELECT f.agency_id, f.procedure_id, ${SUMS} FROM f GROUP BY 1, 2)
    SELECT a.code AS agency_code, a.name AS agency_name, NULL AS procedure_code,
           NULL AS procedure_name, 0 AS kind,
           ${DAILY_MEASURES.map((m) => `COALESCE(sum(g.${m}), 0)::int AS ${m}`).join(', ')}
      FROM agencies a LEFT JOIN g ON g.agency_id = a.id
     GROUP BY a.id
    UNION ALL
    SELECT a.code, a.name, p.code, p.name, 1,
           ${DAILY_MEASURES.map((m) => `g.${m}`).join(', ')}
      FROM g JOIN agencies a ON a.id = g.agency_id
      JOIN procedures p ON p.id = g.procedure_id
     ORDER BY agency_code, kind, procedure_code`;
  return { sql, params: b.params };
}

/** The last rolled-up day. */
const CLOSED_THROUGH_SQL = `SELECT to_char(closed_through, 'YYYY-MM-DD') AS closed FROM report_rollup_state`;

/**
 * The reports' reads (decision 766 figures): the statements above, each run on the executor
 * it is given. Grouped SQL only; no dossier is loaded.
 */
export class ReportRepository {
  async run<T>(db: Executor, query: ReportQuery<T>): Promise<T[]> {
    return (await db.query(query.sql, query.params)) as T[];
  }

  /** The last day the rollup holds: earlier days are read from it, later ones counted live. */
  async closedThrough(db: Executor): Promise<string | null> {
    const rows = (await db.query(CLOSED_THROUGH_SQL)) as { closed: string | null }[];
    return rows[0]?.closed ?? null;
  }

  async agencyIdOf(db: Executor, code: string): Promise<string | null> {
    const rows = (await db.query('SELECT id FROM agencies WHERE code = $1', [code])) as {
      id: string;
    }[];
    return rows[0]?.id ?? null;
  }
}
