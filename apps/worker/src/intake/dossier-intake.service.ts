import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AttachmentCheck,
  attachmentCheckNote,
  attachmentCheckOf,
  AttachmentProblemKind,
  flaggedProblems,
} from '@motcua/domain';
import { IntakeRepository } from '@motcua/database';
import { DossierEventPayload } from '@motcua/queue';
import { digestOfStored, FILE_STORE, FileStore } from '@motcua/storage';
import { DataSource } from 'typeorm';
import { ApplicantNotifier, NotifyOutcome } from '../notifications/applicant-notifier.service';

export interface IntakeOutcome {
  /** `unverified`: the store could not read some file on the job's last attempt (not flagged). */
  attachments: 'verified' | 'flagged' | 'unverified';
  /** False when a run of the same (or a later) submission had stored its outcome already. */
  recorded: boolean;
  notified: NotifyOutcome;
}

/**
 * What follows a dossier's arrival (submission, supplement, desk entry): every attached file
 * is read back from the file store and hashed; the outcome is stored on the dossier, a
 * failure flagged in its history for an official; then the applicant is told. Safe to run
 * twice for one event (at-least-once delivery): one outcome, one flag, one notification.
 */
@Injectable()
export class DossierIntake {
  private readonly logger = new Logger(DossierIntake.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IntakeRepository,
    @Inject(FILE_STORE) private readonly store: FileStore,
    private readonly notifier: ApplicantNotifier,
  ) {}

  /**
   * `lastAttempt`: the job will not be retried. A file the store fails to read then counts as
   * unverified (not missing, not flagged) so that the applicant is told all the same; before
   * that, a read error fails the job and it is retried.
   */
  async run(
    outboxId: string,
    event: DossierEventPayload,
    { lastAttempt = false }: { lastAttempt?: boolean } = {},
  ): Promise<IntakeOutcome> {
    const { check, documentNames } = await this.verify(event.dossierId, outboxId, {
      lastAttempt,
    });
    const flags = flaggedProblems(check.problems);
    const note = flags.length ? attachmentCheckNote(flags, documentNames) : null;
    const { recorded, flagged } = await this.repository.record(
      this.dataSource.manager,
      event.dossierId,
      check,
      note,
    );
    // the code and the kinds only: file names and document contents may be personal
    if (flagged)
      this.logger.warn(
        { code: event.code, problems: check.problems.map((p) => p.problem) },
        'Attachments failed verification at intake; dossier flagged for an official',
      );
    const unverified = check.problems.some((p) => p.problem === AttachmentProblemKind.Unverified);
    if (recorded && unverified)
      this.logger.warn(
        { code: event.code, problems: check.problems.map((p) => p.problem) },
        'Attachments could not be read back at intake (file store fault); recorded as unverified',
      );
    const notified = await this.notifier.notify(outboxId, event);
    await this.repository.markNoticeDone(this.dataSource.manager, event.dossierId, outboxId);
    return {
      attachments: flags.length ? 'flagged' : unverified ? 'unverified' : 'verified',
      recorded,
      notified,
    };
  }

  /** Reads back and hashes each attachment (a file attached twice is read once). */
  async verify(
    dossierId: string,
    outboxId: string,
    { lastAttempt = false }: { lastAttempt?: boolean } = {},
  ): Promise<{ check: AttachmentCheck; documentNames: Map<string, string> }> {
    const rows = await this.repository.attachments(this.dataSource.manager, dossierId);
    const digests = new Map<string, Promise<string | null>>();
    const digestOf = (sha256: string) => {
      let digest = digests.get(sha256);
      if (!digest) {
        digest = digestOfStored(this.store, sha256);
        digests.set(sha256, digest);
      }
      return digest;
    };
    const found = await Promise.all(
      rows.map(async (row) => {
        const digest = {
          documentCode: row.document_code,
          fileId: row.file_id,
          recordedSha256: row.recorded_sha256,
        };
        if (!row.recorded_sha256) return { ...digest, actualSha256: null };
        try {
          return { ...digest, actualSha256: await digestOf(row.recorded_sha256) };
        } catch (error) {
          // a store fault (not absence): retried, unless this is the last attempt
          if (!lastAttempt) throw error;
          return { ...digest, actualSha256: null, unreadable: true };
        }
      }),
    );
    const documentNames = new Map(
      rows.filter((r) => r.document_name).map((r) => [r.document_code, r.document_name!]),
    );
    return { check: attachmentCheckOf(found, outboxId, new Date()), documentNames };
  }
}
