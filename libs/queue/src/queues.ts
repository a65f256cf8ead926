/**
 * Every queue and job of motcua, with its payload type. Producers and processors name
 * them only through these enums.
 */
export enum QueueName {
  Maintenance = 'maintenance',
  Notifications = 'notifications',
}

export enum JobName {
  PurgeIdempotencyKeys = 'purge-idempotency-keys',
  NotifyApplicant = 'notify-applicant',
}

/** A dossier change as the outbox recorded it (see outboxEventFrom in the API). */
export interface DossierEventPayload {
  dossierId: string;
  code: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string;
}

export interface JobPayloads {
  [JobName.PurgeIdempotencyKeys]: Record<string, never>;
  [JobName.NotifyApplicant]: { outboxId: string; type: string; event: DossierEventPayload };
}

/** Which queue carries each job. */
export const QUEUE_OF: Record<JobName, QueueName> = {
  [JobName.PurgeIdempotencyKeys]: QueueName.Maintenance,
  [JobName.NotifyApplicant]: QueueName.Notifications,
};

/** BullMQ job id of an outbox event: publishing the same event twice adds one job. */
export function outboxJobId(outboxId: string): string {
  return `outbox-${outboxId}`;
}
