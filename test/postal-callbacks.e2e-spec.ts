import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DEV_POSTAL_WEBHOOK_SECRET } from '@motcua/config';
import { DataSource } from 'typeorm';
import { signWebhook } from '../apps/postal-sim/src/webhook-signature';
import type { PostalEventApplier as Applier } from '../apps/worker/src/postal/postal-event-applier.service';
import type { TestApi } from './support/api';
import { registerCitizen } from './support/actors';
import { COUNTER_ONLY_PROCEDURE_CODE } from './support/demo';
import { fileDossier } from './support/dossiers';

const CALLBACKS = '/api/v1/postal/callbacks';

interface Event {
  trackingNumber: string;
  reference: string;
  status: string;
  occurredAt?: string;
  note?: string;
}

function bodyOf(event: Event): string {
  return JSON.stringify({
    type: 'shipment.status_changed',
    data: { occurredAt: new Date().toISOString(), ...event },
  });
}

/**
 * Inbound postal callbacks on real PostgreSQL: the API verifies the Standard Webhooks signature
 * and stores the event once (inbox + outbox); the worker's PostalEventApplier applies it once,
 * forward only.
 */
describe('postal operator callbacks', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let db: DataSource;
  let applier: Applier;

  beforeAll(async () => {
    // configuration is read when the modules load, so set it first and import afterwards
    delete process.env.POSTAL_WEBHOOK_SECRET;
    process.env.QUEUE_PREFIX = `motcua-test-${randomUUID().slice(0, 8)}`;
    // this worker's relay stays idle: the test calls the applier itself
    process.env.OUTBOX_POLL_MS = String(3_600_000);
    const { startApi } = await import('./support/api');
    const { NestFactory } = await import('@nestjs/core');
    const { WorkerModule } = await import('../apps/worker/src/worker.module');
    const { PostalEventApplier } =
      await import('../apps/worker/src/postal/postal-event-applier.service');
    api = await startApi();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    worker.enableShutdownHooks();
    db = api.app.get(DataSource);
    applier = worker.get(PostalEventApplier);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  async function send(
    event: Event,
    options: { id?: string; timestamp?: number; secret?: string; body?: string } = {},
  ) {
    const id = options.id ?? `msg_${randomUUID()}`;
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const body = options.body ?? bodyOf(event);
    const res = await api.http
      .post(CALLBACKS)
      .set('content-type', 'application/json')
      .set('webhook-id', id)
      .set('webhook-timestamp', String(timestamp))
      .set(
        'webhook-signature',
        signWebhook(options.secret ?? DEV_POSTAL_WEBHOOK_SECRET, id, timestamp, body),
      )
      .send(body);
    return { res, id };
  }

  async function stored(webhookId: string): Promise<{ inbox: number; outbox: number }> {
    const [row] = await db.query(
      `SELECT (SELECT count(*)::int FROM postal_inbox WHERE webhook_id = $1) AS inbox,
              (SELECT count(*)::int FROM outbox WHERE type = 'postal.callback'
                 AND payload->>'webhookId' = $1) AS outbox`,
      [webhookId],
    );
    return row;
  }

  /**
   * Applies a stored event and returns the outcome recorded in the inbox. Other e2e files run
   * workers on the same database, so one of them may have applied it first ('already-processed');
   * the recorded outcome is the same either way.
   */
  async function apply(webhookId: string): Promise<string> {
    const result = await applier.apply(webhookId);
    const [row] = await db.query(
      'SELECT outcome, processed_at FROM postal_inbox WHERE webhook_id = $1',
      [webhookId],
    );
    expect(row.processed_at).not.toBeNull();
    if (result !== 'already-processed') expect(result).toBe(row.outcome);
    return row.outcome;
  }

  describe('the endpoint', () => {
    const event = (): Event => ({
      trackingNumber: `VN${randomUUID().slice(0, 9)}`,
      reference: `UNKNOWN-${randomUUID()}`,
      status: 'IN_TRANSIT',
    });

    it('stores a valid callback once: inbox row and postal.callback outbox event', async () => {
      const { res, id } = await send(event());
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ received: true });
      expect(await stored(id)).toEqual({ inbox: 1, outbox: 1 });
    });

    it('answers a replay of the same webhook-id with 200 and stores nothing more', async () => {
      const first = event();
      const { id } = await send(first);
      const again = await send(first, { id });
      expect(again.res.status).toBe(200);
      expect(again.res.body).toEqual({ received: true });
      expect(await stored(id)).toEqual({ inbox: 1, outbox: 1 });
    });

    it('refuses a bad signature with 401 problem+json and stores nothing', async () => {
      const { res, id } = await send(event(), {
        secret: 'whsec_' + Buffer.from('not-the-operator-secret').toString('base64'),
      });
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(res.body.detail).toMatch(/Chữ ký/);
      expect(await stored(id)).toEqual({ inbox: 0, outbox: 0 });
    });

    it('refuses a missing signature with 401', async () => {
      const res = await api.http
        .post(CALLBACKS)
        .set('content-type', 'application/json')
        .send(bodyOf(event()));
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('refuses a body changed after signing with 401', async () => {
      const original = event();
      const id = `msg_${randomUUID()}`;
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = signWebhook(DEV_POSTAL_WEBHOOK_SECRET, id, timestamp, bodyOf(original));
      const res = await api.http
        .post(CALLBACKS)
        .set('content-type', 'application/json')
        .set('webhook-id', id)
        .set('webhook-timestamp', String(timestamp))
        .set('webhook-signature', signature)
        .send(bodyOf({ ...original, status: 'DELIVERED' }));
      expect(res.status).toBe(401);
      expect(await stored(id)).toEqual({ inbox: 0, outbox: 0 });
    });

    it('refuses a correctly signed callback whose timestamp is 10 minutes old with 401', async () => {
      const { res, id } = await send(event(), {
        timestamp: Math.floor(Date.now() / 1000) - 600,
      });
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await stored(id)).toEqual({ inbox: 0, outbox: 0 });
    });

    it('refuses a signed but malformed event with 400 and one error per field', async () => {
      const body = JSON.stringify({
        type: 'shipment.created',
        data: { trackingNumber: '', reference: 'X', status: 'LOST', occurredAt: 'yesterday' },
      });
      const { res, id } = await send(event(), { body });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'data.occurredAt',
        'data.status',
        'data.trackingNumber',
        'type',
      ]);
      expect(await stored(id)).toEqual({ inbox: 0, outbox: 0 });
    });

    it('documents the route in the OpenAPI spec', async () => {
      const res = await api.http.get('/api/docs-json').expect(200);
      const operation = res.body.paths[CALLBACKS].post;
      expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(
        expect.arrayContaining(['webhook-id', 'webhook-timestamp', 'webhook-signature']),
      );
      expect(Object.keys(operation.responses)).toEqual(
        expect.arrayContaining(['200', '400', '401']),
      );
    });
  });

  describe('applying events in the worker', () => {
    async function delivering(): Promise<{ code: string; trackingNumber: string; token: string }> {
      const citizen = await registerCitizen(api.http);
      const dossier = await fileDossier(api.http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
      const trackingNumber = `VN${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}VN`;
      await db.query(
        `UPDATE dossiers SET status = 'DELIVERING', delivery_method = 'POSTAL',
           delivery = jsonb_build_object('status', 'ACCEPTED', 'trackingNumber', $2::text,
             'updatedAt', now(), 'method', 'POSTAL')
         WHERE code = $1`,
        [dossier.code, trackingNumber],
      );
      return { code: dossier.code, trackingNumber, token: citizen.accessToken };
    }

    async function dossierState(code: string) {
      const [row] = await db.query('SELECT status, delivery FROM dossiers WHERE code = $1', [code]);
      return row as { status: string; delivery: Record<string, unknown> };
    }

    async function historyActions(code: string, token: string): Promise<string[]> {
      const res = await api.http
        .get(`/api/v1/dossiers/${code}/history`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      return res.body.items.map((item: { action: string }) => item.action);
    }

    it('moves forward only, returns the dossier on DELIVERED, and applies each event once', async () => {
      const { code, trackingNumber, token } = await delivering();
      const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

      const inTransit = await send({
        trackingNumber,
        reference: code,
        status: 'IN_TRANSIT',
        occurredAt: at(-30),
      });
      expect(inTransit.res.status).toBe(200);
      expect(await apply(inTransit.id)).toBe('applied');
      expect(await dossierState(code)).toMatchObject({
        status: 'DELIVERING',
        delivery: { status: 'IN_TRANSIT', trackingNumber, method: 'POSTAL' },
      });

      // arrives late, happened earlier: never a step back
      const pickedUp = await send({
        trackingNumber,
        reference: code,
        status: 'PICKED_UP',
        occurredAt: at(-60),
      });
      expect(await apply(pickedUp.id)).toBe('stale');
      expect((await dossierState(code)).delivery.status).toBe('IN_TRANSIT');

      const delivered = await send({
        trackingNumber,
        reference: code,
        status: 'DELIVERED',
        occurredAt: at(-1),
      });
      expect(await apply(delivered.id)).toBe('applied');
      const returned = await dossierState(code);
      expect(returned).toMatchObject({
        status: 'RETURNED',
        delivery: { status: 'DELIVERED', trackingNumber },
      });
      const history = await historyActions(code, token);
      expect(history.filter((action) => action === 'deliver')).toHaveLength(1);
      const [entry] = await db.query(
        `SELECT h.from_status, h.to_status, h.actor_role, h.actor_name, h.actor_id
         FROM dossier_history h JOIN dossiers d ON d.id = h.dossier_id
         WHERE d.code = $1 AND h.action = 'deliver'`,
        [code],
      );
      expect(entry).toEqual({
        from_status: 'DELIVERING',
        to_status: 'RETURNED',
        actor_role: 'SYSTEM',
        actor_name: 'Hệ thống',
        actor_id: null,
      });
      const events = await db.query(
        `SELECT payload FROM outbox WHERE type = 'dossier.deliver' AND payload->>'code' = $1`,
        [code],
      );
      expect(events).toHaveLength(1);
      expect(events[0].payload).toMatchObject({ fromStatus: 'DELIVERING', toStatus: 'RETURNED' });

      // the same job again (at-least-once delivery) and the same callback replayed
      await expect(applier.apply(delivered.id)).resolves.toBe('already-processed');
      const replay = await send(
        { trackingNumber, reference: code, status: 'DELIVERED' },
        { id: delivered.id },
      );
      expect(replay.res.status).toBe(200);
      expect(await stored(delivered.id)).toEqual({ inbox: 1, outbox: 1 });
      expect((await historyActions(code, token)).filter((a) => a === 'deliver')).toHaveLength(1);
      expect(await dossierState(code)).toEqual(returned);
    });

    it('puts the dossier back to RESULT_READY on RETURNED_TO_SENDER, showing it in delivery', async () => {
      const { code, trackingNumber, token } = await delivering();
      const { id } = await send({ trackingNumber, reference: code, status: 'RETURNED_TO_SENDER' });
      expect(await apply(id)).toBe('applied');
      expect(await dossierState(code)).toMatchObject({
        status: 'RESULT_READY',
        delivery: { status: 'RETURNED_TO_SENDER', trackingNumber },
      });
      const detail = await api.http
        .get(`/api/v1/dossiers/${code}`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(detail.body.status).toBe('RESULT_READY');
      expect(detail.body.delivery).toMatchObject({ status: 'RETURNED_TO_SENDER', trackingNumber });
      expect(await historyActions(code, token)).toContain('return-to-sender');

      // a late DELIVERED of the same shipment changes nothing (same rank: stale)
      const late = await send({ trackingNumber, reference: code, status: 'DELIVERED' });
      expect(await apply(late.id)).toBe('stale');
      expect((await dossierState(code)).status).toBe('RESULT_READY');
    });

    it('keeps an event for an unknown reference, with no effect', async () => {
      const { id } = await send({
        trackingNumber: 'VN000000000VN',
        reference: `000.00.00.H00-000000-${randomUUID().slice(0, 4)}`,
        status: 'DELIVERED',
      });
      expect(await apply(id)).toBe('unknown-reference');
      expect(await stored(id)).toEqual({ inbox: 1, outbox: 1 });
    });

    it('treats a tracking number that does not match the dossier as an unknown reference', async () => {
      const { code } = await delivering();
      const { id } = await send({
        trackingNumber: 'VN999999999VN',
        reference: code,
        status: 'DELIVERED',
      });
      expect(await apply(id)).toBe('unknown-reference');
      expect((await dossierState(code)).status).toBe('DELIVERING');
    });
  });
});
