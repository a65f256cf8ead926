import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PostalSimulator } from '../apps/postal-sim/src/simulator';
import type { PostalEventApplier as Applier } from '../apps/worker/src/postal/postal-event-applier.service';
import type { PostalProcessor as Processor } from '../apps/worker/src/jobs/queue-processors';
import type { TestApi } from './support/api';
import { registerCitizen } from './support/actors';
import { COUNTER_ONLY_PROCEDURE_CODE } from './support/demo';
import { fileDossier } from './support/dossiers';
import { freePort } from './support/net';
import type { PostalEvent } from './support/postal';
import {
  approvedPostalDossier,
  historySteps,
  inboxOf,
  POSTAL_ADDRESS,
  postalState,
  sendPostalEvent,
} from './support/postal';
import { waitFor } from './support/wait';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/**
 * Postal events and our dispatch commute: whatever reaches the worker first (the operator's
 * callbacks or our record of the shipment), however often and in whatever order, the dossier
 * ends the same, and `delivery` never moves backwards. Real API, real worker (its relay and
 * postal processor), the postal simulator as operator; the simulator only sends ACCEPTED, the
 * test sends the later events signed with the operator's secret.
 */
describe('postal events and dispatch, in any interleaving', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let sim: PostalSimulator;
  let simUrl: string;
  let db: DataSource;
  let applier: Applier;
  let processor: Processor;
  let callbackUrl: string;
  const secret = 'whsec_' + Buffer.from(randomUUID()).toString('base64');

  beforeAll(async () => {
    const apiPort = await freePort();
    callbackUrl = `http://127.0.0.1:${apiPort}/api/v1/postal/callbacks`;
    const { createPostalSimulator } = await import('../apps/postal-sim/src/simulator');
    sim = createPostalSimulator({ apiKey: 'mix-key', webhookSecret: secret, stepMs: 600_000 });
    simUrl = await sim.listen(0, '127.0.0.1');
    const { startApiAndWorker } = await import('./support/stack');
    ({ api, worker } = await startApiAndWorker({
      POSTAL_API_URL: simUrl,
      POSTAL_API_KEY: 'mix-key',
      POSTAL_WEBHOOK_SECRET: secret,
      POSTAL_CALLBACK_URL: callbackUrl,
      SMTP_URL: '',
    }));
    await api.app.listen({ port: apiPort, host: '127.0.0.1' });
    db = api.app.get(DataSource);
    const { PostalEventApplier } =
      await import('../apps/worker/src/postal/postal-event-applier.service');
    const { PostalProcessor } = await import('../apps/worker/src/jobs/queue-processors');
    applier = worker.get(PostalEventApplier);
    processor = worker.get(PostalProcessor);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sim?.close();
  });

  const send = (event: PostalEvent, id?: string) => sendPostalEvent(api.http, secret, event, id);
  const settled = (code: string) =>
    waitFor(
      () => inboxOf(db, code),
      (rows) => rows.length > 0 && rows.every((row) => row.processed),
      { timeoutMs: 30_000 },
    );

  it('keeps callbacks that arrive before the tracking number is stored, and applies them when it is', async () => {
    // the postal processor stops taking jobs: the dispatch waits, as in a worker that died
    // after the operator accepted the shipment and before it stored the tracking number
    await processor.worker.pause();
    let resumed = false;
    try {
      const { code } = await approvedPostalDossier(api.http);
      // the operator accepts the shipment (same request and key as our dispatcher's)
      const accepted = await fetch(`${simUrl}/shipments`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer mix-key',
          'content-type': 'application/json',
          'idempotency-key': code,
        },
        body: JSON.stringify({
          reference: code,
          recipient: { ...POSTAL_ADDRESS, name: POSTAL_ADDRESS.recipientName },
          sender: { agencyCode: '000.00.00.H00', agencyName: 'UBND' },
          callbackUrl,
        }),
      });
      expect(accepted.status).toBe(201);
      const { trackingNumber } = (await accepted.json()) as { trackingNumber: string };
      // its ACCEPTED callback reaches us, then the rest of the journey, out of order, twice
      const acceptedEvent = await waitFor(
        () => inboxOf(db, code),
        (rows) => rows.length === 1,
        { timeoutMs: 30_000 },
      );
      expect(acceptedEvent).toHaveLength(1);
      const event = (status: string, minutes: number): PostalEvent => ({
        trackingNumber,
        reference: code,
        status,
        occurredAt: minutesAgo(minutes),
      });
      const ids: string[] = [];
      const delivered = event('DELIVERED', 1);
      for (const e of [event('PICKED_UP', 4), delivered, event('IN_TRANSIT', 3)]) {
        const sent = await send(e);
        expect(sent.status).toBe(200);
        ids.push(sent.id);
      }
      expect((await send(delivered, ids[1])).status).toBe(200);
      ids.push((await send(event('OUT_FOR_DELIVERY', 2))).id);

      // the worker sees them before our record of the shipment: kept, not applied
      for (const id of ids) {
        expect(['pending', 'already-processed']).toContain(await applier.apply(id));
      }
      expect(await postalState(db, code)).toEqual({ status: 'RESULT_READY', delivery: null });
      expect((await inboxOf(db, code)).every((row) => !row.processed)).toBe(true);

      // the dispatch runs: same shipment, recorded, and the kept events applied with it
      await processor.worker.resume();
      resumed = true;
      const state = await waitFor(
        () => postalState(db, code),
        (s) => s.status === 'RETURNED',
        { timeoutMs: 30_000 },
      );
      expect(state).toEqual({
        status: 'RETURNED',
        delivery: expect.objectContaining({ status: 'DELIVERED', trackingNumber }),
      });
      expect(Date.parse(state.delivery!.updatedAt!)).toBe(Date.parse(delivered.occurredAt));
      expect(sim.shipments().filter((s) => s.reference === code)).toHaveLength(1);
      expect((await historySteps(db, code)).slice(-2)).toEqual([
        'dispatch>DELIVERING',
        'deliver>RETURNED',
      ]);
      const rows = await settled(code);
      expect(rows.map((row) => row.outcome).sort()).toEqual([
        'applied',
        'applied',
        'applied',
        'applied',
        'stale',
      ]);
    } finally {
      if (!resumed) await processor.worker.resume();
    }
  }, 90_000);

  it('ends delivered, once, from events reordered and repeated after the shipment', async () => {
    const { code } = await approvedPostalDossier(api.http);
    const shipped = await waitFor(
      () => postalState(db, code),
      (s) => s.status === 'DELIVERING',
      { timeoutMs: 30_000 },
    );
    const trackingNumber = shipped.delivery!.trackingNumber!;
    const event = (status: string, minutes: number): PostalEvent => ({
      trackingNumber,
      reference: code,
      status,
      occurredAt: minutesAgo(minutes),
    });
    const delivered = event('DELIVERED', 1);
    const first = await send(delivered);
    await Promise.all([
      send(event('OUT_FOR_DELIVERY', 2)),
      send(delivered, first.id),
      send(event('PICKED_UP', 4)),
      send(delivered),
      send(event('IN_TRANSIT', 3)),
    ]);
    await settled(code);
    const state = await postalState(db, code);
    expect(state.status).toBe('RETURNED');
    expect(state.delivery).toMatchObject({ status: 'DELIVERED', trackingNumber });
    expect(Date.parse(state.delivery!.updatedAt!)).toBe(Date.parse(delivered.occurredAt));
    expect((await historySteps(db, code)).filter((step) => step.startsWith('deliver>'))).toEqual([
      'deliver>RETURNED',
    ]);
  }, 60_000);

  it('follows a failed attempt and the next one by occurredAt, then a return to the agency', async () => {
    const { code } = await approvedPostalDossier(api.http);
    const shipped = await waitFor(
      () => postalState(db, code),
      (s) => s.status === 'DELIVERING',
      { timeoutMs: 30_000 },
    );
    const trackingNumber = shipped.delivery!.trackingNumber!;
    const event = (status: string, minutes: number): PostalEvent => ({
      trackingNumber,
      reference: code,
      status,
      occurredAt: minutesAgo(minutes),
    });
    const secondAttempt = event('OUT_FOR_DELIVERY', 10);
    await Promise.all([
      send(event('DELIVERY_FAILED', 20)),
      send(secondAttempt),
      send(event('OUT_FOR_DELIVERY', 30)),
      send(event('IN_TRANSIT', 40)),
    ]);
    await settled(code);
    const state = await postalState(db, code);
    // a failed attempt leaves the dossier with the operator; the next attempt shows
    expect(state.status).toBe('DELIVERING');
    expect(state.delivery).toMatchObject({ status: 'OUT_FOR_DELIVERY', trackingNumber });
    expect(Date.parse(state.delivery!.updatedAt!)).toBe(Date.parse(secondAttempt.occurredAt));

    await Promise.all([send(event('RETURNED_TO_SENDER', 2)), send(event('DELIVERY_FAILED', 5))]);
    await settled(code);
    expect(await postalState(db, code)).toMatchObject({
      status: 'RESULT_READY',
      delivery: { status: 'RETURNED_TO_SENDER', trackingNumber },
    });
    // a contradicting final event later changes nothing
    await send(event('DELIVERED', 1));
    await settled(code);
    expect(await postalState(db, code)).toMatchObject({
      status: 'RESULT_READY',
      delivery: { status: 'RETURNED_TO_SENDER' },
    });
    expect((await historySteps(db, code)).slice(-2)).toEqual([
      'dispatch>DELIVERING',
      'return-to-sender>RESULT_READY',
    ]);
  }, 60_000);

  it('keeps an event for a dossier that is not a postal delivery, with no effect', async () => {
    const citizen = await registerCitizen(api.http);
    const { code } = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    const before = await postalState(db, code);
    const { id } = await send({
      trackingNumber: 'EB123456785VN',
      reference: code,
      status: 'DELIVERED',
      occurredAt: minutesAgo(1),
    });
    expect(['not-postal', 'already-processed']).toContain(await applier.apply(id));
    expect(await settled(code)).toEqual([
      { status: 'DELIVERED', outcome: 'not-postal', processed: true },
    ]);
    expect(await postalState(db, code)).toEqual(before);
    expect(before.delivery).toBeNull();
  });
});
