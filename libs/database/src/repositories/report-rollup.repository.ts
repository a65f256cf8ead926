import { addCalendarDays } from '@motcua/domain';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The reports' daily facts: one definition, used both to fill the rollup tables
 * (`report_daily`, `report_daily_processing`) for closed days and to count the days not yet
 * rolled up live from the source tables, so the two paths cannot disagree.
 *
 * Every measure belongs to the Vietnamese day of one event:
 * - received_*: `received_at`, by channel;
 * - resolved_*: the dossier's first RESULT_READY history entry, compared with its appointment
 *   date (before: early, same day: on time, after or extended: late);
 * - dispatched / delivered / returned_to_sender: history entries `dispatch`, `deliver`,
 *   `return-to-sender`;
 * - online_started: `created_at` of an ONLINE dossier (a citizen began it, as a draft or
 *   submitted at once);
 * - processing (histogram): working days from the reception day to the result day of each
 *   dossier resolved that day (`working_day_ordinals`, so holidays count).
 */
export const VN_ZONE = 'Asia/Ho_Chi_Minh';

/** The measures of `report_daily`, in column order. */
export const DAILY_MEASURES = [
  'received_online',
  'received_counter',
  'received_postal',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'dispatched',
  'delivered',
  'returned_to_sender',
  'online_started',
] as const;
export type DailyMeasure = (typeof DAILY_MEASURES)[number];

/** The instant a Vietnamese day starts, for a `date` SQL expression. */
export const dayStart = (day: string) => `(${day}::date::timestamp AT TIME ZONE '${VN_ZONE}')`;
/** The Vietnamese date of a `timestamptz` SQL expression. */
export const vnDay = (instant: string) => `(${instant} AT TIME ZONE '${VN_ZONE}')::date`;

/** `column` within Vietnamese days `from`..`to` (SQL `date` expressions, both included). */
function within(column: string, from: string, to: string): string {
  return `${column} >= ${dayStart(from)} AND ${column} < ${dayStart(`(${to}::date + 1)`)}`;
}

/** First RESULT_READY entries `h` (joined to their dossier `d`) within the days. */
function firstResults(from: string, to: string, agency: string): string {
  return `dossier_history h
    JOIN dossiers d ON d.id = h.dossier_id
   WHERE h.to_status = 'RESULT_READY' AND ${within('h.at', from, to)} AND ${agency}
     AND NOT EXISTS (SELECT 1 FROM dossier_history e
                      WHERE e.dossier_id = h.dossier_id AND e.to_status = 'RESULT_READY'
                        AND e.id < h.id)`;
}

const READY_DAY = vnDay('h.at');
const EARLY = `(d.extension IS NULL AND ${READY_DAY} < d.appointment_date)`;
const ON_TIME = `(d.extension IS NULL AND ${READY_DAY} = d.appointment_date)`;

/** One branch of the facts union: the given measures, 0 for the others. */
function branch(day: string, measures: Partial<Record<DailyMeasure, string>>, from: string) {
  const columns = DAILY_MEASURES.map((m) => `${measures[m] ?? '0'} AS ${m}`).join(', ');
  return `SELECT d.agency_id, d.procedure_id, ${day} AS day, ${columns} FROM ${from} GROUP BY 1, 2, 3`;
}

/**
 * Live facts per (agency_id, procedure_id, day) for Vietnamese days `from`..`to` (SQL `date`
 * expressions, usually parameters); `agency` is a condition on `d.agency_id` ('TRUE': all).
 */
export function liveDailyFactsSql(from: string, to: string, agency: string): string {
  const count = (filter: string) => `count(*) FILTER (WHERE ${filter})`;
  const branches = [
    branch(
      vnDay('d.received_at'),
      {
        received_online: count(`d.channel = 'ONLINE'`),
        received_counter: count(`d.channel = 'COUNTER'`),
        received_postal: count(`d.channel = 'POSTAL'`),
      },
      `dossiers d WHERE ${within('d.received_at', from, to)} AND ${agency}`,
    ),
    branch(
      READY_DAY,
      {
        resolved_early: count(EARLY),
        resolved_on_time: count(ON_TIME),
        resolved_late: count(`NOT (${EARLY} OR ${ON_TIME}) OR d.appointment_date IS NULL`),
      },
      firstResults(from, to, agency),
    ),
    branch(
      vnDay('h.at'),
      {
        dispatched: count(`h.action = 'dispatch'`),
        delivered: count(`h.action = 'deliver'`),
        returned_to_sender: count(`h.action = 'return-to-sender'`),
      },
      `dossier_history h JOIN dossiers d ON d.id = h.dossier_id
        WHERE h.action IN ('dispatch', 'deliver', 'return-to-sender')
          AND ${within('h.at', from, to)} AND ${agency}`,
    ),
    branch(
      vnDay('d.created_at'),
      { online_started: 'count(*)' },
      `dossiers d WHERE d.channel = 'ONLINE' AND ${within('d.created_at', from, to)} AND ${agency}`,
    ),
  ];
  const sums = DAILY_MEASURES.map((m) => `sum(${m})::int AS ${m}`).join(', ');
  return `SELECT agency_id, procedure_id, day, ${sums}
    FROM (${branches.join('\n UNION ALL ')}) f
   GROUP BY agency_id, procedure_id, day`;
}

