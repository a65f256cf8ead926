import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser } from '@motcua/auth';
import {
  bucketCount,
  ForbiddenError,
  reportBuckets,
  ReportInterval,
  isSystemAdmin,
  ValidationFailedError,
  vietnamDate,
} from '@motcua/domain';
import { DAILY_MEASURES } from '@motcua/database';
import { DataSource } from 'typeorm';
import {
  AgencyReportQuery,
  ReportPeriodQuery,
  SummaryReportQuery,
  TimeseriesReportQuery,
} from './dto/report-query.dto';
import {
  AgencyStatsDto,
  PublicStatsDto,
  SummaryReportDto,
  TimeseriesReportDto,
} from './dto/report.response';
import {
  AgencyRepository,
  factsByBucketQuery,
  factsByProcedureQuery,
  MeasureRow,
  nowQuery,
  processingByBucketQuery,
  processingByProcedureQuery,
  publicStatsQuery,
  ReportQuery,
  ReportRepository,
  ReportScope,
} from '@motcua/database';
import { funnel, inProgress, postal, processingTime, received, resolved } from './figures';
import { foldSmallProcedures, ProcedureMeasures, PUBLIC_MIN_DOSSIERS } from './public-folding';

const MAX_SPAN_DAYS = 366;
/** A year of days at most (the period's own bound), said again for the timeseries. */
const MAX_BUCKETS = MAX_SPAN_DAYS + 1;
const EMPTY_FACTS = Object.fromEntries(DAILY_MEASURES.map((m) => [m, 0])) as MeasureRow;
const EMPTY_NOW = { key: null, in_progress: 0, overdue: 0, drafts: 0 };
const DAY_MS = 86_400_000;
const PUBLIC_CACHE_MS = 60_000;
const PUBLIC_CACHE_MAX = 200;

interface Period {
  from: string;
  to: string;
  today: string;
}

