import type {
  InProgressFiguresDto,
  OnlineFunnelDto,
  PostalFiguresDto,
  ProcessingTimeDto,
  ReceivedFiguresDto,
  ResolvedFiguresDto,
} from './dto/report.response';
import type { MeasureRow, NowRow, ProcessingRow } from '@motcua/database';

/** part / whole rounded to 4 decimals; 0 when there is nothing to divide by. */
export function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

export function received(row: MeasureRow): ReceivedFiguresDto {
  const total = row.received_online + row.received_counter + row.received_postal;
  return {
    total,
    online: row.received_online,
    counter: row.received_counter,
    postal: row.received_postal,
    onlineRate: rate(row.received_online, total),
  };
}

export function resolved(row: MeasureRow): ResolvedFiguresDto {
  const total = row.resolved_early + row.resolved_on_time + row.resolved_late;
  return {
    total,
    early: row.resolved_early,
    onTime: row.resolved_on_time,
    late: row.resolved_late,
    onTimeRate: rate(row.resolved_early + row.resolved_on_time, total),
  };
}

export function postal(row: MeasureRow): PostalFiguresDto {
  return {
    dispatched: row.dispatched,
    delivered: row.delivered,
    failed: row.returned_to_sender,
  };
}

export function inProgress(now: NowRow): InProgressFiguresDto {
  return { total: now.in_progress, overdue: now.overdue };
}

/** Begun online in the period (facts) against still drafts now (live). */
export function funnel(row: MeasureRow, now: NowRow): OnlineFunnelDto {
  return {
    started: row.online_started,
    submitted: row.online_started - now.drafts,
    abandoned: now.drafts,
    abandonedRate: rate(now.drafts, row.online_started),
  };
}

export function processingTime(row: ProcessingRow | undefined): ProcessingTimeDto {
  return row
    ? { dossiers: row.dossiers, averageWorkingDays: row.average, medianWorkingDays: row.median }
    : { dossiers: 0, averageWorkingDays: null, medianWorkingDays: null };
}