/**
 * Live processing-time histogram per (agency_id, procedure_id, day, working_days): dossiers
 * resolved (first RESULT_READY) that day, by working days since their reception day.
 * Dossiers without a reception date are left out.
 */
export function liveProcessingSql(from: string, to: string, agency: string): string {
  return `SELECT f.agency_id, f.procedure_id, f.day, r.ordinal - s.ordinal AS working_days,
           count(*)::int AS dossiers
      FROM (SELECT d.agency_id, d.procedure_id, ${READY_DAY} AS day,
                   ${vnDay('d.received_at')} AS received_day
              FROM ${firstResults(from, to, agency)}) f
      JOIN working_day_ordinals r ON r.date = f.day
      JOIN working_day_ordinals s ON s.date = f.received_day
     GROUP BY 1, 2, 3, 4`;
}

/** Days of dossiers received that `procedure_usage` counts (the portal's "most used"). */
export const USAGE_DAYS = 365;

/** Rewrites `procedure_usage` from the rolled-up days, the last USAGE_DAYS through `through`. */
async function refreshProcedureUsage(manager: EntityManager, through: string): Promise<void> {
  await manager.query(`DELETE FROM procedure_usage`);
  await manager.query(
    `INSERT INTO procedure_usage (procedure_id, filed)
     SELECT procedure_id, sum(received_online + received_counter + received_postal)::int
       FROM report_daily
      WHERE day BETWEEN $1 AND $2
      GROUP BY procedure_id
     HAVING sum(received_online + received_counter + received_postal) > 0`,
    [addCalendarDays(through, 1 - USAGE_DAYS), through],
  );
}

/** The advisory lock key that serialises refreshes (tests hold it to pin the state). */
export const ROLLUP_LOCK_KEY = `hashtext('motcua.report_rollup')`;

export interface RollupRefresh {
  /** First day recomputed (null: nothing to recompute). */
  from: string | null;
  /** The rollup now holds every day up to this one. */
  through: string;
  milliseconds: number;
}

/** Days before yesterday recomputed at each refresh (late commits, back-dated rows). */
export const ROLLUP_RECOMPUTED_DAYS = 3;

/**
 * Brings the rollup up to yesterday (Vietnamese `today` minus one), idempotently: the days
 * from the day after the last rolled-up one, or the last few days, whichever is earlier
 * (everything when nothing is rolled up yet; from `from` when that is earlier) are deleted
 * and recomputed from the
 * source tables in one transaction, then `closed_through` becomes yesterday. Concurrent
 * refreshes are serialised by an advisory lock (ROLLUP_LOCK_SQL).
 */
export async function refreshReportRollup(
  db: DataSource | EntityManager,
  options: { today: string; from?: string },
): Promise<RollupRefresh> {
  const started = Date.now();
  const through = addCalendarDays(options.today, -1);
  const from = await (db as EntityManager).transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(${ROLLUP_LOCK_KEY})`);
    const [state] = (await manager.query(
      `SELECT to_char(closed_through, 'YYYY-MM-DD') AS closed_through,
              (SELECT to_char(min(${vnDay('created_at')}), 'YYYY-MM-DD') FROM dossiers) AS first_day
         FROM report_rollup_state FOR UPDATE`,
    )) as { closed_through: string | null; first_day: string | null }[];
    let start = state.first_day;
    if (state.closed_through !== null) {
      const recent = addCalendarDays(through, 1 - ROLLUP_RECOMPUTED_DAYS);
      const next = addCalendarDays(state.closed_through, 1);
      start = next < recent ? next : recent;
    }
    // an earlier day asked for widens the range; a later one never leaves a gap
    if (options.from !== undefined && (start === null || options.from < start)) {
      start = options.from;
    }
    if (start !== null && start <= through) {
      const params = [start, through];
      for (const table of ['report_daily', 'report_daily_processing']) {
        await manager.query(`DELETE FROM ${table} WHERE day BETWEEN $1 AND $2`, params);
      }
      await manager.query(
        `INSERT INTO report_daily (agency_id, procedure_id, day, ${DAILY_MEASURES.join(', ')})
         ${liveDailyFactsSql('$1', '$2', 'TRUE')}`,
        params,
      );
      await manager.query(
        `INSERT INTO report_daily_processing (agency_id, procedure_id, day, working_days, dossiers)
         ${liveProcessingSql('$1', '$2', 'TRUE')}`,
        params,
      );
    } else {
      start = null;
    }
    await manager.query(`UPDATE report_rollup_state SET closed_through = $1`, [through]);
    await refreshProcedureUsage(manager, through);
    return start;
  });
  return { from, through, milliseconds: Date.now() - started };
}

/** `refreshReportRollup` as an injectable repository (the worker's rollup job). */
export class ReportRollupRepository {
  refresh(db: DataSource | EntityManager, options: { today: string; from?: string }) {
    return refreshReportRollup(db, options);
  }
}
