import {
  DELIVERY_RANK,
  DELIVERY_STATUS_LABELS,
  DELIVERY_STATUSES,
  DeliveryStatus,
  deliveryRank,
  isDeliveryStatus,
  isFinalDelivery,
  isNewerDelivery,
} from './delivery-status';

describe('delivery status (forward-only rule)', () => {
  it('knows the seven statuses of the operator, each with a Vietnamese label and a rank', () => {
    expect(DELIVERY_STATUSES).toEqual([
      'ACCEPTED',
      'PICKED_UP',
      'IN_TRANSIT',
      'OUT_FOR_DELIVERY',
      'DELIVERY_FAILED',
      'DELIVERED',
      'RETURNED_TO_SENDER',
    ]);
    for (const status of DELIVERY_STATUSES) {
      expect(DELIVERY_STATUS_LABELS[status]).toMatch(/\S/);
      expect(DELIVERY_RANK[status]).toBeGreaterThan(0);
    }
  });

  it('moves forward along the normal path', () => {
    const path = [
      DeliveryStatus.Accepted,
      DeliveryStatus.PickedUp,
      DeliveryStatus.InTransit,
      DeliveryStatus.OutForDelivery,
      DeliveryStatus.DeliveryFailed,
      DeliveryStatus.Delivered,
    ];
    for (let i = 1; i < path.length; i++) {
      expect(isNewerDelivery(path[i - 1], path[i])).toBe(true);
      expect(isNewerDelivery(path[i], path[i - 1])).toBe(false);
    }
  });

  it('applies any known status when there is none yet (or an unknown one stored)', () => {
    expect(isNewerDelivery(null, 'ACCEPTED')).toBe(true);
    expect(isNewerDelivery('SOMETHING_ELSE', 'PICKED_UP')).toBe(true);
  });

  it('treats the same status again as stale', () => {
    expect(isNewerDelivery('IN_TRANSIT', 'IN_TRANSIT')).toBe(false);
  });

  it('never moves backwards from an out-of-order event', () => {
    expect(isNewerDelivery('IN_TRANSIT', 'PICKED_UP')).toBe(false);
    expect(isNewerDelivery('DELIVERED', 'OUT_FOR_DELIVERY')).toBe(false);
  });

  it('keeps the first terminal status: delivered and returned-to-sender do not replace each other', () => {
    expect(isNewerDelivery('DELIVERED', 'RETURNED_TO_SENDER')).toBe(false);
    expect(isNewerDelivery('RETURNED_TO_SENDER', 'DELIVERED')).toBe(false);
    expect(isNewerDelivery('DELIVERY_FAILED', 'RETURNED_TO_SENDER')).toBe(true);
    expect(isFinalDelivery('DELIVERED')).toBe(true);
    expect(isFinalDelivery('RETURNED_TO_SENDER')).toBe(true);
    expect(isFinalDelivery('DELIVERY_FAILED')).toBe(false);
    expect(isFinalDelivery(null)).toBe(false);
  });

  it('refuses unknown next statuses', () => {
    expect(isNewerDelivery(null, 'LOST')).toBe(false);
    expect(isNewerDelivery(null, 'toString')).toBe(false);
    expect(isDeliveryStatus('constructor')).toBe(false);
    expect(deliveryRank(undefined)).toBe(0);
  });
});
