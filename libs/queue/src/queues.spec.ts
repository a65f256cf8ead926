import {
  isIntakeEvent,
  JobName,
  jobsForOutboxEvent,
  outboxJobId,
  QUEUE_OF,
  QueueName,
} from './queues';

describe('outbox routing', () => {
  it('sends a dossier arriving through intake, and not straight to notification', () => {
    expect(jobsForOutboxEvent('dossier.submit', { fromStatus: null })).toEqual([
      JobName.IntakeDossier,
    ]);
    expect(jobsForOutboxEvent('dossier.submit', { fromStatus: 'DRAFT' })).toEqual([
      JobName.IntakeDossier,
    ]);
    expect(jobsForOutboxEvent('dossier.supplement', { fromStatus: 'SUPPLEMENT_REQUIRED' })).toEqual(
      [JobName.IntakeDossier],
    );
  });

  it('treats a receipt with no previous status as a desk entry (intake), a desk receipt as a notice', () => {
    expect(jobsForOutboxEvent('dossier.receive', { fromStatus: null })).toEqual([
      JobName.IntakeDossier,
    ]);
    expect(jobsForOutboxEvent('dossier.receive', { fromStatus: 'SUBMITTED' })).toEqual([
      JobName.NotifyApplicant,
    ]);
    expect(isIntakeEvent('dossier.receive')).toBe(false);
  });

  it('keeps the other routes', () => {
    expect(jobsForOutboxEvent('dossier.approve', { fromStatus: 'AWAITING_APPROVAL' })).toEqual([
      JobName.NotifyApplicant,
      JobName.DispatchShipment,
    ]);
    expect(jobsForOutboxEvent('postal.callback')).toEqual([JobName.ApplyPostalEvent]);
    expect(jobsForOutboxEvent('something.else')).toEqual([]);
  });

  it('refreshes the reports rollup when a holiday change reopened rolled-up days', () => {
    expect(jobsForOutboxEvent('report.rollup-reopened')).toEqual([JobName.RefreshReportRollup]);
    expect(QUEUE_OF[JobName.RefreshReportRollup]).toBe(QueueName.Maintenance);
  });

  it('carries intake on its own queue', () => {
    expect(QUEUE_OF[JobName.IntakeDossier]).toBe(QueueName.Intake);
  });
});

describe('outbox job ids', () => {
  const event = { id: '12', createdAtMicros: '1796127769453697' };

  it('names the same event the same way, so a second publication adds nothing', () => {
    expect(outboxJobId(event, JobName.ApplyPostalEvent)).toBe(
      outboxJobId({ ...event }, JobName.ApplyPostalEvent),
    );
    expect(outboxJobId(event, JobName.ApplyPostalEvent)).not.toBe(
      outboxJobId(event, JobName.NotifyApplicant),
    );
  });

  it('names a new event with a reused number (database recreated or restored) differently', () => {
    expect(
      outboxJobId({ id: '12', createdAtMicros: '1796200000000001' }, JobName.ApplyPostalEvent),
    ).not.toBe(outboxJobId(event, JobName.ApplyPostalEvent));
  });
});
