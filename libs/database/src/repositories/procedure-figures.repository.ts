import { addCalendarDays } from '@motcua/domain';
import type { EntityManager } from 'typeorm';
import { liveDailyFactsSql, liveProcessingSql } from './report-rollup.repository';

type Executor = Pick<EntityManager, 'query'>;

/** One procedure's resolved dossiers over a period of Vietnamese days. */
export interface ProcedureResolvedFigures {
  /** Dossiers whose first result came in the period. */
  resolved: number;
  /** Of them, those ready on or before their appointment date, not extended. */
  onTime: number;
  /** Of them, those with a reception date (the ones a processing time is known for). */
  timed: number;
  /** Nearest-rank 90th percentile of working days from reception to result; null if none. */
  p90WorkingDays: number | null;
}

/**
 * A procedure's resolved dossiers between `from` and `to` (both included): the days the rollup
 * holds (through `report_rollup_state.closed_through`) from `report_daily` / `report_daily_processing`, the later
 * ones counted live by the rollup's own definitions.
 */
export async function procedureResolvedFigures(
  db: Executor,
  scope: { procedureId: string; from: string; to: string },
): Promise<ProcedureResolvedFigures> {
  const { procedureId, from, to } = scope;
  const [state] = (await db.query(
    `SELECT to_char(closed_through, 'YYYY-MM-DD') AS closed FROM report_rollup_state`,
  )) as { closed: string | null }[];
  const closedThrough = state?.closed ?? null;
  const rolledTo = closedThrough === null || closedThrough < from ? null : min(closedThrough, to);
  const liveFrom = rolledTo === null ? from : addCalendarDays(rolledTo, 1);
  const params: unknown[] = [procedureId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const facts: string[] = [];
  const histogram: string[] = [];
  if (rolledTo !== null) {
    const days = `day BETWEEN ${param(from)}::date AND ${param(rolledTo)}::date`;
    facts.push(`SELECT resolved_early, resolved_on_time, resolved_late FROM report_daily
                 WHERE procedure_id = $1 AND ${days}`);
    histogram.push(`SELECT working_days, dossiers FROM report_daily_processing
                     WHERE procedure_id = $1 AND ${days}`);
  }
  if (liveFrom <= to) {
    const [start, end] = [`${param(liveFrom)}::date`, `${param(to)}::date`];
    const ofProcedure = 'd.procedure_id = $1';
    facts.push(`SELECT resolved_early, resolved_on_time, resolved_late
                  FROM (${liveDailyFactsSql(start, end, ofProcedure)}) l`);
    histogram.push(`SELECT working_days, dossiers
                      FROM (${liveProcessingSql(start, end, ofProcedure)}) l`);
  }
  const [row] = (await db.query(
    `WITH f AS (${facts.join(' UNION ALL ')}),
     h AS (SELECT working_days, sum(dossiers) AS n FROM (${histogram.join(' UNION ALL ')}) x
            GROUP BY working_days),
     c AS (SELECT working_days, sum(n) OVER (ORDER BY working_days) AS cum,
                  sum(n) OVER () AS total FROM h)
     SELECT (SELECT COALESCE(sum(resolved_early + resolved_on_time + resolved_late), 0)::int FROM f)
              AS resolved,
            (SELECT COALESCE(sum(resolved_early + resolved_on_time), 0)::int FROM f) AS on_time,
            (SELECT COALESCE(sum(n), 0)::int FROM h) AS timed,
            (SELECT min(working_days) FROM c WHERE cum >= ceil(0.9 * total)) AS p90`,
    params,
  )) as { resolved: number; on_time: number; timed: number; p90: number | null }[];
  return {
    resolved: row.resolved,
    onTime: row.on_time,
    timed: row.timed,
    p90WorkingDays: row.p90,
  };
}

const min = (a: string, b: string) => (a < b ? a : b);
