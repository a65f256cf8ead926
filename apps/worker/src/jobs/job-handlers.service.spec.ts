import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { JobName, OnJob } from '@motcua/queue';
import type { Job } from 'bullmq';
import { JobHandlers } from './job-handlers.service';

@Injectable()
class NotifiesAgain {
  @OnJob(JobName.NotifyApplicant)
  async notify(): Promise<string> {
    return 'again';
  }
}

/** One handler per job (`on-<job>`), each answering with its job's name. */
@Injectable()
class HandlesEverything {}
for (const job of Object.values(JobName)) {
  const method = async function (this: HandlesEverything) {
    return `handled ${job}`;
  };
  Object.defineProperty(HandlesEverything.prototype, `on-${job}`, {
    value: method,
    writable: true,
    configurable: true,
  });
  OnJob(job)(HandlesEverything.prototype, `on-${job}`, { value: method });
}

async function boot(...providers: (new () => object)[]) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [JobHandlers, ...providers],
  }).compile();
  return moduleRef.init();
}

describe('worker start-up check of job handlers', () => {
  it('starts when every job has exactly one handler, and runs each job with its own', async () => {
    const app = await boot(HandlesEverything);
    try {
      const handlers = app.get(JobHandlers);
      await expect(handlers.run({ name: JobName.IntakeDossier } as Job)).resolves.toBe(
        `handled ${JobName.IntakeDossier}`,
      );
      await expect(handlers.run({ name: JobName.PurgeRetention } as Job)).resolves.toBe(
        `handled ${JobName.PurgeRetention}`,
      );
      await expect(handlers.run({ name: 'no-such-job' } as Job)).rejects.toThrow(
        'No handler for job no-such-job',
      );
    } finally {
      await app.close();
    }
  });

  it('refuses to start when a job has two handlers or none', async () => {
    await expect(boot(HandlesEverything, NotifiesAgain)).rejects.toThrow(
      /notify-applicant has 2 handlers: HandlesEverything\.on-notify-applicant, NotifiesAgain\.notify/,
    );
    await expect(boot(NotifiesAgain)).rejects.toThrow(/dispatch-shipment has no handler/);
  });
});
