import type { DossierStatus } from '@motcua/domain';
import { type Holiday, Role } from '@motcua/domain';
import type { Executor } from '../executor';

/** An unfinished dossier due by the watch's horizon. */
export interface DueDossierRow {
  code: string;
  agencyId: string;
  assigneeId: string | null;
  appointmentDate: string;
}

/** An official the deadline watch may mail: an assignee, or a leader of a watched agency. */
export interface WatchingOfficialRow {
  id: string;
  email: string;
  fullName: string;
  agencyId: string | null;
  leader: boolean;
}

/**
 * The deadline watch's reads (dossiers due, who to tell, the holidays) and
 * `deadline_reminders`: one row per day and official mailed, so a repeated run mails nobody twice.
 */
export class DeadlineRepository {
  holidays(executor: Executor): Promise<Holiday[]> {
    return executor.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, name FROM holidays`,
    ) as Promise<Holiday[]>;
  }

  /** Filed dossiers due on or before `horizon` whose status is not in `notWatched`. */
  dueBy(
    executor: Executor,
    horizon: string,
    notWatched: readonly DossierStatus[],
  ): Promise<DueDossierRow[]> {
    return executor.query(
      `SELECT code, agency_id AS "agencyId", assignee_id AS "assigneeId",
              to_char(appointment_date, 'YYYY-MM-DD') AS "appointmentDate"
         FROM dossiers
        WHERE appointment_date <= $1 AND code IS NOT NULL AND status <> ALL($2::text[])`,
      [horizon, notWatched],
    ) as Promise<DueDossierRow[]>;
  }

  /** The officials among `assigneeIds`, and the leaders of `agencyIds`, who have an e-mail. */
  officials(
    executor: Executor,
    assigneeIds: string[],
    agencyIds: string[],
  ): Promise<WatchingOfficialRow[]> {
    return executor.query(
      `SELECT id, email, full_name AS "fullName", agency_id AS "agencyId", $3 = ANY(roles) AS leader
         FROM users
        WHERE email IS NOT NULL
          AND (id = ANY($1::uuid[]) OR ($3 = ANY(roles) AND agency_id = ANY($2::uuid[])))`,
      [assigneeIds, agencyIds, Role.Leader],
    ) as Promise<WatchingOfficialRow[]>;
  }

  async reminded(executor: Executor, day: string, userId: string): Promise<boolean> {
    const rows = (await executor.query(
      `SELECT 1 FROM deadline_reminders WHERE day = $1 AND user_id = $2`,
      [day, userId],
    )) as unknown[];
    return rows.length > 0;
  }

  async recordReminder(executor: Executor, day: string, userId: string): Promise<void> {
    await executor.query(
      `INSERT INTO deadline_reminders (day, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [day, userId],
    );
  }
}
