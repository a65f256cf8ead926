import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { AttachmentDigestRow, IntakeRepository } from '@motcua/database';
import type { AttachmentCheck } from '@motcua/domain';
import type { DossierEventPayload } from '@motcua/queue';
import { LocalDiskFileStore } from '@motcua/storage';
import type { ApplicantNotifier } from '../notifications/applicant-notifier.service';
import type { DataSource } from 'typeorm';
import { DossierIntake } from './dossier-intake.service';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const EVENT: DossierEventPayload = {
  dossierId: 'd-1',
  code: '000.00.00.H00-261201-0001',
  action: 'submit',
  fromStatus: null,
  toStatus: 'SUBMITTED',
};

/** The repository's answers and what was recorded, without a database (SQL is e2e-tested). */
class InMemoryIntakeRepository {
  rows: AttachmentDigestRow[] = [];
  recorded: { check: AttachmentCheck; note: string | null }[] = [];

  async attachments(): Promise<AttachmentDigestRow[]> {
    return this.rows;
  }

  async record(
    _executor: unknown,
    _dossierId: string,
    check: AttachmentCheck,
    note: string | null,
  ) {
    const first = this.recorded.length === 0;
    if (first) this.recorded.push({ check, note });
    return { recorded: first, flagged: first && note !== null };
  }

  noticesDone: string[] = [];
  async markNoticeDone(_executor: unknown, _dossierId: string, outboxId: string) {
    this.noticesDone.push(outboxId);
  }
}

describe('DossierIntake', () => {
  let root: string;
  let store: LocalDiskFileStore;
  let repository: InMemoryIntakeRepository;
  let notified: string[];
  let intake: DossierIntake;

  async function stored(text: string): Promise<string> {
    const bytes = Buffer.from(text);
    await store.put(sha256(bytes), Readable.from([bytes]));
    return sha256(bytes);
  }

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'motcua-intake-'));
    store = new LocalDiskFileStore(root);
    repository = new InMemoryIntakeRepository();
    notified = [];
    const notifier = {
      notify: async (outboxId: string) => {
        // the mark that lets a waiting "received" notice go comes after this notice only
        expect(repository.noticesDone).toEqual([]);
        notified.push(outboxId);
        return 'sent' as const;
      },
    } as unknown as ApplicantNotifier;
    const dataSource = { manager: {} } as unknown as DataSource;
    intake = new DossierIntake(
      dataSource,
      repository as unknown as IntakeRepository,
      store,
      notifier,
    );
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('records a passing check with no flag, then notifies', async () => {
    const a = await stored('%PDF-1.4 tờ khai');
    repository.rows = [
      { document_code: 'TK', file_id: 'f1', recorded_sha256: a, document_name: 'Tờ khai' },
    ];

    await expect(intake.run('10', EVENT)).resolves.toEqual({
      attachments: 'verified',
      recorded: true,
      notified: 'sent',
    });
    expect(repository.recorded).toEqual([
      { check: expect.objectContaining({ ok: true, checked: 1, outboxId: '10' }), note: null },
    ]);
    expect(notified).toEqual(['10']);
    expect(repository.noticesDone).toEqual(['10']);
  });

  it('flags a changed file and a missing one by document name, and still notifies', async () => {
    const changed = await stored('original bytes');
    await writeFile(join(root, changed.slice(0, 2), changed.slice(2, 4), changed), 'other bytes');
    repository.rows = [
      { document_code: 'TK', file_id: 'f1', recorded_sha256: changed, document_name: 'Tờ khai' },
      { document_code: 'GCS', file_id: 'f2', recorded_sha256: 'e'.repeat(64), document_name: null },
      { document_code: 'CC', file_id: 'f3', recorded_sha256: null, document_name: 'Bản sao' },
    ];

    const outcome = await intake.run('11', EVENT);

    expect(outcome.attachments).toBe('flagged');
    const [{ check, note }] = repository.recorded;
    expect(check.problems).toEqual([
      { documentCode: 'TK', fileId: 'f1', problem: 'HASH_MISMATCH' },
      { documentCode: 'GCS', fileId: 'f2', problem: 'MISSING' },
      { documentCode: 'CC', fileId: 'f3', problem: 'MISSING' },
    ]);
    expect(note).toContain('Tờ khai: nội dung tệp khác với khi nộp');
    expect(note).toContain('GCS: không tìm thấy tệp đã lưu');
    expect(notified).toEqual(['11']);
  });

  describe('when the file store fails to read a file (a fault, not absence)', () => {
    let broken: string;
    beforeEach(async () => {
      const intact = await stored('%PDF-1.4 tờ khai');
      broken = sha256(Buffer.from('a blob behind a damaged folder'));
      // a file where the folder <root>/ab should be: looking for the blob fails with ENOTDIR
      await writeFile(join(root, broken.slice(0, 2)), 'not a folder');
      repository.rows = [
        { document_code: 'TK', file_id: 'f1', recorded_sha256: intact, document_name: null },
        { document_code: 'GCS', file_id: 'f2', recorded_sha256: broken, document_name: null },
      ];
    });

    it('fails the attempt, recording and flagging nothing, so that the job is retried', async () => {
      await expect(intake.run('13', EVENT)).rejects.toMatchObject({ code: 'ENOTDIR' });
      expect(repository.recorded).toEqual([]);
      expect(notified).toEqual([]);
      expect(repository.noticesDone).toEqual([]);
    });

    it('on the last attempt records the file as unverified, flags nothing and notifies', async () => {
      await expect(intake.run('13', EVENT, { lastAttempt: true })).resolves.toEqual({
        attachments: 'unverified',
        recorded: true,
        notified: 'sent',
      });
      expect(repository.recorded).toEqual([
        {
          check: expect.objectContaining({
            ok: false,
            checked: 2,
            problems: [{ documentCode: 'GCS', fileId: 'f2', problem: 'UNVERIFIED' }],
          }),
          note: null,
        },
      ]);
      expect(notified).toEqual(['13']);
    });

    it('still flags a file proven missing next to an unreadable one', async () => {
      repository.rows.push({
        document_code: 'CC',
        file_id: 'f3',
        recorded_sha256: 'e'.repeat(64),
        document_name: 'Bản sao',
      });
      const outcome = await intake.run('14', EVENT, { lastAttempt: true });
      expect(outcome.attachments).toBe('flagged');
      const [{ note }] = repository.recorded;
      expect(note).toContain('Bản sao: không tìm thấy tệp đã lưu');
      expect(note).not.toContain('GCS');
    });
  });

  it('reads a file attached twice only once', async () => {
    const a = await stored('same scan');
    repository.rows = [
      { document_code: 'TK', file_id: 'f1', recorded_sha256: a, document_name: null },
      { document_code: 'GCS', file_id: 'f1', recorded_sha256: a, document_name: null },
    ];
    const open = jest.spyOn(store, 'open');

    const { check } = await intake.verify('d-1', '12');

    expect(check).toMatchObject({ ok: true, checked: 2 });
    expect(open).toHaveBeenCalledTimes(1);
  });
});
