import type { Job } from 'bullmq';
import { DelayedError } from 'bullmq';
import type { ApplicantNotifier, NotifyOutcome } from './applicant-notifier.service';
import { NOTICE_ORDER_MAX_WAIT_MS, NotifyApplicantJob } from './notify-applicant.job';

/** The job's part of notice order: delay a waiting notice, and wait no longer than the bound. */
describe('NotifyApplicantJob', () => {
  function setUp(answer: (mayWait: boolean) => NotifyOutcome) {
    const asked: boolean[] = [];
    const notifier = {
      notify: async (_id: string, _event: unknown, { mayWait }: { mayWait: boolean }) => {
        asked.push(mayWait);
        return answer(mayWait);
      },
    } as unknown as ApplicantNotifier;
    const delayedTo: number[] = [];
    const jobCreated = (msAgo: number) =>
      ({
        name: 'notify-applicant',
        data: { outboxId: '5', type: 'dossier.receive', event: {} },
        timestamp: Date.now() - msAgo,
        moveToDelayed: async (at: number, token?: string) => {
          expect(token).toBe('lock-token');
          delayedTo.push(at);
        },
      }) as unknown as Job;
    const processor = new NotifyApplicantJob(notifier);
    return { processor, asked, delayedTo, jobCreated };
  }

  it('moves a waiting notice back to delayed, without failing it', async () => {
    const { processor, asked, delayedTo, jobCreated } = setUp((mayWait) =>
      mayWait ? 'waiting' : 'sent',
    );
    await expect(processor.run(jobCreated(1_000), 'lock-token')).rejects.toBeInstanceOf(
      DelayedError,
    );
    expect(asked).toEqual([true]);
    expect(delayedTo).toHaveLength(1);
    expect(delayedTo[0]).toBeGreaterThan(Date.now());
  });

  it('lets a notice that has waited its longest go all the same', async () => {
    const { processor, asked, delayedTo, jobCreated } = setUp((mayWait) =>
      mayWait ? 'waiting' : 'sent',
    );
    await expect(
      processor.run(jobCreated(NOTICE_ORDER_MAX_WAIT_MS + 1_000), 'lock-token'),
    ).resolves.toBe('sent');
    expect(asked).toEqual([false]);
    expect(delayedTo).toEqual([]);
  });
});
