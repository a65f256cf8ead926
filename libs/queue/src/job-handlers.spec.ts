import 'reflect-metadata';
import { jobHandledBy, jobHandlerProblems, OnJob } from './job-handlers';
import { JobName } from './queues';

describe('job handlers', () => {
  it('accepts exactly one handler per job', () => {
    expect(
      jobHandlerProblems(
        [
          { name: 'A.notify', job: JobName.NotifyApplicant },
          { name: 'B.dispatch', job: JobName.DispatchShipment },
        ],
        [JobName.NotifyApplicant, JobName.DispatchShipment],
      ),
    ).toEqual([]);
  });

  it('names a job without a handler and a job with two', () => {
    expect(
      jobHandlerProblems(
        [
          { name: 'A.notify', job: JobName.NotifyApplicant },
          { name: 'B.notify', job: JobName.NotifyApplicant },
        ],
        [JobName.NotifyApplicant, JobName.DispatchShipment],
      ),
    ).toEqual([
      'job notify-applicant has 2 handlers: A.notify, B.notify',
      'job dispatch-shipment has no handler',
    ]);
  });

  it('reads what a method declares', () => {
    class Service {
      @OnJob(JobName.ApplyPostalEvent)
      async apply(): Promise<void> {}

      async other(): Promise<void> {}
    }
    expect(jobHandledBy(Service.prototype.apply)).toBe(JobName.ApplyPostalEvent);
    expect(jobHandledBy(Service.prototype.other)).toBeUndefined();
    expect(jobHandledBy('not a method')).toBeUndefined();
  });
});
