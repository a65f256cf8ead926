import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import { jobHandlerProblems, jobsHandledBy } from '@motcua/queue';

/** The worker refuses to start unless every job has exactly one processor that handles it. */
@Injectable()
export class JobHandlerCheck implements OnModuleInit {
  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const processors = this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.instance instanceof WorkerHost && wrapper.metatype)
      .map((wrapper) => ({ name: wrapper.name as string, jobs: jobsHandledBy(wrapper.metatype!) }));
    const problems = jobHandlerProblems(processors);
    if (problems.length > 0) {
      throw new Error(`Job handlers are wrong: ${problems.join('; ')}`);
    }
  }
}
