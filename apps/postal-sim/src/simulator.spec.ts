// Real HTTP on ephemeral ports: the simulator, and a local receiver standing in for the API's
// POST /postal/callbacks. No mocks.
import type { FastifyInstance } from 'fastify';
import Fastify from 'fastify';
import type { PostalSimulator, ShipmentEvent } from './simulator';
import {
  createPostalSimulator,
  loadSimulatorConfig,
  POSTAL_SIM_DEV_API_KEY,
  POSTAL_SIM_DEV_WEBHOOK_SECRET,
  s10TrackingNumber,
} from './simulator';
import { verifyWebhook } from './webhook-signature';

const API_KEY = 'test-postal-key';
const SECRET = POSTAL_SIM_DEV_WEBHOOK_SECRET;

interface Received {
  valid: boolean;
  webhookId: string;
  body: { type: string; data: ShipmentEvent };
}

function shipmentBody(reference: string, callbackUrl: string, name = 'Nguyễn Văn An') {
  return {
    reference,
    recipient: {
      name,
      phone: '0912345678',
      street: '12 Lê Lợi',
      ward: 'Phường Bến Nghé',
      district: 'Quận 1',
      province: 'Thành phố Hồ Chí Minh',
    },
    sender: { agencyCode: 'UBND-Q1', agencyName: 'UBND Quận 1' },
    callbackUrl,
  };
}

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('postal simulator over HTTP', () => {
  let simulator: PostalSimulator;
  let receiver: FastifyInstance;
  let baseUrl: string;
  let callbackUrl: string;
  const received: Received[] = [];
  /** references whose callbacks answer 500 this many more times */
  const failCallbacks = new Map<string, number>();

  beforeAll(async () => {
    receiver = Fastify();
    receiver.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) =>
      done(null, body),
    );
    receiver.post('/postal/callbacks', async (request, reply) => {
      const raw = request.body as string;
      const body = JSON.parse(raw) as Received['body'];
      const left = failCallbacks.get(body.data.reference) ?? 0;
      if (left > 0) {
        failCallbacks.set(body.data.reference, left - 1);
        return reply.code(500).send({ error: 'try later' });
      }
      received.push({
        valid: verifyWebhook(SECRET, request.headers, raw),
        webhookId: String(request.headers['webhook-id']),
        body,
      });
      return reply.code(204).send();
    });
    callbackUrl = `${await receiver.listen({ port: 0, host: '127.0.0.1' })}/postal/callbacks`;

    simulator = createPostalSimulator({
      ...loadSimulatorConfig({ POSTAL_API_KEY: API_KEY, POSTAL_SIM_STEP_MS: '50' }),
      callbackBackoffMs: 20,
    });
    baseUrl = await simulator.listen(0);
  });

  afterAll(async () => {
    await simulator?.close();
    await receiver?.close();
  });

  const post = (body: unknown, key: string, apiKey = API_KEY) =>
    fetch(`${baseUrl}/shipments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${apiKey}`,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify(body),
    });

  const eventsFor = (reference: string) =>
    received.filter((r) => r.body.data.reference === reference);

  it('reads its configuration from the environment with dev defaults', () => {
    expect(loadSimulatorConfig({})).toMatchObject({
      port: 4010,
      apiKey: POSTAL_SIM_DEV_API_KEY,
      webhookSecret: POSTAL_SIM_DEV_WEBHOOK_SECRET,
      stepMs: 3000,
    });
    expect(() => loadSimulatorConfig({ POSTAL_SIM_STEP_MS: 'soon' })).toThrow();
  });

  it('makes UPU S10 tracking numbers with a valid check digit', () => {
    expect(s10TrackingNumber(47312482, 'RR', 'GB')).toBe('RR473124829GB');
    expect(s10TrackingNumber(12345678)).toMatch(/^EB12345678\dVN$/);
  });

  it('answers /health without a key', async () => {
    const res = await fetch(`${baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('rejects a missing or wrong API key with 401', async () => {
    const res = await post(shipmentBody('HS-401', callbackUrl), 'HS-401', 'wrong');
    expect(res.status).toBe(401);
    const get = await fetch(`${baseUrl}/shipments`);
    expect(get.status).toBe(401);
    expect(simulator.shipments().some((s) => s.reference === 'HS-401')).toBe(false);
  });

  it('rejects missing fields and a missing Idempotency-Key with 400', async () => {
    const body = shipmentBody('HS-400', callbackUrl) as Record<string, unknown>;
    delete body.sender;
    const res = await post({ ...body, callbackUrl: 'not a url' }, 'HS-400');
    expect(res.status).toBe(400);
    expect((await res.json()).fields).toEqual(
      expect.arrayContaining(['sender.agencyCode', 'sender.agencyName', 'callbackUrl']),
    );
    const noKey = await post(shipmentBody('HS-400', callbackUrl), '');
    expect(noKey.status).toBe(400);
  });

  it('accepts an address without a district (abolished on 1 July 2025), and keeps one sent', async () => {
    const body = shipmentBody('HS-NO-DISTRICT', callbackUrl);
    const { district, ...today } = body.recipient;
    const res = await post({ ...body, recipient: today }, 'HS-NO-DISTRICT');
    expect(res.status).toBe(201);
    const stored = simulator.shipments().find((s) => s.reference === 'HS-NO-DISTRICT');
    expect(stored?.recipient).toEqual(today);
    const older = await post(shipmentBody('HS-DISTRICT', callbackUrl), 'HS-DISTRICT');
    expect(older.status).toBe(201);
    const kept = simulator.shipments().find((s) => s.reference === 'HS-DISTRICT');
    expect(kept?.recipient.district).toBe(district);
    const wrong = await post(
      { ...body, recipient: { ...today, district: 7 } },
      'HS-DISTRICT-WRONG',
    );
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).fields).toEqual(['recipient.district']);
  });

  it('creates a shipment once per Idempotency-Key and delivers five signed statuses in order', async () => {
    const ref = 'G01.001-241126-0001';
    const first = await post(shipmentBody(ref, callbackUrl), ref);
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toEqual({
      trackingNumber: expect.stringMatching(/^EB\d{9}VN$/),
      status: 'ACCEPTED',
    });

    const again = await post(shipmentBody(ref, callbackUrl), ref);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(created);
    expect(simulator.shipments().filter((s) => s.reference === ref)).toHaveLength(1);

    const other = await post(shipmentBody('another-ref', callbackUrl), ref);
    expect(other.status).toBe(422);

    await waitFor(() => eventsFor(ref).length >= 5);
    const events = eventsFor(ref);
    expect(events.map((e) => e.body.data.status)).toEqual([
      'ACCEPTED',
      'PICKED_UP',
      'IN_TRANSIT',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
    ]);
    for (const e of events) {
      expect(e.valid).toBe(true);
      expect(e.body.type).toBe('shipment.status_changed');
      expect(e.body.data).toMatchObject({ trackingNumber: created.trackingNumber, reference: ref });
      expect(Number.isNaN(Date.parse(e.body.data.occurredAt))).toBe(false);
    }
    expect(new Set(events.map((e) => e.webhookId)).size).toBe(5);

    const state = await fetch(`${baseUrl}/shipments/${created.trackingNumber}`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect(state.status).toBe(200);
    const shipment = await state.json();
    expect(shipment).toMatchObject({
      trackingNumber: created.trackingNumber,
      reference: ref,
      status: 'DELIVERED',
      callbacks: { delivered: 5, failed: 0 },
    });
    // (fetch's JSON arrays come from another realm than Jest's, so no expect.any(Array))
    expect(shipment.history.map((e: ShipmentEvent) => e.status)).toEqual(
      events.map((e) => e.body.data.status),
    );
    const missing = await fetch(`${baseUrl}/shipments/EB000000000VN`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect(missing.status).toBe(404);
  });

  it('answers 503 once for a FAIL-503 reference, then succeeds', async () => {
    const ref = 'HS-FAIL-503-1';
    const first = await post(shipmentBody(ref, callbackUrl), ref);
    expect(first.status).toBe(503);
    expect(simulator.shipments().some((s) => s.reference === ref)).toBe(false);
    const retry = await post(shipmentBody(ref, callbackUrl), ref);
    expect(retry.status).toBe(201);
    const third = await post(shipmentBody(ref, callbackUrl), ref);
    expect(third.status).toBe(200);
    expect(simulator.shipments().filter((s) => s.reference === ref)).toHaveLength(1);
  });

  it('ends with DELIVERY_FAILED then RETURNED_TO_SENDER for RETURN', async () => {
    const byRef = 'HS-RETURN-1';
    const byName = 'HS-NAME-1';
    expect((await post(shipmentBody(byRef, callbackUrl), byRef)).status).toBe(201);
    expect(
      (await post(shipmentBody(byName, callbackUrl, 'RETURN Trần Thị B'), byName)).status,
    ).toBe(201);
    await waitFor(() => eventsFor(byRef).length >= 6 && eventsFor(byName).length >= 6);
    for (const ref of [byRef, byName]) {
      const statuses = eventsFor(ref).map((e) => e.body.data.status);
      expect(statuses).toEqual([
        'ACCEPTED',
        'PICKED_UP',
        'IN_TRANSIT',
        'OUT_FOR_DELIVERY',
        'DELIVERY_FAILED',
        'RETURNED_TO_SENDER',
      ]);
      expect(eventsFor(ref).every((e) => e.valid)).toBe(true);
      expect(eventsFor(ref)[5].body.data.note).toEqual(expect.any(String));
    }
  });

  it('retries a failed callback with backoff and keeps the order', async () => {
    const ref = 'HS-RETRY-1';
    failCallbacks.set(ref, 2); // the ACCEPTED callback fails twice
    expect((await post(shipmentBody(ref, callbackUrl), ref)).status).toBe(201);
    await waitFor(() => eventsFor(ref).length >= 5);
    expect(eventsFor(ref).map((e) => e.body.data.status)).toEqual([
      'ACCEPTED',
      'PICKED_UP',
      'IN_TRANSIT',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
    ]);
  });

  it('gives up on an unreachable callback URL without crashing', async () => {
    const ref = 'HS-DEAD-1';
    const dead = 'http://127.0.0.1:9/postal/callbacks';
    const res = await post(shipmentBody(ref, dead), ref);
    expect(res.status).toBe(201);
    await waitFor(
      () => simulator.shipments().find((s) => s.reference === ref)!.callbacks.failed > 0,
    );
    const health = await fetch(`${baseUrl}/health`);
    expect(health.status).toBe(200);
  });

  it('stops its timers on close', async () => {
    const local = createPostalSimulator({
      apiKey: API_KEY,
      webhookSecret: SECRET,
      stepMs: 60_000,
    });
    const url = await local.listen(0);
    const res = await fetch(`${url}/shipments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${API_KEY}`,
        'content-type': 'application/json',
        'idempotency-key': 'HS-CLOSE',
      },
      body: JSON.stringify(shipmentBody('HS-CLOSE', callbackUrl)),
    });
    expect(res.status).toBe(201);
    const started = Date.now();
    await local.close();
    await local.close(); // idempotent
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
