import { Module } from '@nestjs/common';
import { AgencyRepository, ReportRepository } from '@motcua/database';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Decision 766 reports for leaders and admins, and the public statistics. */
@Module({
  controllers: [ReportsController],
  providers: [ReportsService, ReportRepository, AgencyRepository],
})
export class ReportsModule {}
