import type { Job } from 'bullmq';
import type { JobPayloads } from './queues';
import { JobName } from './queues';

const ON_JOB = Symbol('motcua:onJob');

/** A job's handler: a service method given the BullMQ job (and its lock token). */
export type JobHandler<J extends JobName = JobName> = (
  job: Job<JobPayloads[J], unknown, J>,
  token?: string,
) => Promise<unknown>;

/**
 * Marks a provider's method as the handler of `job`. The worker finds every such method at
 * start-up (JobHandlers) and refuses to start unless each job has exactly one.
 */
export function OnJob<J extends JobName>(job: J) {
  return <M extends JobHandler<J>>(
    _target: object,
    _property: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    Reflect.defineMetadata(ON_JOB, job, descriptor.value!);
  };
}

/** The job a method handles (`@OnJob`), if any. */
export function jobHandledBy(method: unknown): JobName | undefined {
  if (typeof method !== 'function') return undefined;
  return Reflect.getMetadata(ON_JOB, method) as JobName | undefined;
}

/**
 * What is wrong with the worker's handlers: a job no method handles, a job two handle. An
 * empty list means every job has exactly one handler.
 */
export function jobHandlerProblems(
  handlers: readonly { name: string; job: JobName }[],
  jobs: readonly JobName[] = Object.values(JobName),
): string[] {
  const problems: string[] = [];
  const by = new Map<JobName, string[]>();
  for (const handler of handlers)
    by.set(handler.job, [...(by.get(handler.job) ?? []), handler.name]);
  for (const job of jobs) {
    const names = by.get(job) ?? [];
    if (names.length === 0) problems.push(`job ${job} has no handler`);
    if (names.length > 1)
      problems.push(`job ${job} has ${names.length} handlers: ${names.join(', ')}`);
  }
  return problems;
}
