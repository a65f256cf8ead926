import type { PostalSimulator } from '../../../postal-sim/src/simulator';
import { createPostalSimulator } from '../../../postal-sim/src/simulator';
import type { ShipmentRequest } from './postal-operator';
import {
  dispatchBackoffMs,
  HttpPostalOperator,
  PostalOperatorRefusedError,
  PostalOperatorUnavailableError,
  retryAfterMs,
} from './postal-operator';

const request = (reference: string, name = 'Nguyễn Văn An'): ShipmentRequest => ({
  reference,
  recipient: {
    name,
    phone: '0912345678',
    street: 'Số 1 Tràng Tiền',
    ward: 'Phường Tràng Tiền',
    district: 'Quận Hoàn Kiếm',
    province: 'Hà Nội',
  },
  sender: { agencyCode: '000.00.00.H00', agencyName: 'UBND quận Ba Đình' },
  callbackUrl: 'http://127.0.0.1:9/api/v1/postal/callbacks',
});

describe('HttpPostalOperator against the postal simulator', () => {
  let sim: PostalSimulator;
  let url: string;

  beforeAll(async () => {
    sim = createPostalSimulator({
      apiKey: 'k',
      webhookSecret: 'whsec_c2VjcmV0',
      stepMs: 60_000,
      callbackRetries: 0,
    });
    url = await sim.listen(0, '127.0.0.1');
  });
  afterAll(() => sim.close());

  it('creates one shipment per idempotency key', async () => {
    const operator = new HttpPostalOperator(url, 'k');
    const first = await operator.createShipment(
      request('000.00.00.H00-261126-0001'),
      '000.00.00.H00-261126-0001',
    );
    const again = await operator.createShipment(
      request('000.00.00.H00-261126-0001'),
      '000.00.00.H00-261126-0001',
    );
    expect(first.trackingNumber).toMatch(/^[A-Z]{2}\d{9}VN$/);
    expect(again.trackingNumber).toBe(first.trackingNumber);
    expect(sim.shipments().filter((s) => s.reference === '000.00.00.H00-261126-0001')).toHaveLength(
      1,
    );
  });

  it('reports a 503 as worth retrying, and a refusal as final', async () => {
    const operator = new HttpPostalOperator(url, 'k');
    await expect(
      operator.createShipment(request('X-1', 'FAIL-503 An'), 'X-1'),
    ).rejects.toBeInstanceOf(PostalOperatorUnavailableError);
    await expect(
      operator.createShipment(request('X-1', 'FAIL-503 An'), 'X-1'),
    ).resolves.toMatchObject({
      status: 'ACCEPTED',
    });
    const wrongKey = new HttpPostalOperator(url, 'not-the-key');
    await expect(wrongKey.createShipment(request('X-2'), 'X-2')).rejects.toBeInstanceOf(
      PostalOperatorRefusedError,
    );
  });

  it('reports an unreachable operator as worth retrying', async () => {
    const operator = new HttpPostalOperator('http://127.0.0.1:9', 'k');
    await expect(operator.createShipment(request('X-3'), 'X-3')).rejects.toBeInstanceOf(
      PostalOperatorUnavailableError,
    );
  });
});

describe('dispatch retries', () => {
  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Thu, 26 Nov 2026 08:01:00 GMT', Date.parse('2026-11-26T08:00:00Z'))).toBe(
      60_000,
    );
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped, and honours Retry-After', () => {
    expect(dispatchBackoffMs(1, undefined, () => 0)).toBe(1_000);
    expect(dispatchBackoffMs(1, undefined, () => 1)).toBe(2_000);
    expect(dispatchBackoffMs(4, undefined, () => 1)).toBe(16_000);
    expect(dispatchBackoffMs(30, undefined, () => 1)).toBe(15 * 60_000);
    const asked = new PostalOperatorUnavailableError('429', 90_000);
    expect(dispatchBackoffMs(1, asked, () => 1)).toBe(90_000);
  });
});
