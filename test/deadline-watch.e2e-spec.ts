import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { DeadlineWatch as DeadlineWatchType } from '../apps/worker/src/deadlines/deadline-watch.service';
import type { Mailbox } from './support/mail';
import { startMailbox } from './support/mail';

/**
 * The morning deadline watch on real PostgreSQL and SMTP: officials of a fresh agency hear,
 * once a day, about its overdue dossiers and those due within one working day.
 */
describe('deadline watch', () => {
  const TODAY = '2026-12-02'; // a Wednesday with no holiday
  let mailbox: Mailbox;
  let worker: INestApplicationContext;
  let db: DataSource;
  let DeadlineWatch: typeof DeadlineWatchType;

  const tag = randomBytes(2).toString('hex').toUpperCase();
  const agencyCode = `D${tag.slice(0, 2)}.99.${tag.slice(2)}.W99`;
  const leaderEmail = `leader-${tag.toLowerCase()}@deadline.test`;
  const specialistEmail = `specialist-${tag.toLowerCase()}@deadline.test`;
  const code = (n: number): string => `${agencyCode}-261120-${String(n).padStart(4, '0')}`;
  const OVERDUE = code(1);
  const DUE_SOON = code(2);
  const LATER = code(3);
  const FINISHED = code(4);

  const mailsTo = (email: string) => mailbox.messages.filter((m) => m.to.includes(email));

  beforeAll(async () => {
    mailbox = await startMailbox();
    // configuration is read when the modules load, so set it first and import afterwards
    process.env.SMTP_URL = mailbox.url;
    process.env.QUEUE_PREFIX = `motcua-test-${randomUUID().slice(0, 8)}`;
    // this worker's relay stays idle: test files share the database, and a polling relay would
    // claim (FOR UPDATE SKIP LOCKED) and publish other suites' outbox rows to this worker's queues
    process.env.OUTBOX_POLL_MS = String(3_600_000);
    const { NestFactory } = await import('@nestjs/core');
    const { WorkerModule } = await import('../apps/worker/src/worker.module');
    ({ DeadlineWatch } = await import('../apps/worker/src/deadlines/deadline-watch.service'));
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    worker.enableShutdownHooks();
    db = worker.get(DataSource);

    const [agency] = await db.query(
      `INSERT INTO agencies (code, name) VALUES ($1, 'Phòng thử hạn xử lý') RETURNING id`,
      [agencyCode],
    );
    const user = async (email: string, fullName: string, role: string): Promise<string> => {
      const [row] = await db.query(
        `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
         VALUES ($1, $2, 'x', $3, $4) RETURNING id`,
        [email, fullName, [role], agency.id],
      );
      return row.id;
    };
    await user(leaderEmail, 'Lãnh đạo Thử', 'LEADER');
    const specialist = await user(specialistEmail, 'Chuyên viên Thử', 'SPECIALIST');
    const [procedure] = await db.query(`SELECT id FROM procedures ORDER BY code LIMIT 1`);
    const dossier = (dossierCode: string, status: string, appointmentDate: string) =>
      db.query(
        `INSERT INTO dossiers (code, procedure_id, agency_id, applicant_national_id,
                               applicant_full_name, channel, status, delivery_method,
                               appointment_date, assignee_id)
         VALUES ($1, $2, $3, '001090000001', 'Người Nộp Bí Mật', 'COUNTER', $4, 'COUNTER', $5, $6)`,
        [dossierCode, procedure.id, agency.id, status, appointmentDate, specialist],
      );
    await dossier(OVERDUE, 'PROCESSING', '2026-11-30');
    await dossier(DUE_SOON, 'AWAITING_APPROVAL', '2026-12-03');
    await dossier(LATER, 'PROCESSING', '2026-12-04');
    await dossier(FINISHED, 'RESULT_READY', '2026-11-25');
  });
  afterAll(async () => {
    await worker?.close();
    await mailbox?.close();
  });

  it('mails the assignee and the leader one digest each, overdue first', async () => {
    const result = await worker.get(DeadlineWatch).run(TODAY);
    // other test files' dossiers may be due too: ours are at least these
    expect(result.overdue).toBeGreaterThanOrEqual(1);
    expect(result.dueSoon).toBeGreaterThanOrEqual(1);
    expect(result.recipients).toBeGreaterThanOrEqual(2);

    for (const email of [specialistEmail, leaderEmail]) {
      const mails = mailsTo(email);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail.subject).toBe('Hồ sơ sắp đến hạn / quá hạn ngày 02/12/2026');
      const codes = mail.text.match(
        new RegExp(`${agencyCode.replace(/\./g, '\\.')}-\\d{6}-\\d{4}`, 'g'),
      );
      expect(codes).toEqual([OVERDUE, DUE_SOON]);
      expect(mail.text).toContain(`${OVERDUE}: hẹn trả ngày 30/11/2026`);
      expect(mail.text).toContain(`${DUE_SOON}: hẹn trả ngày 03/12/2026`);
      expect(mail.text).not.toContain('Người Nộp Bí Mật');
      expect(mail.text).not.toContain('001090000001');
    }
  });

  it('mails nobody twice the same day', async () => {
    const before = mailbox.messages.length;
    const again = await worker.get(DeadlineWatch).run(TODAY);
    expect(again.sent).toBe(0);
    expect(mailbox.messages).toHaveLength(before);
    expect(mailsTo(specialistEmail)).toHaveLength(1);
    expect(mailsTo(leaderEmail)).toHaveLength(1);
  });

  it('is scheduled at 07:00 in Vietnam on weekdays', async () => {
    const { getQueueToken } = await import('@nestjs/bullmq');
    const { JobName, QueueName } = await import('@motcua/queue');
    const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
    const scheduler = await queue.getJobScheduler(JobName.WatchDeadlines);
    expect(scheduler).toMatchObject({ pattern: '0 7 * * 1-5', tz: 'Asia/Ho_Chi_Minh' });
  });

  it('does nothing on a day off', async () => {
    const before = mailbox.messages.length;
    await expect(worker.get(DeadlineWatch).run('2026-12-05')).resolves.toEqual({
      overdue: 0,
      dueSoon: 0,
      recipients: 0,
      sent: 0,
    });
    expect(mailbox.messages).toHaveLength(before);
  });
});
