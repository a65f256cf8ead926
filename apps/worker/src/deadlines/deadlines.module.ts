import { Module } from '@nestjs/common';
import { DeadlineRepository } from '@motcua/database';
import { DeadlineWatch } from './deadline-watch.service';

/**
 * The deadline watch: the `watch-deadlines` job, on the Maintenance queue, on the schedule in
 * MAINTENANCE_SCHEDULES (07:00 in Vietnam, Monday to Friday; holidays are skipped by the watch).
 */
@Module({
  providers: [DeadlineRepository, DeadlineWatch],
  exports: [DeadlineWatch],
})
export class DeadlinesModule {}
