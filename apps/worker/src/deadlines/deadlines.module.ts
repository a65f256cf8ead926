import { Module } from '@nestjs/common';
import { DeadlineWatch } from './deadline-watch.service';

/**
 * The deadline watch; its jobs run on the Maintenance queue's processor, on the schedule kept
 * by MaintenanceSchedule (07:00 in Vietnam, Monday to Friday; holidays are skipped by the watch).
 */
@Module({
  providers: [DeadlineWatch],
  exports: [DeadlineWatch],
})
export class DeadlinesModule {}
