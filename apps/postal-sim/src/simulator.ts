// Postal-operator simulator: the operator's side of the interface in docs/api.md, "Postal operator".
// A dev tool, never started in production. State lives in memory only.
import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import Fastify from 'fastify';
import { signWebhook } from './webhook-signature';

/** Fixed development secret (32 bytes, base64). Never use it outside development. */
export const POSTAL_SIM_DEV_WEBHOOK_SECRET = 'whsec_bW90Y3VhLXBvc3RhbC1zaW0tZGV2LXNlY3JldC1rZXk=';
export const POSTAL_SIM_DEV_API_KEY = 'dev-postal-key';
export const POSTAL_SIM_DEFAULT_PORT = 4010;
export const POSTAL_SIM_DEFAULT_STEP_MS = 3000;

export type ShipmentStatus =
  | 'ACCEPTED'
  | 'PICKED_UP'
  | 'IN_TRANSIT'
  | 'OUT_FOR_DELIVERY'
  | 'DELIVERED'
  | 'DELIVERY_FAILED'
  | 'RETURNED_TO_SENDER';

export const DELIVERED_PATH: readonly ShipmentStatus[] = [
  'ACCEPTED',
  'PICKED_UP',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
];
export const RETURNED_PATH: readonly ShipmentStatus[] = [
  'ACCEPTED',
  'PICKED_UP',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERY_FAILED',
  'RETURNED_TO_SENDER',
];

const NOTES: Partial<Record<ShipmentStatus, string>> = {
  DELIVERY_FAILED: 'Phát không thành công: người nhận vắng nhà',
  RETURNED_TO_SENDER: 'Chuyển hoàn về cơ quan gửi',
};

export interface Recipient {
  name: string;
  phone: string;
  street: string;
  ward: string;
  /** Optional: districts were abolished on 1 July 2025; older addresses may still carry one. */
  district?: string;
  province: string;
}

export interface Sender {
  agencyCode: string;
  agencyName: string;
}

export interface ShipmentEvent {
  trackingNumber: string;
  reference: string;
  status: ShipmentStatus;
  occurredAt: string;
  note?: string;
}

export interface Shipment {
  trackingNumber: string;
  idempotencyKey: string;
  reference: string;
  recipient: Recipient;
  sender: Sender;
  callbackUrl: string;
  status: ShipmentStatus;
  createdAt: string;
  history: ShipmentEvent[];
  callbacks: { delivered: number; failed: number };
}

export interface SimulatorOptions {
  apiKey: string;
  webhookSecret: string;
  /** Time between two status steps. */
  stepMs: number;
  /** Extra attempts after a failed callback (default 4). */
  callbackRetries?: number;
  /** First retry delay, doubled on each attempt (default 500 ms). */
  callbackBackoffMs?: number;
  /** Per-attempt timeout of a callback POST (default 5000 ms). */
  callbackTimeoutMs?: number;
  /** Delay before answering `POST /shipments`, after the shipment is created (default 0). */
  responseDelayMs?: number;
  logger?: FastifyServerOptions['logger'];
}

export interface SimulatorConfig extends SimulatorOptions {
  port: number;
  host: string;
}

