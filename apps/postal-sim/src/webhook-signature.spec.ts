import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhook, webhookSecretKey } from './webhook-signature';

const KEY = Buffer.from('a-32-byte-test-key-for-webhooks!');
const SECRET = `whsec_${KEY.toString('base64')}`;
const ID = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
const TS = 1_764_000_000;
const BODY = '{"type":"shipment.status_changed","data":{"status":"DELIVERED"}}';
const NOW = new Date(TS * 1000);

function byHand(id: string, ts: number, body: string, key = KEY): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64')}`;
}

function headers(signature: string, ts: number | string = TS, id = ID) {
  return { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signature };
}

describe('webhook signature (Standard Webhooks)', () => {
  it('decodes the whsec_ secret to the HMAC key', () => {
    expect(webhookSecretKey(SECRET).equals(KEY)).toBe(true);
    expect(() => webhookSecretKey('whsec_')).toThrow();
  });

  it('signs like a hand-computed HMAC-SHA256 of "id.timestamp.body"', () => {
    expect(signWebhook(SECRET, ID, TS, BODY)).toBe(byHand(ID, TS, BODY));
    expect(signWebhook(SECRET, ID, String(TS), Buffer.from(BODY))).toBe(byHand(ID, TS, BODY));
  });

  it('matches the published Standard Webhooks test vector', () => {
    // from the standard-webhooks reference libraries' test suites
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const sig = signWebhook(
      secret,
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(sig).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verifies a valid signature', () => {
    expect(verifyWebhook(SECRET, headers(byHand(ID, TS, BODY)), BODY, 300, NOW)).toBe(true);
    expect(verifyWebhook(SECRET, headers(byHand(ID, TS, BODY)), Buffer.from(BODY), 300, NOW)).toBe(
      true,
    );
  });

  it('accepts any one of several space-separated signatures, ignoring other versions', () => {
    const other = byHand(ID, TS, BODY, Buffer.from('another key, e.g. before rotation'));
    const list = `v1a,c29tZXRoaW5n ${other} ${byHand(ID, TS, BODY)}`;
    expect(verifyWebhook(SECRET, headers(list), BODY, 300, NOW)).toBe(true);
    expect(verifyWebhook(SECRET, headers(`v1a,c29tZXRoaW5n ${other}`), BODY, 300, NOW)).toBe(false);
  });

  it('rejects a tampered body, timestamp or id', () => {
    const sig = byHand(ID, TS, BODY);
    expect(
      verifyWebhook(SECRET, headers(sig), BODY.replace('DELIVERED', 'RETURNED'), 300, NOW),
    ).toBe(false);
    expect(verifyWebhook(SECRET, headers(sig, TS + 1), BODY, 300, NOW)).toBe(false);
    expect(verifyWebhook(SECRET, headers(sig, TS, 'msg_other'), BODY, 300, NOW)).toBe(false);
  });

  it('rejects a wrong secret', () => {
    const wrong = `whsec_${Buffer.from('some other secret').toString('base64')}`;
    expect(verifyWebhook(wrong, headers(byHand(ID, TS, BODY)), BODY, 300, NOW)).toBe(false);
  });

  it('rejects a stale or future timestamp beyond the tolerance', () => {
    const sig = byHand(ID, TS, BODY);
    expect(verifyWebhook(SECRET, headers(sig), BODY, 300, new Date((TS + 300) * 1000))).toBe(true);
    expect(verifyWebhook(SECRET, headers(sig), BODY, 300, new Date((TS + 301) * 1000))).toBe(false);
    expect(verifyWebhook(SECRET, headers(sig), BODY, 300, new Date((TS - 301) * 1000))).toBe(false);
    // default "now" is the real clock: a 2025 timestamp is long stale
    expect(verifyWebhook(SECRET, headers(sig), BODY)).toBe(false);
  });

  it('rejects missing or malformed headers without throwing', () => {
    const sig = byHand(ID, TS, BODY);
    expect(verifyWebhook(SECRET, {}, BODY, 300, NOW)).toBe(false);
    expect(
      verifyWebhook(SECRET, { ...headers(sig), 'webhook-id': undefined }, BODY, 300, NOW),
    ).toBe(false);
    expect(verifyWebhook(SECRET, headers(sig, 'abc'), BODY, 300, NOW)).toBe(false);
    expect(verifyWebhook(SECRET, headers('v1,'), BODY, 300, NOW)).toBe(false);
    expect(verifyWebhook(SECRET, headers('garbage'), BODY, 300, NOW)).toBe(false);
    expect(verifyWebhook('whsec_', headers(sig), BODY, 300, NOW)).toBe(false);
  });

  it('reads headers case-insensitively and from arrays', () => {
    const sig = byHand(ID, TS, BODY);
    const mixed = { 'Webhook-Id': [ID], 'Webhook-Timestamp': String(TS), 'Webhook-Signature': sig };
    expect(verifyWebhook(SECRET, mixed, BODY, 300, NOW)).toBe(true);
  });
});
