import { Module } from '@nestjs/common';
import { DeadlineRepository } from '@motcua/database';
import { DeadlineWatch } from './deadline-watch.service';

/**
 * The deadline watch; its jobs run on the Maintenance queue's processor, on the schedule kept
 * by MaintenanceSchedule (07:00 in Vietnam, Monday to Friday; holidays are skipped by the watch).
 */
@Module({
  providers: [DeadlineRepository, DeadlineWatch],
  exports: [DeadlineWatch],
})
export class DeadlinesModule {}
