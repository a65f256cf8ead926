import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@motcua/database';
import { AttachmentCheck } from '@motcua/domain';
import { DataSource } from 'typeorm';
import {
  AttachmentDigestRow,
  MARK_ARRIVAL_NOTICE_DONE,
  RECORD_ATTACHMENT_CHECK,
  SELECT_ATTACHMENT_DIGESTS,
} from './intake.sql';

/** Intake's reads and writes of dossiers (SQL in intake.sql.ts). */
@Injectable()
export class IntakeRepository {
  constructor(private readonly dataSource: DataSource) {}

  attachments(dossierId: string): Promise<AttachmentDigestRow[]> {
    return this.dataSource.query(SELECT_ATTACHMENT_DIGESTS, [dossierId]);
  }

  /** Whether this outcome was stored, and whether a flag went into the history with it. */
  async record(
    dossierId: string,
    check: AttachmentCheck,
    flagNote: string | null,
  ): Promise<{ recorded: boolean; flagged: boolean }> {
    const [row] = (await this.dataSource.query(RECORD_ATTACHMENT_CHECK, [
      dossierId,
      JSON.stringify(check),
      check.outboxId,
      flagNote,
      SYSTEM_ACTOR.role,
      SYSTEM_ACTOR.name,
    ])) as { recorded: number; flagged: number }[];
    return { recorded: row.recorded > 0, flagged: row.flagged > 0 };
  }

  /** The applicant's notice of this arrival is handled: a waiting "received" notice may go. */
  async markNoticeDone(dossierId: string, outboxId: string): Promise<void> {
    await this.dataSource.query(MARK_ARRIVAL_NOTICE_DONE, [dossierId, outboxId]);
  }
}
