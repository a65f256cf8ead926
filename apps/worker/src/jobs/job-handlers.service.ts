import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { jobHandledBy, jobHandlerProblems, JobName } from '@motcua/queue';
import type { Job } from 'bullmq';

/** A handler as JobHandlers calls it (each is typed by its job where it is declared). */
type RunJob = (job: Job, token?: string) => Promise<unknown>;

/**
 * Every job's handler: the provider method marked `@OnJob(job)`, found among the worker's
 * providers at start-up. The worker refuses to start unless every job has exactly one.
 */
@Injectable()
export class JobHandlers implements OnModuleInit {
  private handlers?: ReadonlyMap<JobName, RunJob>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    this.handlers ??= this.discover();
  }

  /** Runs `job` with its handler. */
  run(job: Job, token?: string): Promise<unknown> {
    // BullMQ's workers start in their own module's init, which may come before this one's
    this.handlers ??= this.discover();
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) return Promise.reject(new Error(`No handler for job ${job.name}`));
    return handler(job, token);
  }

  private discover(): Map<JobName, RunJob> {
    const found: { name: string; job: JobName; handler: RunJob }[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object | null;
      if (!prototype) continue;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = (instance as Record<string, unknown>)[method];
        const job = jobHandledBy(fn);
        if (!job) continue;
        found.push({
          name: `${String(wrapper.name)}.${method}`,
          job,
          handler: (fn as RunJob).bind(instance),
        });
      }
    }
    const problems = jobHandlerProblems(found);
    if (problems.length > 0) throw new Error(`Job handlers are wrong: ${problems.join('; ')}`);
    return new Map(found.map(({ job, handler }) => [job, handler]));
  }
}
