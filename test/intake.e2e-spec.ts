import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { TestApi } from './support/api';
import type { Citizen } from './support/actors';
import { DEMO, login, registerCitizen } from './support/actors';
import {
  COUNTER_ONLY_PROCEDURE_CODE,
  documentCodes,
  requiredDocumentCodes,
  validFormData,
} from './support/demo';
import type { UploadedFile } from './support/files';
import { tinyPdf } from './support/files';
import { startApiAndWorker } from './support/stack';
import type { Mailbox, ReceivedMail } from './support/mail';
import { startMailbox } from './support/mail';
import { readPdf } from './support/read-pdf';
import { waitFor, waitUntil } from './support/wait';

/**
 * Intake after a dossier arrives, on real PostgreSQL, Redis, SMTP and file store: the worker
 * reads every attached file back and checks its SHA-256, stores the outcome for officials,
 * flags a failure in the history, then mails the applicant; the "received" mail carries the
 * receipt (Mẫu 01) as a PDF.
 */
describe('intake: attachments re-verified, applicant notified, receipt attached', () => {
  let mailbox: Mailbox;
  let api: TestApi;
  let worker: INestApplicationContext;
  let reception: string;
  let db: DataSource;

  beforeAll(async () => {
    mailbox = await startMailbox();
    ({ api, worker } = await startApiAndWorker({ SMTP_URL: mailbox.url }));
    reception = await login(api.http, DEMO.reception);
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await mailbox?.close();
  });

  /** A PDF no other test uploads (blobs are shared by content), so it can be tampered with. */
  async function uploadUnique(token: string, documentCode: string): Promise<UploadedFile> {
    const bytes = tinyPdf(randomUUID());
    const res = await api.http
      .post('/api/v1/files')
      .set('Authorization', `Bearer ${token}`)
      .attach('file', bytes, { filename: `${documentCode}.pdf`, contentType: 'application/pdf' });
    expect(res.status).toBe(201);
    return res.body as UploadedFile;
  }

  /** One distinct file per required document, uploaded by the citizen. */
  async function uploadRequiredDocuments(citizen: Citizen) {
    const uploads = [];
    for (const documentCode of requiredDocumentCodes(COUNTER_ONLY_PROCEDURE_CODE))
      uploads.push({
        documentCode,
        fileId: (await uploadUnique(citizen.accessToken, documentCode)).id,
      });
    return uploads;
  }

  function blobPath(sha256: string): string {
    return join(process.env.FILE_STORAGE_DIR!, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async function file(citizen: Citizen, attachments: { documentCode: string; fileId: string }[]) {
    const res = await api.http
      .post('/api/v1/dossiers')
      .set('Authorization', `Bearer ${citizen.accessToken}`)
      .send({
        procedureCode: COUNTER_ONLY_PROCEDURE_CODE,
        formData: validFormData(COUNTER_ONLY_PROCEDURE_CODE),
        attachments,
        deliveryMethod: 'COUNTER',
      })
      .expect(201);
    return res.body as { id: string; code: string };
  }

  /** The dossier as the desk sees it, once intake has stored its check. */
  async function checkedDossier(code: string) {
    const res = await waitFor(
      () =>
        api.http
          .get(`/api/v1/dossiers/${code}`)
          .set('Authorization', `Bearer ${reception}`)
          .expect(200),
      (read) => Boolean(read.body.attachmentCheck),
      { intervalMs: 100, what: 'intake recording its check' },
    );
    return res.body;
  }

  const mailsAbout = (code: string): ReceivedMail[] =>
    mailbox.messages.filter((m) => m.subject.includes(code));

  it('verifies intact attachments, shows the outcome to officials only, and notifies', async () => {
    const citizen = await registerCitizen(api.http);
    const documents = requiredDocumentCodes(COUNTER_ONLY_PROCEDURE_CODE);
    const uploads = await uploadRequiredDocuments(citizen);
    const dossier = await file(citizen, uploads);

    const seen = await checkedDossier(dossier.code);
    expect(seen.attachmentCheck).toEqual({
      verifiedAt: expect.any(String),
      ok: true,
      checked: documents.length,
      problems: [],
    });
    expect(new Date(seen.attachmentCheck.verifiedAt).getTime()).not.toBeNaN();

    const own = await api.http
      .get(`/api/v1/dossiers/${dossier.code}`)
      .set('Authorization', `Bearer ${citizen.accessToken}`)
      .expect(200);
    expect(own.body).not.toHaveProperty('attachmentCheck');

    const submitted = await mailbox.waitFor(
      (m) => m.subject.includes(dossier.code) && m.to.includes(citizen.email),
    );
    expect(submitted.attachments).toEqual([]);
    const history = await api.http
      .get(`/api/v1/dossiers/${dossier.code}/history`)
      .set('Authorization', `Bearer ${reception}`)
      .expect(200);
    expect(history.body.items.map((h: { action: string }) => h.action)).toEqual(['submit']);
  });

  describe('a dossier whose stored files were tampered with', () => {
    let citizen: Citizen;
    let dossier: { id: string; code: string };
    let tampered: UploadedFile;
    let removed: UploadedFile;
    let intact: { documentCode: string; fileId: string }[];
    const documents = documentCodes(COUNTER_ONLY_PROCEDURE_CODE);

    beforeAll(async () => {
      expect(documents.length).toBeGreaterThanOrEqual(2);
      citizen = await registerCitizen(api.http);
      tampered = await uploadUnique(citizen.accessToken, documents[0]);
      removed = await uploadUnique(citizen.accessToken, documents[1]);
      intact = [];
      for (const documentCode of requiredDocumentCodes(COUNTER_ONLY_PROCEDURE_CODE).filter(
        (c) => c !== documents[0] && c !== documents[1],
      ))
        intact.push({
          documentCode,
          fileId: (await uploadUnique(citizen.accessToken, documentCode)).id,
        });
      // the bytes on disk change after upload: one overwritten, one deleted
      await writeFile(blobPath(tampered.sha256), Buffer.from('%PDF-1.4\nsomething else\n%%EOF\n'));
      await rm(blobPath(removed.sha256));
      dossier = await file(citizen, [
        { documentCode: documents[0], fileId: tampered.id },
        { documentCode: documents[1], fileId: removed.id },
        ...intact,
      ]);
    });

    it('flags each failing file for the officials, in the outcome and in the history', async () => {
      const seen = await checkedDossier(dossier.code);
      expect(seen.attachmentCheck).toMatchObject({ ok: false, checked: 2 + intact.length });
      expect(seen.attachmentCheck.problems).toEqual([
        { documentCode: documents[0], fileId: tampered.id, problem: 'HASH_MISMATCH' },
        { documentCode: documents[1], fileId: removed.id, problem: 'MISSING' },
      ]);

      const history = await api.http
        .get(`/api/v1/dossiers/${dossier.code}/history`)
        .set('Authorization', `Bearer ${reception}`)
        .expect(200);
      const flags = history.body.items.filter(
        (h: { action: string }) => h.action === 'flag-attachments',
      );
      expect(flags).toHaveLength(1);
      expect(flags[0]).toMatchObject({
        fromStatus: 'SUBMITTED',
        toStatus: 'SUBMITTED',
        actor: { role: 'SYSTEM' },
      });
      expect(flags[0].note).toContain('SHA-256 không khớp');
      expect(flags[0].note).toContain('không tìm thấy tệp');
      // an internal alarm: the owner's history shows the submission, not the flag
      const own = await api.http
        .get(`/api/v1/dossiers/${dossier.code}/history`)
        .set('Authorization', `Bearer ${citizen.accessToken}`)
        .expect(200);
      expect(own.body.items.map((h: { action: string }) => h.action)).toEqual(['submit']);
      // the applicant is still told the dossier arrived
      await mailbox.waitFor((m) => m.subject.includes(dossier.code));
    });

    it('runs twice for one event with one outcome, one flag and one notification', async () => {
      await checkedDossier(dossier.code);
      await mailbox.waitFor((m) => m.subject.includes(dossier.code));
      const [event] = await db.query(
        `SELECT id, payload FROM outbox WHERE type = 'dossier.submit' AND payload->>'code' = $1`,
        [dossier.code],
      );
      const [before] = await db.query(`SELECT attachment_check FROM dossiers WHERE id = $1`, [
        dossier.id,
      ]);
      const mails = mailsAbout(dossier.code).length;

      const { DossierIntake } = await import('../apps/worker/src/intake/dossier-intake.service');
      const again = await worker.get(DossierIntake).run(event.id, event.payload);

      expect(again).toEqual({ attachments: 'flagged', recorded: false, notified: 'already-sent' });
      const [after] = await db.query(`SELECT attachment_check FROM dossiers WHERE id = $1`, [
        dossier.id,
      ]);
      expect(after.attachment_check).toEqual(before.attachment_check);
      const [{ flags }] = await db.query(
        `SELECT count(*)::int AS flags FROM dossier_history WHERE dossier_id = $1 AND action = 'flag-attachments'`,
        [dossier.id],
      );
      expect(flags).toBe(1);
      expect(mailsAbout(dossier.code)).toHaveLength(mails);
    });
  });

  it('attaches the receipt (Mẫu 01) with the code and the appointment date to the "received" mail', async () => {
    const citizen = await registerCitizen(api.http);
    const uploads = await uploadRequiredDocuments(citizen);
    const dossier = await file(citizen, uploads);
    const submitted = await mailbox.waitFor((m) => m.subject.includes(dossier.code));

    const received = await api.http
      .post(`/api/v1/dossiers/${dossier.code}/actions/receive`)
      .set('Authorization', `Bearer ${reception}`)
      .send({})
      .expect(200);
    const [y, m, d] = (received.body.appointmentDate as string).split('-');
    const mail = await mailbox.waitFor(
      (mail) => mail !== submitted && mail.subject.includes(dossier.code),
    );

    expect(mail.text).toContain(`${d}/${m}/${y}`);
    expect(mail.attachments).toHaveLength(1);
    const [receipt] = mail.attachments;
    expect(receipt.contentType).toBe('application/pdf');
    expect(receipt.fileName).toBe(`giay-tiep-nhan-${dossier.code}.pdf`);
    const pdf = readPdf(receipt.content);
    expect(pdf.text).toContain(dossier.code);
    expect(pdf.text).toContain(`${d}/${m}/${y}`);
    expect(pdf.text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
  });

  it('runs intake for a dossier entered at the desk and mails its receipt', async () => {
    const email = `desk-${randomUUID().slice(0, 8)}@example.vn`;
    const scan = await uploadUnique(reception, documentCodes(COUNTER_ONLY_PROCEDURE_CODE)[0]);
    const res = await api.http
      .post('/api/v1/dossiers')
      .set('Authorization', `Bearer ${reception}`)
      .send({
        procedureCode: COUNTER_ONLY_PROCEDURE_CODE,
        formData: validFormData(COUNTER_ONLY_PROCEDURE_CODE),
        attachments: [
          { documentCode: documentCodes(COUNTER_ONLY_PROCEDURE_CODE)[0], fileId: scan.id },
        ],
        channel: 'COUNTER',
        applicant: {
          nationalId: `0010${Math.floor(Math.random() * 1e8)
            .toString()
            .padStart(8, '0')}`,
          fullName: 'Trần Văn Bình',
          phone: '0987654321',
          email,
        },
      })
      .expect(201);
    const code = res.body.code as string;

    const seen = await checkedDossier(code);
    expect(seen.attachmentCheck).toMatchObject({ ok: true, checked: 1, problems: [] });
    const mail = await mailbox.waitFor((m) => m.subject.includes(code) && m.to.includes(email));
    expect(mail.attachments.map((a) => a.fileName)).toEqual([`giay-tiep-nhan-${code}.pdf`]);
    const receipt = readPdf(mail.attachments[0].content).text;
    expect(receipt).toContain(code);
    // the applicant is told the claim code, and where to type it (never in the link itself)
    const claimCode = res.body.claimCode as string;
    expect(claimCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(receipt).toContain(claimCode);
    expect(mail.text).toContain(claimCode);
    expect(mail.text).toContain(`/nhan-ho-so/${code}`);
    expect(mail.raw).not.toMatch(new RegExp(`href="[^"]*${claimCode}`));
  });

  /** Every mail about a dossier, in the order they arrived. */
  const subjectsAbout = (code: string) => mailsAbout(code).map((m) => m.subject);

  it('sends the received mail without the receipt when the receipt cannot be rendered', async () => {
    const citizen = await registerCitizen(api.http);
    const uploads = await uploadRequiredDocuments(citizen);
    const dossier = await file(citizen, uploads);
    const submitted = await mailbox.waitFor((m) => m.subject.includes(dossier.code));
    const { ReceiptAttachment } =
      await import('../apps/worker/src/notifications/receipt-attachment.service');
    const render = jest
      .spyOn(worker.get(ReceiptAttachment), 'render')
      .mockRejectedValue(new Error('font file unreadable'));
    try {
      await api.http
        .post(`/api/v1/dossiers/${dossier.code}/actions/receive`)
        .set('Authorization', `Bearer ${reception}`)
        .send({})
        .expect(200);
      const mail = await mailbox.waitFor(
        (mail) => mail !== submitted && mail.subject.includes(dossier.code),
      );
      expect(render).toHaveBeenCalled();
      expect(mail.subject).toContain('đã được tiếp nhận');
      expect(mail.attachments).toEqual([]);
      expect(mail.text).toContain('chưa đính kèm được vào thư này');
    } finally {
      render.mockRestore();
    }
  });

  it('never sends "received" before "submitted", however fast the desk', async () => {
    const { IntakeProcessor } = await import('../apps/worker/src/jobs/queue-processors');
    const intakeWorker = worker.get(IntakeProcessor).worker;
    const { getQueueToken } = await import('@nestjs/bullmq');
    const { JobName, outboxJobId, QueueName } = await import('@motcua/queue');
    const { OUTBOX_CREATED_AT_MICROS_SQL } = await import('@motcua/database');
    const notifications = worker.get<Queue>(getQueueToken(QueueName.Notifications), {
      strict: false,
    });
    const citizen = await registerCitizen(api.http);
    const uploads = await uploadRequiredDocuments(citizen);
    // intake held back: the submission's job waits while the desk receives the dossier
    await intakeWorker.pause();
    let dossier: { id: string; code: string };
    try {
      dossier = await file(citizen, uploads);
      await api.http
        .post(`/api/v1/dossiers/${dossier.code}/actions/receive`)
        .set('Authorization', `Bearer ${reception}`)
        .send({})
        .expect(200);
      // the received notice's job has run once: it waits, rather than going first
      const [event] = await db.query(
        `SELECT id, ${OUTBOX_CREATED_AT_MICROS_SQL} AS "createdAtMicros" FROM outbox
          WHERE type = 'dossier.receive' AND payload->>'code' = $1`,
        [dossier.code],
      );
      const job = outboxJobId(event, JobName.NotifyApplicant);
      let state = 'unknown';
      await waitUntil(async () => {
        state = (await (await notifications.getJob(job))?.getState()) ?? 'unknown';
        return ['delayed', 'completed', 'failed'].includes(state);
      });
      expect(state).toBe('delayed');
      expect(subjectsAbout(dossier.code)).toEqual([]);
    } finally {
      intakeWorker.resume();
    }
    await mailbox.waitFor((m) => m.subject.includes(dossier.code) && m.attachments.length > 0);

    const subjects = subjectsAbout(dossier.code);
    expect(subjects).toHaveLength(2);
    expect(subjects[0]).not.toContain('đã được tiếp nhận');
    expect(subjects[1]).toContain('đã được tiếp nhận');
  });
});
