import { Injectable, Logger } from '@nestjs/common';
import { DeadlineRepository, WatchingOfficialRow } from '@motcua/database';
import { DossierStatus, hasFinished, vietnamDate, WorkingCalendar } from '@motcua/domain';
import { NotificationChannel } from '@motcua/notifications';
import { JobName, OnJob } from '@motcua/queue';
import { DataSource } from 'typeorm';
import { InjectEmailChannel } from '../notifications/channels.module';
import { DueDossier, groupDeadlines, Official, renderDigest } from './deadline-digest';

export interface DeadlineWatchResult {
  /** Unfinished dossiers whose appointment date is before today. */
  overdue: number;
  /** Unfinished dossiers due today or by the next working day. */
  dueSoon: number;
  /** Officials with something to hear about today (mailed now or earlier today). */
  recipients: number;
  /** Mails sent by this run (0 when every recipient was mailed already today). */
  sent: number;
}

/** Statuses with nothing left to do by the appointment date, or not yet filed. */
const NOT_WATCHED: DossierStatus[] = [
  DossierStatus.Draft,
  ...Object.values(DossierStatus).filter((s) => hasFinished(s)),
];

/**
 * Every working morning, tells each official which of their dossiers are overdue or due within
 * one working day: the assignee and every leader of the dossier's agency, one mail each.
 * Overdue is not stored anywhere: like the API, it is read from the dates. A row per day and
 * official makes a repeated or retried run mail nobody twice (short of a crash between the
 * send and that row).
 */
@Injectable()
export class DeadlineWatch {
  private readonly logger = new Logger(DeadlineWatch.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DeadlineRepository,
    @InjectEmailChannel() private readonly email: NotificationChannel,
  ) {}

  /** The scheduled run (07:00 in Vietnam, Monday to Friday), for today. */
  @OnJob(JobName.WatchDeadlines)
  watch(): Promise<DeadlineWatchResult> {
    return this.run();
  }

  async run(today: string = vietnamDate(new Date())): Promise<DeadlineWatchResult> {
    const db = this.dataSource.manager;
    const calendar = WorkingCalendar.of(await this.repository.holidays(db));
    if (!calendar.isWorkingDay(today)) {
      this.logger.log({ today }, 'Not a working day: no deadline watch');
      return { overdue: 0, dueSoon: 0, recipients: 0, sent: 0 };
    }
    const horizon = calendar.nextWorkingDay(today);
    const dossiers = await this.repository.dueBy(db, horizon, NOT_WATCHED);
    const overdue = dossiers.filter((d) => d.appointmentDate < today).length;
    const officials = await this.officialsFor(dossiers);
    const digests = groupDeadlines({
      today,
      dossiers,
      assignees: new Map(officials.map((o) => [o.id, toOfficial(o)])),
      leadersByAgency: leadersByAgency(officials),
    });

    let sent = 0;
    const failures: unknown[] = [];
    for (const digest of digests) {
      try {
        if (await this.repository.reminded(db, today, digest.recipient.id)) continue;
        await this.email.send({ to: digest.recipient.email, ...renderDigest(today, digest) });
        await this.repository.recordReminder(db, today, digest.recipient.id);
        sent++;
      } catch (error) {
        // the others still get theirs; the job fails afterwards and its retry mails the rest
        failures.push(error);
      }
    }
    const result = {
      overdue,
      dueSoon: dossiers.length - overdue,
      recipients: digests.length,
      sent,
    };
    this.logger.log({ today, ...result, failed: failures.length }, 'Deadline watch done');
    if (failures.length > 0) {
      throw new AggregateError(failures, `${failures.length} deadline reminder(s) not sent`);
    }
    return result;
  }

  /** The assignees and the leaders of the agencies of `dossiers`, those with an email. */
  private async officialsFor(dossiers: DueDossier[]): Promise<WatchingOfficialRow[]> {
    if (dossiers.length === 0) return [];
    const assigneeIds = [...new Set(dossiers.flatMap((d) => (d.assigneeId ? [d.assigneeId] : [])))];
    const agencyIds = [...new Set(dossiers.map((d) => d.agencyId))];
    return this.repository.officials(this.dataSource.manager, assigneeIds, agencyIds);
  }
}

function toOfficial(row: WatchingOfficialRow): Official {
  return { id: row.id, email: row.email, fullName: row.fullName };
}

function leadersByAgency(rows: WatchingOfficialRow[]): Map<string, Official[]> {
  const byAgency = new Map<string, Official[]>();
  for (const row of rows) {
    if (!row.leader || !row.agencyId) continue;
    byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), toOfficial(row)]);
  }
  return byAgency;
}
