import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TestApi } from './support/api';
import { DEMO, login, randomNationalId, registerCitizen } from './support/actors';
import { COUNTER_ONLY_PROCEDURE_CODE, documentCodes, validFormData } from './support/demo';
import { fileDossier } from './support/dossiers';
import { uploadFile } from './support/files';
import { startApiAndWorker } from './support/stack';
import type { Mailbox } from './support/mail';
import { startMailbox } from './support/mail';
import { waitUntil } from './support/wait';

/** The portal's address, as production sets it. */
const PORTAL = 'https://dichvucong.example.vn';

/**
 * The whole path of a notification, on real PostgreSQL, Redis and SMTP: the API writes an
 * outbox event with each change, the worker's relay publishes it to BullMQ, and the worker
 * mails the applicant.
 */
describe('applicant notifications through the outbox and the worker', () => {
  let mailbox: Mailbox;
  let api: TestApi;
  let worker: INestApplicationContext;
  let smsGateway: Server;
  const sms: { to: string; text: string; auth?: string }[] = [];

  beforeAll(async () => {
    mailbox = await startMailbox();
    // a stand-in SMS gateway: records what it is asked to send
    smsGateway = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        sms.push({ ...JSON.parse(body), auth: req.headers.authorization });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => smsGateway.listen(0, '127.0.0.1', resolve));
    const { port: smsPort } = smsGateway.address() as { port: number };
    process.env.SMS_GATEWAY_URL = `http://127.0.0.1:${smsPort}/sms`;
    process.env.SMS_GATEWAY_KEY = 'sms-key';
    ({ api, worker } = await startApiAndWorker({ SMTP_URL: mailbox.url, PUBLIC_BASE_URL: PORTAL }));
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await mailbox?.close();
    await new Promise((resolve) => smsGateway?.close(resolve));
  });

  it('mails the applicant when the dossier is submitted and when it is received', async () => {
    const citizen = await registerCitizen(api.http);
    const dossier = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);

    const submitted = await mailbox.waitFor(
      (m) => m.subject.includes(dossier.code) && m.to.includes(citizen.email),
    );
    expect(submitted.text).toContain(`Kính gửi ông/bà ${citizen.fullName}`);
    // the link opens the portal's tracking page, not the JSON route
    expect(submitted.text).toContain(`${PORTAL}/tra-cuu/${dossier.code}`);
    expect(submitted.text).not.toContain('/api/v1/tracking');

    const reception = await login(api.http, DEMO.reception);
    const received = await api.http
      .post(`/api/v1/dossiers/${dossier.code}/actions/receive`)
      .set('Authorization', `Bearer ${reception}`)
      .expect(200);
    const [y, m, d] = received.body.appointmentDate.split('-');
    // the same step also went out as an SMS to the applicant's phone, through the gateway
    await waitUntil(() => sms.some((m) => m.text.includes(dossier.code)));
    expect(sms.find((m) => m.text.includes(dossier.code))).toMatchObject({
      to: citizen.phone,
      auth: 'Bearer sms-key',
      text: expect.stringContaining(`${PORTAL}/tra-cuu/${dossier.code}`),
    });

    const second = await mailbox.waitFor(
      (mail) =>
        mail !== submitted &&
        mail.subject.includes(dossier.code) &&
        mail.text.includes(`${d}/${m}/${y}`),
    );
    expect(second.to).toEqual([citizen.email]);
  });

  it('sends a desk dossier’s claim code to the phone the desk recorded, with the claim page', async () => {
    const reception = await login(api.http, DEMO.reception);
    const scan = await uploadFile(api.http, reception, 'pdf', 'ban-scan.pdf');
    const phone = `09${String(Date.now()).slice(-8)}`;
    const entered = await api.http
      .post('/api/v1/dossiers')
      .set('Authorization', `Bearer ${reception}`)
      .send({
        procedureCode: COUNTER_ONLY_PROCEDURE_CODE,
        formData: validFormData(COUNTER_ONLY_PROCEDURE_CODE),
        attachments: [
          { documentCode: documentCodes(COUNTER_ONLY_PROCEDURE_CODE)[0], fileId: scan.id },
        ],
        channel: 'COUNTER',
        applicant: { nationalId: randomNationalId(), fullName: 'Lê Văn Cường', phone },
      })
      .expect(201);
    const { code, claimCode } = entered.body as { code: string; claimCode: string };
    await waitUntil(() => sms.some((m) => m.text.includes(code)));
    const text = sms.find((m) => m.text.includes(code))!;
    expect(text.to).toBe(phone);
    expect(text.text).toContain(claimCode);
    expect(text.text).toContain(`/nhan-ho-so/${code}`);
    expect(text.text).not.toContain(`/nhan-ho-so/${code}/`);
  });

  it('sends nothing twice when the same outbox event is delivered again', async () => {
    const citizen = await registerCitizen(api.http);
    const dossier = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    await mailbox.waitFor((m) => m.subject.includes(dossier.code));
    const [event] = await api.app
      .get(DataSource)
      .query(
        `SELECT id, payload FROM outbox WHERE payload->>'code' = $1 AND type = 'dossier.submit'`,
        [dossier.code],
      );
    // the notifier records the delivery right after the SMTP server took the mail: wait for it
    const db = api.app.get(DataSource);
    await waitUntil(async () => {
      const rows = await db.query(
        `SELECT 1 FROM notification_deliveries WHERE outbox_id = $1 AND channel = 'email'`,
        [event.id],
      );
      return rows.length > 0;
    });
    const { ApplicantNotifier } =
      await import('../apps/worker/src/notifications/applicant-notifier.service');
    const before = mailbox.messages.filter((m) => m.subject.includes(dossier.code)).length;
    await expect(worker.get(ApplicantNotifier).notify(event.id, event.payload)).resolves.toBe(
      'already-sent',
    );
    expect(mailbox.messages.filter((m) => m.subject.includes(dossier.code))).toHaveLength(before);
  });

  it('still delivers an event whose number comes again (database restored, Redis kept)', async () => {
    const citizen = await registerCitizen(api.http);
    const dossier = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    await mailbox.waitFor((m) => m.subject.includes(dossier.code));
    const db = api.app.get(DataSource);
    const [event] = await db.query(
      `SELECT id FROM outbox WHERE payload->>'code' = $1 AND type = 'dossier.submit'`,
      [dossier.code],
    );
    await waitUntil(async () => {
      const rows = await db.query(`SELECT 1 FROM notification_deliveries WHERE outbox_id = $1`, [
        event.id,
      ]);
      return rows.length > 0;
    });
    // a backup taken before this event, restored: the same number is a new, unpublished event
    // while Redis still holds the finished jobs of the first one
    await db.query(`DELETE FROM notification_deliveries WHERE outbox_id = $1`, [event.id]);
    await db.query(
      `UPDATE outbox SET published_at = NULL, created_at = clock_timestamp() WHERE id = $1`,
      [event.id],
    );
    await waitUntil(
      () => mailbox.messages.filter((m) => m.subject.includes(dossier.code)).length === 2,
    );
    expect(mailbox.messages.filter((m) => m.subject.includes(dossier.code))).toHaveLength(2);
  });

  it("shows the live worker in the operators' health view (its heartbeat)", async () => {
    const admin = await login(api.http, DEMO.admin);
    const res = await api.http
      .get('/api/v1/admin/health')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(res.body.info.workers.live).toBeGreaterThanOrEqual(1);
  });

  it('marks every event published once it is on the queue', async () => {
    const citizen = await registerCitizen(api.http);
    const dossier = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    await mailbox.waitFor((m) => m.subject.includes(dossier.code));
    // the relay marks the batch published right after queueing it: allow it a moment to commit
    const db = api.app.get(DataSource);
    let rows: { published_at: Date | null }[] = [];
    await waitUntil(async () => {
      rows = await db.query(`SELECT published_at FROM outbox WHERE payload->>'code' = $1`, [
        dossier.code,
      ]);
      return Boolean(rows[0]?.published_at);
    });
    expect(rows).toHaveLength(1);
    expect(rows[0].published_at).toBeInstanceOf(Date);
  });
});
