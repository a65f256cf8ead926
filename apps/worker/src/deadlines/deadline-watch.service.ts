import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import {
  DossierStatus,
  hasFinished,
  Holiday,
  Role,
  vietnamDate,
  WorkingCalendar,
} from '@motcua/domain';
import { createEmailChannel, NotificationChannel } from '@motcua/notifications';
import { DataSource } from 'typeorm';
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
const NOT_WATCHED: string[] = [
  DossierStatus.Draft,
  ...Object.values(DossierStatus).filter((s) => hasFinished(s)),
];

interface OfficialRow {
  id: string;
  email: string;
  full_name: string;
  agency_id: string | null;
  leader: boolean;
}

/**
 * Every working morning, tells each official which of their dossiers are overdue or due within
 * one working day: the assignee and every leader of the dossier's agency, one mail each.
 * Overdue is not stored anywhere: like the API, it is read from the dates. A row per day and
 * official makes a repeated or retried run mail nobody twice (short of a crash between the
 * send and that row).
 */
@Injectable()
export class DeadlineWatch implements OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineWatch.name);
  private readonly email: NotificationChannel;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.email = createEmailChannel({
      smtpUrl: config.get('SMTP_URL'),
      from: config.get('MAIL_FROM'),
    });
  }

  async run(today: string = vietnamDate(new Date())): Promise<DeadlineWatchResult> {
    const calendar = WorkingCalendar.of(await this.holidays());
    if (!calendar.isWorkingDay(today)) {
      this.logger.log({ today }, 'Not a working day: no deadline watch');
      return { overdue: 0, dueSoon: 0, recipients: 0, sent: 0 };
    }
    const horizon = calendar.nextWorkingDay(today);
    const dossiers = await this.dueBy(horizon);
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
        if (await this.alreadyMailed(today, digest.recipient.id)) continue;
        await this.email.send({ to: digest.recipient.email, ...renderDigest(today, digest) });
        await this.dataSource.query(
          `INSERT INTO deadline_reminders (day, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [today, digest.recipient.id],
        );
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

  async onApplicationShutdown(): Promise<void> {
    await (this.email as { close?: () => Promise<void> | void }).close?.();
  }

  private holidays(): Promise<Holiday[]> {
    return this.dataSource.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, name FROM holidays`,
    ) as Promise<Holiday[]>;
  }

  private async dueBy(horizon: string): Promise<DueDossier[]> {
    const rows = (await this.dataSource.query(
      `SELECT code, agency_id, assignee_id, to_char(appointment_date, 'YYYY-MM-DD') AS appointment_date
         FROM dossiers
        WHERE appointment_date <= $1 AND code IS NOT NULL AND status <> ALL($2::text[])`,
      [horizon, NOT_WATCHED],
    )) as {
      code: string;
      agency_id: string;
      assignee_id: string | null;
      appointment_date: string;
    }[];
    return rows.map((r) => ({
      code: r.code,
      agencyId: r.agency_id,
      assigneeId: r.assignee_id,
      appointmentDate: r.appointment_date,
    }));
  }

  /** The assignees and the leaders of the agencies of `dossiers`, those with an email. */
  private async officialsFor(dossiers: DueDossier[]): Promise<OfficialRow[]> {
    if (dossiers.length === 0) return [];
    const assigneeIds = [...new Set(dossiers.flatMap((d) => (d.assigneeId ? [d.assigneeId] : [])))];
    const agencyIds = [...new Set(dossiers.map((d) => d.agencyId))];
    return (await this.dataSource.query(
      `SELECT id, email, full_name, agency_id, $3 = ANY(roles) AS leader
         FROM users
        WHERE email IS NOT NULL
          AND (id = ANY($1::uuid[]) OR ($3 = ANY(roles) AND agency_id = ANY($2::uuid[])))`,
      [assigneeIds, agencyIds, Role.Leader],
    )) as OfficialRow[];
  }

  private async alreadyMailed(day: string, userId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM deadline_reminders WHERE day = $1 AND user_id = $2`,
      [day, userId],
    )) as unknown[];
    return rows.length > 0;
  }
}

function toOfficial(row: OfficialRow): Official {
  return { id: row.id, email: row.email, fullName: row.full_name };
}

function leadersByAgency(rows: OfficialRow[]): Map<string, Official[]> {
  const byAgency = new Map<string, Official[]>();
  for (const row of rows) {
    if (!row.leader || !row.agency_id) continue;
    byAgency.set(row.agency_id, [...(byAgency.get(row.agency_id) ?? []), toOfficial(row)]);
  }
  return byAgency;
}
