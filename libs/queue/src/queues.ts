/**
 * Every queue and job of motcua, with its payload type. Producers and processors name
 * them only through these enums.
 */
export enum QueueName {
  Maintenance = 'maintenance',
  Notifications = 'notifications',
  Postal = 'postal',
  Intake = 'intake',
}

export enum JobName {
  PurgeIdempotencyKeys = 'purge-idempotency-keys',
  WatchDeadlines = 'watch-deadlines',
  RefreshReportRollup = 'refresh-report-rollup',
  PurgeRetention = 'purge-retention',
  NotifyApplicant = 'notify-applicant',
  DispatchShipment = 'dispatch-shipment',
  ApplyPostalEvent = 'apply-postal-event',
  IntakeDossier = 'intake-dossier',
  SendPasswordReset = 'send-password-reset',
}

/** A dossier change as the outbox recorded it (written by libs/database repositories/outbox.repository.ts). */
export interface DossierEventPayload {
  dossierId: string;
  code: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string;
}

export interface JobPayloads {
  [JobName.PurgeIdempotencyKeys]: Record<string, never>;
  [JobName.WatchDeadlines]: Record<string, never>;
  /** Scheduled (no payload), or after a holiday change reopened rolled-up days. */
  [JobName.RefreshReportRollup]: Record<string, never> | OutboxJob<RollupReopenedPayload>;
  [JobName.PurgeRetention]: Record<string, never>;
  [JobName.NotifyApplicant]: OutboxJob<DossierEventPayload>;
  [JobName.DispatchShipment]: OutboxJob<DossierEventPayload>;
  [JobName.ApplyPostalEvent]: OutboxJob<PostalCallbackPayload>;
  [JobName.IntakeDossier]: OutboxJob<DossierEventPayload>;
  [JobName.SendPasswordReset]: OutboxJob<PasswordResetPayload>;
}

/** A job made from an outbox event by the worker's relay. */
export interface OutboxJob<T> {
  outboxId: string;
  type: string;
  event: T;
}

/** Outbox payload of a stored postal callback (`postal.callback`): the inbox row to apply. */
export interface PostalCallbackPayload {
  webhookId: string;
}

/**
 * Outbox payload of `report.rollup-reopened`, written by the `holidays` trigger when a holiday
 * change moved the reports' rollup back: the first day whose working days changed.
 */
export interface RollupReopenedPayload {
  from: string;
}

/**
 * Outbox payload of `auth.password-reset`: the account that asked for a reset link, or null
 * when the login matched none (the request is recorded all the same, see the API);
 * `purpose` INVITATION: an administrator invited the official, who sets a first password.
 */
export interface PasswordResetPayload {
  userId: string | null;
  purpose?: 'RESET' | 'INVITATION';
}

/** Which queue carries each job. */
export const QUEUE_OF: Record<JobName, QueueName> = {
  [JobName.PurgeIdempotencyKeys]: QueueName.Maintenance,
  [JobName.WatchDeadlines]: QueueName.Maintenance,
  [JobName.RefreshReportRollup]: QueueName.Maintenance,
  [JobName.PurgeRetention]: QueueName.Maintenance,
  [JobName.NotifyApplicant]: QueueName.Notifications,
  [JobName.DispatchShipment]: QueueName.Postal,
  [JobName.ApplyPostalEvent]: QueueName.Postal,
  [JobName.IntakeDossier]: QueueName.Intake,
  [JobName.SendPasswordReset]: QueueName.Notifications,
};

/**
 * A dossier arriving: submitted online (also a draft submitted later), resubmitted with a
 * supplement, or entered at the desk (received at once, so `receive` with no previous status).
 */
export function isIntakeEvent(type: string, payload?: { fromStatus?: unknown }): boolean {
  if (type === 'dossier.submit' || type === 'dossier.supplement') return true;
  return type === 'dossier.receive' && payload !== undefined && payload.fromStatus == null;
}

/**
 * Which jobs each outbox event becomes (the relay's routing). A dossier arriving goes through
 * intake (its files re-verified, then the applicant notified); every other dossier change may
 * concern the applicant; an approval may need a shipment; a stored postal callback must be
 * applied; a password reset request must be mailed.
 */
export function jobsForOutboxEvent(type: string, payload?: { fromStatus?: unknown }): JobName[] {
  const jobs: JobName[] = [];
  if (isIntakeEvent(type, payload)) jobs.push(JobName.IntakeDossier);
  else if (type.startsWith('dossier.')) jobs.push(JobName.NotifyApplicant);
  if (type === 'dossier.approve') jobs.push(JobName.DispatchShipment);
  if (type === 'postal.callback') jobs.push(JobName.ApplyPostalEvent);
  if (type === 'report.rollup-reopened') jobs.push(JobName.RefreshReportRollup);
  if (type === 'auth.password-reset') jobs.push(JobName.SendPasswordReset);
  return jobs;
}

/** An outbox event as its jobs are named: its number and its creation instant in µs. */
export interface OutboxEventRef {
  id: string;
  createdAtMicros: string;
}

/**
 * BullMQ job id of an outbox event: publishing the same event twice adds one job. BullMQ
 * keeps the ids of finished jobs and silently refuses a new job with a known id, and outbox
 * numbers start again when the database is recreated or restored from a backup while Redis
 * keeps its queues: the creation instant in the id keeps such events from being dropped.
 */
export function outboxJobId(event: OutboxEventRef, job: JobName): string {
  return `outbox-${event.id}-${event.createdAtMicros}-${job}`;
}

/**
 * Redis sorted set of the workers' heartbeats: member = worker id, score = the last beat
 * (epoch ms). One bounded key, read with ZCOUNT (never KEYS); see the worker's WorkerHeartbeat.
 */
export function liveWorkersKey(prefix: string): string {
  return `${prefix}:workers:live`;
}

/** A worker is live when it beat within this time (it beats every 10 s). */
export const WORKER_LIVE_MS = 30_000;
