// Standard Webhooks (https://www.standardwebhooks.com) symmetric signatures, dependency-free.
// Secret: `whsec_<base64>`; the HMAC key is the base64-decoded part.
// Headers: webhook-id, webhook-timestamp (Unix seconds),
// webhook-signature: space-separated list of `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`.
import { createHmac, timingSafeEqual } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

export type WebhookHeaders = Record<string, string | string[] | undefined>;

/** Decodes a `whsec_<base64>` secret (the prefix is optional, as in the reference libraries). */
export function webhookSecretKey(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = Buffer.from(encoded, 'base64');
  if (key.length === 0) throw new Error('Webhook secret is empty or not base64');
  return key;
}

function sign(key: Buffer, id: string, timestamp: number | string, body: string | Buffer): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
}

/** Returns the `webhook-signature` header value: `v1,<base64>`. */
export function signWebhook(
  secret: string,
  id: string,
  timestamp: number | string,
  body: string | Buffer,
): string {
  return `v1,${sign(webhookSecretKey(secret), id, timestamp, body).toString('base64')}`;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  let value = headers[name];
  if (value === undefined) {
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
    value = key === undefined ? undefined : headers[key];
  }
  if (Array.isArray(value)) value = value[0];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * True when the headers carry a valid v1 signature of rawBody (the exact bytes received)
 * and the timestamp is within toleranceSeconds of now. Never throws on bad input.
 */
export function verifyWebhook(
  secret: string,
  headers: WebhookHeaders,
  rawBody: string | Buffer,
  toleranceSeconds = 300,
  now: Date = new Date(),
): boolean {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures) return false;
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false;

  let key: Buffer;
  try {
    key = webhookSecretKey(secret);
  } catch {
    return false;
  }
  const expected = sign(key, id, timestamp, rawBody);
  let valid = false;
  for (const entry of signatures.split(' ')) {
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue;
    const given = Buffer.from(entry.slice(comma + 1), 'base64');
    // check every entry (no early exit) and compare in constant time
    if (given.length === expected.length && timingSafeEqual(given, expected)) valid = true;
  }
  return valid;
}
