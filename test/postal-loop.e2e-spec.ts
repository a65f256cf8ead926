import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { PostalSimulator } from '../apps/postal-sim/src/simulator';
import type { TestApi } from './support/api';
import { DEMO, login, registerCitizen } from './support/actors';
import { POSTAL_PROCEDURE_CODE } from './support/demo';
import { fileDossier } from './support/dossiers';
import { freePort } from './support/net';
import type { Mailbox } from './support/mail';
import { startMailbox } from './support/mail';
import { waitFor, waitUntil } from './support/wait';

/**
 * The postal return loop with no person touching it: approval → the worker asks the operator
 * (the simulator, which answers 503 first) → DELIVERING → signed callbacks → RETURNED.
 */
describe('postal return of results, end to end', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let sim: PostalSimulator;
  let mailbox: Mailbox;

  beforeAll(async () => {
    const apiPort = await freePort();
    const secret = 'whsec_' + Buffer.from(randomUUID()).toString('base64');
    const { createPostalSimulator } = await import('../apps/postal-sim/src/simulator');
    sim = createPostalSimulator({ apiKey: 'loop-key', webhookSecret: secret, stepMs: 100 });
    const simUrl = await sim.listen(0, '127.0.0.1');
    mailbox = await startMailbox();
    Object.assign(process.env, {
      POSTAL_API_URL: simUrl,
      POSTAL_API_KEY: 'loop-key',
      POSTAL_WEBHOOK_SECRET: secret,
      // citizens' links name the public site; the operator calls the API by its own address
      PUBLIC_BASE_URL: 'https://dichvucong.example.vn',
      POSTAL_CALLBACK_URL: `http://127.0.0.1:${apiPort}/api/v1/postal/callbacks`,
      QUEUE_PREFIX: `motcua-test-${randomUUID().slice(0, 8)}`,
      OUTBOX_POLL_MS: '100',
      SMTP_URL: mailbox.url,
    });
    const { startApi } = await import('./support/api');
    const { NestFactory } = await import('@nestjs/core');
    const { WorkerModule } = await import('../apps/worker/src/worker.module');
    api = await startApi();
    await api.app.listen({ port: apiPort, host: '127.0.0.1' });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sim?.close();
    await mailbox?.close();
  });

  it('ships once despite a 503, follows the callbacks and ends RETURNED', async () => {
    const citizen = await registerCitizen(api.http);
    const address = {
      recipientName: 'FAIL-503 Nguyễn Văn An',
      phone: '0912345678',
      street: 'Số 12 phố Đội Cấn',
      ward: 'Phường Đội Cấn',
      district: 'Quận Ba Đình',
      province: 'Thành phố Hà Nội',
    };
    const { code } = await fileDossier(api.http, citizen.accessToken, POSTAL_PROCEDURE_CODE, {
      deliveryMethod: 'POSTAL',
      deliveryAddress: address,
    });
    const [reception, leader, specialist] = await Promise.all(
      [DEMO.reception, DEMO.leader, DEMO.specialist].map((u) => login(api.http, u)),
    );
    const specialistId = (
      await api.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${specialist}`)
    ).body.id;
    const act = (token: string, action: string, body: object = {}) =>
      api.http
        .post(`/api/v1/dossiers/${code}/actions/${action}`)
        .set('Authorization', `Bearer ${token}`)
        .send(body)
        .expect(200);
    await act(reception, 'receive');
    await act(leader, 'assign', { assigneeId: specialistId });
    await act(specialist, 'propose', { outcome: 'GRANTED', summary: 'Đủ điều kiện' });
    await act(leader, 'approve');

    const dossier = await waitFor(
      async () =>
        (
          await api.http
            .get(`/api/v1/dossiers/${code}`)
            .set('Authorization', `Bearer ${citizen.accessToken}`)
        ).body as { status: string; delivery?: { status: string; trackingNumber: string } },
      (read) => read.status === 'RETURNED',
      { timeoutMs: 30_000, intervalMs: 200, what: 'the dossier returned' },
    );
    expect(dossier.status).toBe('RETURNED');
    expect(dossier.delivery).toMatchObject({
      status: 'DELIVERED',
      trackingNumber: expect.stringMatching(/VN$/),
    });
    expect(sim.shipments().filter((s) => s.reference === code)).toHaveLength(1);

    const history = await api.http
      .get(`/api/v1/dossiers/${code}/history`)
      .set('Authorization', `Bearer ${citizen.accessToken}`);
    const steps = history.body.items.map(
      (h: { action: string; toStatus: string }) => `${h.action}>${h.toStatus}`,
    );
    expect(steps.slice(-2)).toEqual(['dispatch>DELIVERING', 'deliver>RETURNED']);

    // the applicant heard of the hand-over (with the tracking number) and of the delivery
    const trackingNumber = dossier.delivery!.trackingNumber;
    await mailbox.waitFor((m) => m.subject.includes(code) && m.text.includes(trackingNumber));
    const mails = mailbox.messages.filter((m) => m.subject.includes(code));
    expect(mails.length).toBeGreaterThanOrEqual(3);

    const tracking = await api.http.get(`/api/v1/tracking/${code}`).expect(200);
    expect(tracking.body).toMatchObject({
      status: 'RETURNED',
      delivery: {
        method: 'POSTAL',
        status: 'DELIVERED',
        trackingNumber: dossier.delivery!.trackingNumber,
      },
    });
  }, 60_000);

  it('ships a postal dossier whose address has no district (two-tier local government)', async () => {
    const citizen = await registerCitizen(api.http);
    // since 1 July 2025 an address is street, commune or ward, province
    const address = {
      recipientName: 'Lò Thị Mai',
      phone: '0912345679',
      street: 'Thôn Nà Bản',
      ward: 'Xã Chợ Đồn',
      province: 'Tỉnh Thái Nguyên',
    };
    const { code } = await fileDossier(api.http, citizen.accessToken, POSTAL_PROCEDURE_CODE, {
      deliveryMethod: 'POSTAL',
      deliveryAddress: address,
    });
    const filed = await api.http
      .get(`/api/v1/dossiers/${code}`)
      .set('Authorization', `Bearer ${citizen.accessToken}`)
      .expect(200);
    expect(filed.body.deliveryAddress).toEqual(address);

    const [reception, leader, specialist] = await Promise.all(
      [DEMO.reception, DEMO.leader, DEMO.specialist].map((u) => login(api.http, u)),
    );
    const specialistId = (
      await api.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${specialist}`)
    ).body.id;
    const act = (token: string, action: string, body: object = {}) =>
      api.http
        .post(`/api/v1/dossiers/${code}/actions/${action}`)
        .set('Authorization', `Bearer ${token}`)
        .send(body)
        .expect(200);
    await act(reception, 'receive');
    await act(leader, 'assign', { assigneeId: specialistId });
    await act(specialist, 'propose', { outcome: 'GRANTED', summary: 'Đủ điều kiện' });
    await act(leader, 'approve');

    await waitUntil(() => sim.shipments().some((s) => s.reference === code), {
      timeoutMs: 30_000,
      what: 'the shipment reaching the operator',
    });
    const [shipment] = sim.shipments().filter((s) => s.reference === code);
    expect(shipment.recipient).toEqual({
      name: address.recipientName,
      phone: address.phone,
      street: address.street,
      ward: address.ward,
      province: address.province,
    });
    let tracking = { status: '', steps: [] as { action: string }[] };
    await waitUntil(
      async () => {
        tracking = (await api.http.get(`/api/v1/tracking/${code}`).expect(200)).body;
        return tracking.status === 'RETURNED';
      },
      { timeoutMs: 30_000, what: 'the delivery' },
    );
    // the public timeline shows the hand-over to the post and the delivery
    expect(tracking.steps.map((s) => s.action).slice(-2)).toEqual(['dispatch', 'deliver']);
  }, 60_000);
});
