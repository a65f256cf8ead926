import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { PostalSimulator } from '../apps/postal-sim/src/simulator';
import type { TestApi } from './support/api';
import { freePort } from './support/net';
import { approvedPostalDossier, historySteps, inboxOf, postalState } from './support/postal';
import { waitFor } from './support/wait';
import { killWorkerProcess, startWorkerProcess } from './support/worker-process';

/**
 * Fault drill: the worker is SIGKILLed after the operator accepted a shipment and before the
 * worker stored the tracking number. The operator's callbacks (the whole journey, DELIVERED
 * included) reach the API meanwhile, and the restarted worker sees them long before BullMQ
 * hands it the interrupted dispatch again. Nothing is lost: the dispatch gets the same
 * shipment back, records it and applies the kept events; the dossier ends RETURNED.
 */
describe('fault drill: worker killed between the operator accepting a shipment and our record', () => {
  let api: TestApi;
  let sim: PostalSimulator;
  let simUrl: string;
  const prefix = `motcua-test-${randomUUID().slice(0, 8)}`;
  const secret = 'whsec_' + Buffer.from(randomUUID()).toString('base64');
  const workers: ChildProcess[] = [];
  let callbackUrl: string;

  async function startWorker(): Promise<ChildProcess> {
    const child = await startWorkerProcess({
      QUEUE_PREFIX: prefix,
      POSTAL_API_URL: simUrl,
      POSTAL_API_KEY: 'record-key',
      POSTAL_WEBHOOK_SECRET: secret,
      POSTAL_CALLBACK_URL: callbackUrl,
      OUTBOX_POLL_MS: '50',
    });
    workers.push(child);
    return child;
  }

  beforeAll(async () => {
    const apiPort = await freePort();
    callbackUrl = `http://127.0.0.1:${apiPort}/api/v1/postal/callbacks`;
    const { createPostalSimulator } = await import('../apps/postal-sim/src/simulator');
    // the operator creates the shipment at once but answers only after 4 s: the crash window
    sim = createPostalSimulator({
      apiKey: 'record-key',
      webhookSecret: secret,
      stepMs: 100,
      responseDelayMs: 4_000,
    });
    simUrl = await sim.listen(0, '127.0.0.1');
    // this process runs the API only; the workers are processes of their own
    Object.assign(process.env, { POSTAL_WEBHOOK_SECRET: secret, QUEUE_PREFIX: prefix });
    const { startApi } = await import('./support/api');
    api = await startApi();
    await api.app.listen({ port: apiPort, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const worker of workers) await killWorkerProcess(worker);
    await api?.close();
    await sim?.close();
  });

  it('applies the events that arrived while the shipment was unrecorded, once it is', async () => {
    const db = api.app.get(DataSource);
    const first = await startWorker();
    const { code } = await approvedPostalDossier(api.http);
    const shipment = () => sim.shipments().find((s) => s.reference === code);
    await waitFor(
      async () => shipment(),
      (found) => found !== undefined,
      { timeoutMs: 30_000 },
    );
    expect(shipment()).toBeDefined();
    // accepted by the operator, not yet answered to us: the worker dies here
    await killWorkerProcess(first);
    expect((await postalState(db, code)).status).toBe('RESULT_READY');

    // the operator goes on: every callback of the journey is stored by the API
    const journey = await waitFor(
      async () => shipment()!.callbacks.delivered,
      (delivered) => delivered === 5,
      { timeoutMs: 30_000 },
    );
    expect(journey).toBe(5);
    const trackingNumber = shipment()!.trackingNumber;

    await startWorker();
    const state = await waitFor(
      () => postalState(db, code),
      (s) => s.status === 'RETURNED',
      { timeoutMs: 120_000 },
    );
    expect(state).toEqual({
      status: 'RETURNED',
      delivery: expect.objectContaining({ status: 'DELIVERED', trackingNumber }),
    });
    expect(sim.shipments().filter((s) => s.reference === code)).toHaveLength(1);
    expect((await historySteps(db, code)).slice(-2)).toEqual([
      'dispatch>DELIVERING',
      'deliver>RETURNED',
    ]);
    const inbox = await waitFor(
      () => inboxOf(db, code),
      (rows) => rows.every((row) => row.processed),
      { timeoutMs: 30_000 },
    );
    expect(inbox.map((row) => row.status)).toEqual([
      'ACCEPTED',
      'PICKED_UP',
      'IN_TRANSIT',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
    ]);
    expect(inbox.every((row) => row.processed && row.outcome !== 'pending')).toBe(true);
  }, 240_000);
});
