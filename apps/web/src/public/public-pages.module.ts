import { Module } from '@nestjs/common';
import { HomeController } from './home/home.controller';
import { ProcedureController } from './procedure/procedure.controller';
import { StatsController } from './stats/stats.controller';
import { TrackingController } from './tracking/tracking.controller';

/** Pages anyone can open without signing in. */
@Module({
  controllers: [HomeController, ProcedureController, TrackingController, StatsController],
})
export class PublicPagesModule {}
