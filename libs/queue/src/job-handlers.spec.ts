import 'reflect-metadata';
import { HandlesJobs, jobHandlerProblems, jobsHandledBy } from './job-handlers';
import { JobName } from './queues';

describe('job handlers', () => {
  it('accepts exactly one handler per job', () => {
    expect(
      jobHandlerProblems(
        [
          { name: 'A', jobs: [JobName.NotifyApplicant] },
          { name: 'B', jobs: [JobName.DispatchShipment] },
        ],
        [JobName.NotifyApplicant, JobName.DispatchShipment],
      ),
    ).toEqual([]);
  });

  it('names a job without a handler, a job with two, and a processor declaring none', () => {
    expect(
      jobHandlerProblems(
        [
          { name: 'A', jobs: [JobName.NotifyApplicant] },
          { name: 'B', jobs: [JobName.NotifyApplicant] },
          { name: 'C', jobs: undefined },
        ],
        [JobName.NotifyApplicant, JobName.DispatchShipment],
      ),
    ).toEqual([
      'C declares no job (@HandlesJobs)',
      'job notify-applicant has 2 handlers: A, B',
      'job dispatch-shipment has no handler',
    ]);
  });

  it('reads what a class declares', () => {
    @HandlesJobs(JobName.ApplyPostalEvent)
    class Processor {}
    expect(jobsHandledBy(Processor)).toEqual([JobName.ApplyPostalEvent]);
    expect(jobsHandledBy(class Other {})).toBeUndefined();
  });
});
