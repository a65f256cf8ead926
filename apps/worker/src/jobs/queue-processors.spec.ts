import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobHandlers } from './job-handlers.service';
import { IntakeProcessor } from './queue-processors';

describe('QueueProcessor logging', () => {
  const processor = new IntakeProcessor({} as JobHandlers);
  const job = (attemptsMade: number) =>
    ({
      name: 'notify-applicant',
      id: 'outbox-7-notify',
      attemptsMade,
      opts: { attempts: 8 },
    }) as Job;
  // a handler's error may quote the person it was about
  const personal = Object.assign(new Error('550 mailbox nguyen.van.a@example.vn unknown'), {
    code: 'EENVELOPE',
  });
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;

  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('logs a failed attempt by job, attempt and error kind, never the message', () => {
    processor.onFailed(job(3), personal);
    const [line] = warn.mock.calls[0] as [string];
    expect(line).toBe(
      'Job notify-applicant outbox-7-notify attempt 3 of 8 will be retried: Error (EENVELOPE)',
    );
    expect(line).not.toContain('@');
  });

  it('says when the last attempt has failed', () => {
    processor.onFailed(job(8), new TypeError('x'));
    expect(warn.mock.calls[0][0]).toContain(
      'attempt 8 of 8 failed for good (dead letter): TypeError',
    );
  });

  it("logs BullMQ's own errors with their message", () => {
    processor.onError(new Error('Missing key for job outbox-305. moveToDelayed'));
    expect(error.mock.calls[0][0]).toBe(
      'Queue worker error: Error: Missing key for job outbox-305. moveToDelayed',
    );
  });
});