/** A public figure below the agency: no rate made of fewer than PUBLIC_MIN_DOSSIERS resolved. */
function publicFigures(row: MeasureRow) {
  const done = resolved(row);
  return {
    received: received(row).total,
    onlineRate: received(row).onlineRate,
    onTimeRate: done.total < PUBLIC_MIN_DOSSIERS ? null : done.onTimeRate,
  };
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
 * Decision 766 figures, all computed by grouped SQL (no dossier is loaded into the API): the
 * days the rollup holds from it, the others live (`ReportRepository` in libs/database). The public statistics are
 * kept 60 s per period in memory.
 */
@Injectable()
export class ReportsService {
  private readonly publicCache = new Map<string, { expires: number; value: PublicStatsDto }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  async summary(user: AuthenticatedUser, query: SummaryReportQuery): Promise<SummaryReportDto> {
    const scope = await this.scope(user, query);
    const [facts, processing, [now]] = await Promise.all([
      this.run(factsByProcedureQuery(scope)),
      this.run(processingByProcedureQuery(scope)),
      this.run(nowQuery(scope)),
    ]);
    const total = facts.find((row) => row.procedure_id === null)!;
    const times = new Map(processing.map((row) => [row.key, row]));
    return {
      period: { from: scope.from, to: scope.to },
      received: received(total),
      resolved: resolved(total),
      inProgress: inProgress(now),
      postal: postal(total),
      processingTime: processingTime(times.get(null)),
      onlineFunnel: funnel(total, now),
      byProcedure: facts
        .filter((row) => row.procedure_id !== null)
        .map((row) => {
          const time = processingTime(times.get(row.procedure_id));
          return {
            procedureCode: row.procedure_code!,
            procedureName: row.procedure_name!,
            received: received(row).total,
            online: row.received_online,
            resolved: resolved(row).total,
            onTime: row.resolved_early + row.resolved_on_time,
            averageWorkingDays: time.averageWorkingDays,
            medianWorkingDays: time.medianWorkingDays,
          };
        }),
    };
  }

  /** The same figures per day, ISO week or month of the period, every interval listed. */
  async timeseries(
    user: AuthenticatedUser,
    query: TimeseriesReportQuery,
  ): Promise<TimeseriesReportDto> {
    const interval: ReportInterval = query.interval ?? 'day';
    const scope = await this.scope(user, query);
    if (bucketCount(scope.from, scope.to, interval) > MAX_BUCKETS) {
      throw new ValidationFailedError([
        { field: 'interval', message: `Không được quá ${MAX_BUCKETS} khoảng thời gian.` },
      ]);
    }
    const [facts, processing, now] = await Promise.all([
      this.run(factsByBucketQuery(scope, interval)),
      this.run(processingByBucketQuery(scope, interval)),
      this.run(nowQuery(scope, interval)),
    ]);
    const factsOf = new Map(facts.map((row) => [row.bucket, row]));
    const timesOf = new Map(processing.map((row) => [row.key, row]));
    const nowOf = new Map(now.map((row) => [row.key, row]));
    return {
      period: { from: scope.from, to: scope.to },
      interval,
      items: reportBuckets(scope.from, scope.to, interval).map((bucket) => {
        const row = factsOf.get(bucket.key) ?? EMPTY_FACTS;
        const open = nowOf.get(bucket.key) ?? EMPTY_NOW;
        return {
          from: bucket.from,
          to: bucket.to,
          received: received(row),
          resolved: resolved(row),
          inProgress: inProgress(open),
          postal: postal(row),
          processingTime: processingTime(timesOf.get(bucket.key)),
          onlineFunnel: funnel(row, open),
        };
      }),
    };
  }

  async publicStats(query: ReportPeriodQuery): Promise<PublicStatsDto> {
    const period = resolvePeriod(query);
    const key = `${period.from}|${period.to}`;
    const now = Date.now();
    const cached = this.publicCache.get(key);
    if (cached && cached.expires > now) return cached.value;
    const closedThrough = await this.closedThrough();
    const rows = await this.run(publicStatsQuery({ ...period, closedThrough }));
    // rows come ordered: each agency's total, then its procedures
    const items: AgencyStatsDto[] = [];
    const procedures = new Map<AgencyStatsDto, ProcedureMeasures[]>();
    for (const row of rows) {
      if (row.procedure_code === null) {
        const item: AgencyStatsDto = {
          agencyCode: row.agency_code,
          agencyName: row.agency_name,
          ...publicFigures(row),
          onTimeRate: resolved(row).onTimeRate,
          postal: postal(row),
          byProcedure: [],
          otherProcedures: null,
        };
        items.push(item);
        procedures.set(item, []);
      } else {
        procedures.get(items[items.length - 1])!.push({
          code: row.procedure_code,
          name: row.procedure_name!,
          measures: row,
        });
      }
    }
    for (const [agency, ofAgency] of procedures) {
      const { listed, other } = foldSmallProcedures(ofAgency);
      agency.byProcedure = listed.map((p) => ({
        procedureCode: p.code,
        procedureName: p.name,
        ...publicFigures(p.measures),
      }));
      agency.otherProcedures = other && publicFigures(other);
    }
    const value: PublicStatsDto = { items };
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

  private async scope(user: AuthenticatedUser, query: AgencyReportQuery): Promise<ReportScope> {
    const period = resolvePeriod(query);
    const [agencyIds, closedThrough] = await Promise.all([
      this.agenciesInScope(user, query.agencyCode),
      this.closedThrough(),
    ]);
    return { ...period, agencyIds, closedThrough };
  }

  /** The last day the rollup holds: earlier days are read from it, later ones counted live. */
  private closedThrough(): Promise<string | null> {
    return this.reports.closedThrough(this.dataSource.manager);
  }

  /**
   * Whose dossiers the report counts: the agency asked for (default the caller's own) and every
   * agency below it, so a province's report adds up its departments, communes and centres. A
   * leader or an agency's admin may ask for their own agency or any below it (a province's: any
   * of the province), read-only; a SYSTEM_ADMIN any, or all (null).
   */
  private async agenciesInScope(
    user: AuthenticatedUser,
    code?: string,
  ): Promise<readonly string[] | null> {
    const db = this.dataSource.manager;
    const agencyId = code === undefined ? null : await this.agencyIdOf(code);
    if (isSystemAdmin(user.roles)) {
      if (code === undefined) return null;
      if (agencyId === null) {
        throw new ValidationFailedError([
          { field: 'agencyCode', message: 'Không có cơ quan nào có mã này.' },
        ]);
      }
      return this.agencies.subtreeIds(db, agencyId);
    }
    const own = user.agencyId;
    const target = code === undefined ? own : agencyId;
    if (
      own === null ||
      target === null ||
      (target !== own && !(await this.agencies.isInSubtree(db, own, target)))
    ) {
      throw new ForbiddenError(
        'Bạn chỉ được xem báo cáo của cơ quan mình và các cơ quan trực thuộc.',
      );
    }
    return this.agencies.subtreeIds(db, target);
  }

  private agencyIdOf(code: string): Promise<string | null> {
    return this.reports.agencyIdOf(this.dataSource.manager, code);
  }

  /** Reports are single reads outside any transaction: each on the pool. */
  private run<T>(query: ReportQuery<T>): Promise<T[]> {
    return this.reports.run(this.dataSource.manager, query);
  }
}
