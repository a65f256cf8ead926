import { JobName } from './queues';

const HANDLES_JOBS = Symbol('motcua:handlesJobs');

/** Declares which jobs a BullMQ processor class handles (checked at worker start-up). */
export function HandlesJobs(...jobs: JobName[]): ClassDecorator {
  return (target) => Reflect.defineMetadata(HANDLES_JOBS, jobs, target);
}

export function jobsHandledBy(target: object): JobName[] | undefined {
  return Reflect.getMetadata(HANDLES_JOBS, target) as JobName[] | undefined;
}

/**
 * What is wrong with the worker's processors: a job no processor handles, a job two handle,
 * a processor that declares nothing. An empty list means every job has exactly one handler.
 */
export function jobHandlerProblems(
  processors: readonly { name: string; jobs: readonly JobName[] | undefined }[],
  jobs: readonly JobName[] = Object.values(JobName),
): string[] {
  const problems: string[] = [];
  const handlers = new Map<JobName, string[]>();
  for (const processor of processors) {
    if (!processor.jobs?.length) problems.push(`${processor.name} declares no job (@HandlesJobs)`);
    for (const job of processor.jobs ?? [])
      handlers.set(job, [...(handlers.get(job) ?? []), processor.name]);
  }
  for (const job of jobs) {
    const by = handlers.get(job) ?? [];
    if (by.length === 0) problems.push(`job ${job} has no handler`);
    if (by.length > 1) problems.push(`job ${job} has ${by.length} handlers: ${by.join(', ')}`);
  }
  return problems;
}
