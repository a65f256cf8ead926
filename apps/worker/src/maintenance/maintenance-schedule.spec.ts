import { AppConfig } from '@motcua/config';
import { JobName } from '@motcua/queue';
import type { Queue } from 'bullmq';
import { MaintenanceSchedule } from './maintenance.module';

/** What the schedule asks of the Maintenance queue at start-up (BullMQ itself is e2e-tested). */
function recordingQueue() {
  const calls: string[] = [];
  const queue = {
    upsertJobScheduler: async (id: string) => void calls.push(`scheduler ${id}`),
    add: async (name: string) => void calls.push(`add ${name}`),
  } as unknown as Queue;
  return { queue, calls };
}

const configWith = (schedules: boolean) =>
  ({
    get: (key: string) => (key === 'MAINTENANCE_SCHEDULES' ? schedules : undefined),
  }) as AppConfig;

describe('MaintenanceSchedule', () => {
  it('schedules the purge and the rollup, and runs the rollup once at start-up', async () => {
    const { queue, calls } = recordingQueue();
    await new MaintenanceSchedule(queue, configWith(true)).onApplicationBootstrap();
    expect(calls).toEqual([
      `scheduler ${JobName.PurgeIdempotencyKeys}`,
      `scheduler ${JobName.RefreshReportRollup}`,
      `add ${JobName.RefreshReportRollup}`,
    ]);
  });

  it('does nothing with MAINTENANCE_SCHEDULES=false (the queue benchmark)', async () => {
    const { queue, calls } = recordingQueue();
    await new MaintenanceSchedule(queue, configWith(false)).onApplicationBootstrap();
    expect(calls).toEqual([]);
  });
});
