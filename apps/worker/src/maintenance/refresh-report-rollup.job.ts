import { Injectable, Logger } from '@nestjs/common';
import { ReportRollupRepository, RollupRefresh } from '@motcua/database';
import { vietnamDate } from '@motcua/domain';
import { JobName, OnJob } from '@motcua/queue';
import { DataSource } from 'typeorm';

/** Brings the reports' rollup up to yesterday (Vietnam time). */
@Injectable()
export class RefreshReportRollup {
  private readonly logger = new Logger(RefreshReportRollup.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly rollup: ReportRollupRepository,
  ) {}

  @OnJob(JobName.RefreshReportRollup)
  async run(): Promise<RollupRefresh> {
    const refresh = await this.rollup.refresh(this.dataSource, { today: vietnamDate(new Date()) });
    this.logger.log(refresh, 'Report rollup refreshed');
    return refresh;
  }
}
