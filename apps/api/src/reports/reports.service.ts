import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser } from '@motcua/auth';
import { ForbiddenError, Role, ValidationFailedError, vietnamDate } from '@motcua/domain';
import { DataSource } from 'typeorm';
import { ReportPeriodQuery, SummaryReportQuery } from './dto/report-query.dto';
import { PublicStatsDto, SummaryReportDto } from './dto/report.response';
import {
  agencyStatsQuery,
  byProcedureQuery,
  postalTotalsQuery,
  receivedTotalsQuery,
  ReportQuery,
  ReportScope,
  resolvedTotalsQuery,
} from './report.sql';

const MAX_SPAN_DAYS = 366;
const DAY_MS = 86_400_000;
const PUBLIC_CACHE_MS = 60_000;
const PUBLIC_CACHE_MAX = 200;

interface Period {
  from: string;
  to: string;
  today: string;
}

/** The period asked for, with its defaults (this month so far); 400 when it makes no sense. */
export function resolvePeriod(query: ReportPeriodQuery, now = new Date()): Period {
  const today = vietnamDate(now);
  const from = query.from ?? `${today.slice(0, 8)}01`;
  const to = query.to ?? today;
  const span = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (span < 0) {
    throw new ValidationFailedError([
      { field: 'to', message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.' },
    ]);
  }
  if (span > MAX_SPAN_DAYS) {
    throw new ValidationFailedError([
      { field: 'to', message: `Khoảng thời gian không được quá ${MAX_SPAN_DAYS} ngày.` },
    ]);
  }
  return { from, to, today };
}

/**
 * Decision 766 figures, all computed by grouped SQL (no dossier is loaded into the API).
 * The public statistics are kept 60 s per period in memory.
 */
@Injectable()
export class ReportsService {
  private readonly publicCache = new Map<string, { expires: number; value: PublicStatsDto }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(user: AuthenticatedUser, query: SummaryReportQuery): Promise<SummaryReportDto> {
    const period = resolvePeriod(query);
    const agencyId = await this.agencyInScope(user, query.agencyCode);
    const scope: ReportScope = { ...period, agencyId };
    const [received, resolved, postal, byProcedure] = await Promise.all([
      this.one(receivedTotalsQuery(scope)),
      this.one(resolvedTotalsQuery(scope)),
      this.one(postalTotalsQuery(scope)),
      this.run(byProcedureQuery(scope)),
    ]);
    return {
      period: { from: period.from, to: period.to },
      received: {
        total: received.total,
        online: received.online,
        counter: received.counter,
        postal: received.postal,
        onlineRate: received.online_rate,
      },
      resolved: {
        total: resolved.total,
        early: resolved.early,
        onTime: resolved.on_time,
        late: resolved.late,
        onTimeRate: resolved.on_time_rate,
      },
      inProgress: { total: received.in_progress, overdue: received.overdue },
      postal: { dispatched: postal.dispatched, delivered: postal.delivered, failed: postal.failed },
      byProcedure: byProcedure.map((row) => ({
        procedureCode: row.procedure_code,
        procedureName: row.procedure_name,
        received: row.received,
        online: row.online,
        resolved: row.resolved,
        onTime: row.on_time,
      })),
    };
  }

  async publicStats(query: ReportPeriodQuery): Promise<PublicStatsDto> {
    const period = resolvePeriod(query);
    const key = `${period.from}|${period.to}`;
    const now = Date.now();
    const cached = this.publicCache.get(key);
    if (cached && cached.expires > now) return cached.value;
    const rows = await this.run(agencyStatsQuery(period));
    const value: PublicStatsDto = {
      items: rows.map((row) => ({
        agencyCode: row.agency_code,
        agencyName: row.agency_name,
        received: row.received,
        onlineRate: row.online_rate,
        onTimeRate: row.on_time_rate,
      })),
    };
    this.remember(key, value, now);
    return value;
  }

  private remember(key: string, value: PublicStatsDto, now: number): void {
    if (this.publicCache.size >= PUBLIC_CACHE_MAX) {
      for (const [k, entry] of this.publicCache) {
        if (entry.expires <= now) this.publicCache.delete(k);
      }
      // still full: forget the oldest (Map keeps insertion order)
      if (this.publicCache.size >= PUBLIC_CACHE_MAX) {
        this.publicCache.delete(this.publicCache.keys().next().value as string);
      }
    }
    this.publicCache.set(key, { expires: now + PUBLIC_CACHE_MS, value });
  }

  /** Which agency the caller may see: a leader their own; an admin any, or all (null). */
  private async agencyInScope(user: AuthenticatedUser, code?: string): Promise<string | null> {
    const agencyId = code === undefined ? null : await this.agencyIdOf(code);
    if (user.roles.includes(Role.Admin)) {
      if (code !== undefined && agencyId === null) {
        throw new ValidationFailedError([
          { field: 'agencyCode', message: 'Không có cơ quan nào có mã này.' },
        ]);
      }
      return agencyId;
    }
    if (user.agencyId === null || (code !== undefined && agencyId !== user.agencyId)) {
      throw new ForbiddenError('Bạn chỉ được xem báo cáo của cơ quan mình.');
    }
    return user.agencyId;
  }

  private async agencyIdOf(code: string): Promise<string | null> {
    const rows = (await this.dataSource.query('SELECT id FROM agencies WHERE code = $1', [
      code,
    ])) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  private async run<T>(query: ReportQuery<T>): Promise<T[]> {
    return (await this.dataSource.query(query.sql, query.params)) as T[];
  }

  /** Aggregates without GROUP BY: always exactly one row. */
  private async one<T>(query: ReportQuery<T>): Promise<T> {
    return (await this.run(query))[0];
  }
}
