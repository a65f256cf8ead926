import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addCalendarDays, NotFoundError, vietnamDate } from '@motcua/domain';
import { procedureResolvedFigures } from '@motcua/database';
import { DataSource } from 'typeorm';
import { ProcessingTimeDto } from './dto/processing-time.dto';
import { ProcedureCatalog } from './procedure-catalog.service';

/** Below this many resolved dossiers a rate or a percentile says little: the figures are null. */
export const MIN_RESOLVED_FOR_FIGURES = 10;
/** The last 365 days, today included. */
const PERIOD_DAYS = 365;
/** The figures move once a day with the rollup; the procedure page is read far more often. */
const CACHE_MS = 10 * 60_000;
const CACHE_MAX = 5_000;

/** A procedure's real processing time, for its public page. */
@Injectable()
export class ProcessingTimeService {
  private readonly cache = new Map<
    string,
    { expires: number; value: Promise<ProcessingTimeDto> }
  >();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: ProcedureCatalog,
  ) {}

  async get(code: string, now = new Date()): Promise<ProcessingTimeDto> {
    const procedure = await this.catalog.findForFiling(this.dataSource.manager, code);
    if (!procedure) throw new NotFoundError(`Không tìm thấy thủ tục hành chính có mã "${code}".`);
    const to = vietnamDate(now);
    const key = `${code}|${to}`;
    const cached = this.cache.get(key);
    if (cached && cached.expires > now.getTime()) return cached.value;
    const value = this.compute(procedure.id, code, to);
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(key, { expires: now.getTime() + CACHE_MS, value });
    value.catch(() => this.cache.delete(key));
    return value;
  }

  private async compute(procedureId: string, code: string, to: string): Promise<ProcessingTimeDto> {
    const from = addCalendarDays(to, 1 - PERIOD_DAYS);
    const figures = await procedureResolvedFigures(this.dataSource, { procedureId, from, to });
    const enough = figures.resolved >= MIN_RESOLVED_FOR_FIGURES;
    return {
      code,
      period: { from, to },
      resolved: figures.resolved,
      p90WorkingDays:
        enough && figures.timed >= MIN_RESOLVED_FOR_FIGURES ? figures.p90WorkingDays : null,
      onTimeRate: enough ? Math.round((figures.onTime / figures.resolved) * 10_000) / 10_000 : null,
    };
  }
}
