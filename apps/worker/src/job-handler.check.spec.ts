import { WorkerHost } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { HandlesJobs, JobName } from '@motcua/queue';
import { JobHandlerCheck } from './job-handler.check';

@Injectable()
@HandlesJobs(JobName.NotifyApplicant)
class NotifyTwice extends WorkerHost {
  process = async () => undefined;
}

@Injectable()
@HandlesJobs(...Object.values(JobName))
class HandlesEverything extends WorkerHost {
  process = async () => undefined;
}

async function boot(...processors: (new () => WorkerHost)[]) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [JobHandlerCheck, ...processors],
  }).compile();
  return moduleRef.init();
}

describe('worker start-up check of job handlers', () => {
  it('starts when every job has exactly one handler', async () => {
    const booting = boot(HandlesEverything);
    await expect(booting).resolves.toBeDefined();
    await (await booting).close();
  });

  it('refuses to start when a job has two handlers or none', async () => {
    await expect(boot(HandlesEverything, NotifyTwice)).rejects.toThrow(
      /notify-applicant has 2 handlers/,
    );
    await expect(boot(NotifyTwice)).rejects.toThrow(/dispatch-shipment has no handler/);
  });
});