export interface PostalSimulator {
  app: FastifyInstance;
  /** Snapshot of the shipments created so far. */
  shipments(): Shipment[];
  /** Starts listening; returns the base URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops timers, aborts in-flight callbacks and closes the server. Idempotent. */
  close(): Promise<void>;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be an integer >= 0`);
  return parsed;
}

export function loadSimulatorConfig(env: NodeJS.ProcessEnv): SimulatorConfig {
  return {
    port: positiveInt(env.POSTAL_SIM_PORT, POSTAL_SIM_DEFAULT_PORT, 'POSTAL_SIM_PORT'),
    host: env.POSTAL_SIM_HOST || '0.0.0.0',
    apiKey: env.POSTAL_API_KEY || POSTAL_SIM_DEV_API_KEY,
    webhookSecret: env.POSTAL_WEBHOOK_SECRET || POSTAL_SIM_DEV_WEBHOOK_SECRET,
    stepMs: positiveInt(env.POSTAL_SIM_STEP_MS, POSTAL_SIM_DEFAULT_STEP_MS, 'POSTAL_SIM_STEP_MS'),
  };
}

/** UPU S10 identifier: 2-letter service indicator, 8-digit serial, check digit, country code. */
export function s10TrackingNumber(serial: number, service = 'EB', country = 'VN'): string {
  const digits = String(Math.trunc(serial) % 100_000_000).padStart(8, '0');
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  let check = 11 - (sum % 11);
  if (check === 10) check = 0;
  else if (check === 11) check = 5;
  return `${service}${digits}${check}${country}`;
}

const RECIPIENT_FIELDS = ['name', 'phone', 'street', 'ward', 'province'] as const;
const SENDER_FIELDS = ['agencyCode', 'agencyName'] as const;

interface CreateShipmentBody {
  reference: string;
  recipient: Recipient;
  sender: Sender;
  callbackUrl: string;
}

function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the list of missing or invalid fields (empty when the body is valid). */
export function validateShipmentBody(body: unknown): string[] {
  if (!isObject(body)) return ['body'];
  const invalid: string[] = [];
  if (!isFilled(body.reference)) invalid.push('reference');
  const recipient = isObject(body.recipient) ? body.recipient : {};
  for (const f of RECIPIENT_FIELDS) if (!isFilled(recipient[f])) invalid.push(`recipient.${f}`);
  // a district is optional (abolished on 1 July 2025), but text when sent
  if (recipient.district !== undefined && typeof recipient.district !== 'string')
    invalid.push('recipient.district');
  const sender = isObject(body.sender) ? body.sender : {};
  for (const f of SENDER_FIELDS) if (!isFilled(sender[f])) invalid.push(`sender.${f}`);
  let urlOk = false;
  if (isFilled(body.callbackUrl)) {
    try {
      urlOk = ['http:', 'https:'].includes(new URL(body.callbackUrl).protocol);
    } catch {
      urlOk = false;
    }
  }
  if (!urlOk) invalid.push('callbackUrl');
  return invalid;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createPostalSimulator(options: SimulatorOptions): PostalSimulator {
  const retries = options.callbackRetries ?? 4;
  const backoffMs = options.callbackBackoffMs ?? 500;
  const timeoutMs = options.callbackTimeoutMs ?? 5000;
  const app = Fastify({ logger: options.logger ?? false });

  const byTracking = new Map<string, Shipment>();
  const byIdempotencyKey = new Map<string, Shipment>();
  const paths = new Map<string, readonly ShipmentStatus[]>();
  const outboxes = new Map<string, Promise<void>>();
  const failedOnce = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  const sleepers = new Set<() => void>();
  const abort = new AbortController();
  // one listener per shipment in flight: many is normal here, not a leak
  setMaxListeners(0, abort.signal);
  let serial = randomInt(10_000_000, 90_000_000);
  let closed = false;
  let closing: Promise<void> | undefined;

  const schedule = (ms: number, fn: () => void): void => {
    if (closed) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (closed) return resolve();
      const wake = (): void => {
        sleepers.delete(wake);
        resolve();
      };
      sleepers.add(wake);
      schedule(ms, wake);
    });

  async function deliver(shipment: Shipment, event: ShipmentEvent): Promise<void> {
    const id = `msg_${randomUUID()}`;
    const body = JSON.stringify({ type: 'shipment.status_changed', data: event });
    const log = app.log.child({
      webhookId: id,
      trackingNumber: shipment.trackingNumber,
      status: event.status,
    });
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      if (closed) return;
      // same webhook-id on every attempt, fresh timestamp and signature
      const timestamp = Math.floor(Date.now() / 1000);
      try {
        const response = await fetch(shipment.callbackUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'webhook-id': id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signWebhook(options.webhookSecret, id, timestamp, body),
          },
          body,
          signal: AbortSignal.any([abort.signal, AbortSignal.timeout(timeoutMs)]),
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) {
          shipment.callbacks.delivered++;
          log.info({ attempt }, 'callback delivered');
          return;
        }
        log.warn({ attempt, statusCode: response.status }, 'callback rejected');
      } catch (error) {
        if (closed) return;
        log.warn({ attempt, err: (error as Error).message }, 'callback failed');
      }
      if (attempt <= retries) await sleep(backoffMs * 2 ** (attempt - 1));
    }
    shipment.callbacks.failed++;
    log.error({ attempts: retries + 1 }, 'callback given up');
  }

  function record(shipment: Shipment, status: ShipmentStatus): void {
    const event: ShipmentEvent = {
      trackingNumber: shipment.trackingNumber,
      reference: shipment.reference,
      status,
      occurredAt: new Date().toISOString(),
      ...(NOTES[status] ? { note: NOTES[status] } : {}),
    };
    shipment.status = status;
    shipment.history.push(event);
    // one outbox per shipment keeps callbacks in order even while one is being retried
    const previous = outboxes.get(shipment.trackingNumber) ?? Promise.resolve();
    const next = previous.then(() => deliver(shipment, event)).catch(() => undefined);
    outboxes.set(shipment.trackingNumber, next);
  }

  function advance(shipment: Shipment): void {
    const path = paths.get(shipment.trackingNumber) ?? DELIVERED_PATH;
    const index = path.indexOf(shipment.status);
    if (index < 0 || index === path.length - 1) return;
    record(shipment, path[index + 1]);
    if (index + 1 < path.length - 1) schedule(options.stepMs, () => advance(shipment));
  }

  function publicView(shipment: Shipment): Shipment {
    return structuredClone(shipment);
  }

  app.get('/health', async () => ({ status: 'ok', shipments: byTracking.size }));

  app.register(async (authed) => {
    authed.addHook('onRequest', async (request, reply) => {
      const auth = request.headers.authorization ?? '';
      if (!sameSecret(auth, `Bearer ${options.apiKey}`)) {
        return reply.code(401).send({ error: 'Unauthorized', message: 'Invalid API key' });
      }
    });

    authed.post('/shipments', async (request, reply) => {
      const rawKey = request.headers['idempotency-key'];
      const key = Array.isArray(rawKey) ? rawKey[0] : rawKey;
      if (!isFilled(key)) {
        return reply
          .code(400)
          .send({ error: 'Bad Request', message: 'Idempotency-Key header is required' });
      }
      const invalid = validateShipmentBody(request.body);
      if (invalid.length > 0) {
        return reply.code(400).send({
          error: 'Bad Request',
          message: `Missing or invalid fields: ${invalid.join(', ')}`,
          fields: invalid,
        });
      }
      const body = request.body as CreateShipmentBody;

      // fault injection: the first attempt for such a reference fails like an overloaded operator
      if (
        (body.reference.includes('FAIL-503') || body.recipient.name.includes('FAIL-503')) &&
        !failedOnce.has(body.reference)
      ) {
        failedOnce.add(body.reference);
        request.log.warn({ reference: body.reference }, 'injected 503');
        return reply
          .code(503)
          .send({ error: 'Service Unavailable', message: 'Injected fault (FAIL-503)' });
      }

      const existing = byIdempotencyKey.get(key);
      if (existing) {
        if (existing.reference !== body.reference) {
          return reply.code(422).send({
            error: 'Unprocessable Entity',
            message: 'Idempotency-Key already used with a different reference',
          });
        }
        return reply
          .code(200)
          .send({ trackingNumber: existing.trackingNumber, status: 'ACCEPTED' });
      }

      let trackingNumber = s10TrackingNumber(serial++);
      while (byTracking.has(trackingNumber)) trackingNumber = s10TrackingNumber(serial++);
      const shipment: Shipment = {
        trackingNumber,
        idempotencyKey: key,
        reference: body.reference,
        recipient: {
          ...(Object.fromEntries(
            RECIPIENT_FIELDS.map((f) => [f, body.recipient[f]]),
          ) as unknown as Recipient),
          ...(isFilled(body.recipient.district) ? { district: body.recipient.district } : {}),
        },
        sender: { agencyCode: body.sender.agencyCode, agencyName: body.sender.agencyName },
        callbackUrl: body.callbackUrl,
        status: 'ACCEPTED',
        createdAt: new Date().toISOString(),
        history: [],
        callbacks: { delivered: 0, failed: 0 },
      };
      const returns = body.reference.includes('RETURN') || body.recipient.name.includes('RETURN');
      paths.set(trackingNumber, returns ? RETURNED_PATH : DELIVERED_PATH);
      byTracking.set(trackingNumber, shipment);
      byIdempotencyKey.set(key, shipment);
      // the ACCEPTED callback goes out only once the client has its 201 (and the tracking number)
      outboxes.set(
        trackingNumber,
        new Promise<void>((resolve) => {
          reply.raw.once('close', () => resolve());
          abort.signal.addEventListener('abort', () => resolve(), { once: true });
        }),
      );
      record(shipment, 'ACCEPTED');
      schedule(options.stepMs, () => advance(shipment));
      request.log.info({ trackingNumber, reference: body.reference, returns }, 'shipment accepted');
      // a slow operator: the shipment exists before the caller hears of it (the crash window
      // that idempotency keys exist for)
      if (options.responseDelayMs) await new Promise((r) => setTimeout(r, options.responseDelayMs));
      return reply.code(201).send({ trackingNumber, status: 'ACCEPTED' });
    });

    authed.get('/shipments', async () => ({
      items: [...byTracking.values()].map(publicView),
    }));

    authed.get<{ Params: { trackingNumber: string } }>(
      '/shipments/:trackingNumber',
      async (request, reply) => {
        const shipment = byTracking.get(request.params.trackingNumber);
        if (!shipment) return reply.code(404).send({ error: 'Not Found' });
        return publicView(shipment);
      },
    );
  });

  return {
    app,
    shipments: () => [...byTracking.values()].map(publicView),
    async listen(port: number, host = '127.0.0.1'): Promise<string> {
      return app.listen({ port, host });
    },
    close(): Promise<void> {
      closing ??= (async () => {
        closed = true;
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        abort.abort();
        for (const wake of [...sleepers]) wake();
        await Promise.allSettled([...outboxes.values()]);
        await app.close();
      })();
      return closing;
    },
  };
}
