import type { AppConfig } from '@motcua/config';
import { JobName } from '@motcua/queue';
import type { Queue } from 'bullmq';
import { MaintenanceSchedule } from './maintenance.module';

/** What the schedule asks of the Maintenance queue (BullMQ itself is e2e-tested). */
function recordingQueue(existing: string[] = []) {
  const calls: string[] = [];
  const queue = {
    upsertJobScheduler: async (id: string) => void calls.push(`scheduler ${id}`),
    add: async (name: string) => void calls.push(`add ${name}`),
    getJobScheduler: async (id: string) => (existing.includes(id) ? { key: id } : undefined),
    client: Promise.resolve({ on: () => undefined }),
  } as unknown as Queue;
  return { queue, calls };
}

const configWith = (schedules: boolean) =>
  ({
    get: (key: string) =>
      key === 'MAINTENANCE_SCHEDULES'
        ? schedules
        : key === 'SCHEDULE_CHECK_MS'
          ? 60_000
          : undefined,
  }) as AppConfig;

describe('MaintenanceSchedule', () => {
  it('schedules every maintenance job, and runs the rollup once at start-up', async () => {
    const { queue, calls } = recordingQueue();
    const schedule = new MaintenanceSchedule(queue, configWith(true));
    await schedule.onApplicationBootstrap();
    schedule.onApplicationShutdown();
    expect(calls).toEqual([
      `scheduler ${JobName.PurgeIdempotencyKeys}`,
      `scheduler ${JobName.WatchDeadlines}`,
      `scheduler ${JobName.RefreshReportRollup}`,
      `scheduler ${JobName.PurgeRetention}`,
      `add ${JobName.RefreshReportRollup}`,
    ]);
  });

  it('puts back only the schedulers Redis no longer has', async () => {
    const { queue, calls } = recordingQueue([JobName.PurgeIdempotencyKeys, JobName.WatchDeadlines]);
    const restored = await new MaintenanceSchedule(queue, configWith(true)).restoreMissing();
    expect(restored).toEqual([JobName.RefreshReportRollup, JobName.PurgeRetention]);
    expect(calls).toEqual([
      `scheduler ${JobName.RefreshReportRollup}`,
      `scheduler ${JobName.PurgeRetention}`,
    ]);
  });

  it('does nothing with MAINTENANCE_SCHEDULES=false (the queue benchmark)', async () => {
    const { queue, calls } = recordingQueue();
    await new MaintenanceSchedule(queue, configWith(false)).onApplicationBootstrap();
    expect(calls).toEqual([]);
  });
});
