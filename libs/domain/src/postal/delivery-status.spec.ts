import type { DeliveryPoint } from './delivery-status';
import {
  DELIVERY_STAGE,
  DELIVERY_STATUS_LABELS,
  DELIVERY_STATUSES,
  DeliveryStatus,
  deliveryStage,
  deliveryTransition,
  isDeliveryStatus,
  isFinalDelivery,
  isLaterDelivery,
} from './delivery-status';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 8, minute)).toISOString();
const point = (status: string, minute: number): DeliveryPoint => ({
  status,
  occurredAt: at(minute),
});

/** The delivery after applying `events` one by one, as the worker does. */
function fold(events: DeliveryPoint[], start: DeliveryPoint | null = null): DeliveryPoint | null {
  let current = start;
  for (const event of events) if (isLaterDelivery(current, event)) current = event;
  return current;
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('delivery status (forward only, by stage then occurredAt)', () => {
  it('knows the seven statuses of the operator, each with a Vietnamese label and a stage', () => {
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
      expect(DELIVERY_STAGE[status]).toBeGreaterThan(0);
    }
  });

  it('moves forward along the normal path, never back, whatever the clock says', () => {
    const path = ['ACCEPTED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'];
    for (let i = 1; i < path.length; i++) {
      expect(isLaterDelivery(point(path[i - 1], i), point(path[i], i + 1))).toBe(true);
      // a later stage wins even when the operator's clock put it earlier
      expect(isLaterDelivery(point(path[i - 1], i), point(path[i], 0))).toBe(true);
      expect(isLaterDelivery(point(path[i], i + 1), point(path[i - 1], i + 30))).toBe(false);
    }
  });

  it('applies any known status when there is none yet, or only our own flag', () => {
    expect(isLaterDelivery(null, point('ACCEPTED', 0))).toBe(true);
    expect(isLaterDelivery(point('DISPATCH_REFUSED', 5), point('PICKED_UP', 1))).toBe(true);
  });

  it('treats the same point again as stale, and the same status later as news', () => {
    expect(isLaterDelivery(point('IN_TRANSIT', 3), point('IN_TRANSIT', 3))).toBe(false);
    expect(isLaterDelivery(point('IN_TRANSIT', 3), point('IN_TRANSIT', 2))).toBe(false);
    expect(isLaterDelivery(point('IN_TRANSIT', 3), point('IN_TRANSIT', 9))).toBe(true);
  });

  it('follows failed attempts and new attempts by occurredAt', () => {
    expect(isLaterDelivery(point('OUT_FOR_DELIVERY', 4), point('DELIVERY_FAILED', 5))).toBe(true);
    // the next attempt after a failure
    expect(isLaterDelivery(point('DELIVERY_FAILED', 5), point('OUT_FOR_DELIVERY', 9))).toBe(true);
    // the first attempt's going-out, arriving late
    expect(isLaterDelivery(point('DELIVERY_FAILED', 5), point('OUT_FOR_DELIVERY', 4))).toBe(false);
    // same instant: the failure is the later of the two
    expect(isLaterDelivery(point('OUT_FOR_DELIVERY', 5), point('DELIVERY_FAILED', 5))).toBe(true);
    expect(isLaterDelivery(point('DELIVERY_FAILED', 5), point('OUT_FOR_DELIVERY', 5))).toBe(false);
    expect(isLaterDelivery(point('DELIVERY_FAILED', 5), point('RETURNED_TO_SENDER', 6))).toBe(true);
  });

  it('never replaces a final status, not even by the other final status', () => {
    expect(isLaterDelivery(point('DELIVERED', 5), point('RETURNED_TO_SENDER', 9))).toBe(false);
    expect(isLaterDelivery(point('RETURNED_TO_SENDER', 5), point('DELIVERED', 9))).toBe(false);
    expect(isLaterDelivery(point('DELIVERED', 5), point('OUT_FOR_DELIVERY', 9))).toBe(false);
    expect(isFinalDelivery('DELIVERED')).toBe(true);
    expect(isFinalDelivery('RETURNED_TO_SENDER')).toBe(true);
    expect(isFinalDelivery('DELIVERY_FAILED')).toBe(false);
    expect(isFinalDelivery(null)).toBe(false);
  });

  it('refuses unknown next statuses', () => {
    expect(isLaterDelivery(null, point('LOST', 1))).toBe(false);
    expect(isLaterDelivery(null, point('toString', 1))).toBe(false);
    expect(isDeliveryStatus('constructor')).toBe(false);
    expect(deliveryStage(undefined)).toBe(0);
  });

  it('ends in the same delivery whatever the order of arrival and however many duplicates', () => {
    const journeys: DeliveryPoint[][] = [
      [
        point('ACCEPTED', 0),
        point('PICKED_UP', 1),
        point('IN_TRANSIT', 2),
        point('OUT_FOR_DELIVERY', 3),
        point('DELIVERED', 4),
      ],
      [
        point('PICKED_UP', 1),
        point('OUT_FOR_DELIVERY', 3),
        point('DELIVERY_FAILED', 4),
        point('OUT_FOR_DELIVERY', 6),
        point('DELIVERY_FAILED', 7),
        point('RETURNED_TO_SENDER', 9),
      ],
      [point('IN_TRANSIT', 2), point('OUT_FOR_DELIVERY', 3), point('DELIVERY_FAILED', 4)],
    ];
    const ourRecord = point('ACCEPTED', 1);
    for (const journey of journeys) {
      const expected = journey[journey.length - 1];
      for (const order of permutations(journey)) {
        expect(fold(order)).toEqual(expected);
        expect(fold([...order, ...order.slice(0, 2)])).toEqual(expected);
        // our record of the acceptance, before or after the events: the same end
        expect(fold(order, ourRecord)).toEqual(expected);
        expect(fold([...order, ourRecord])).toEqual(expected);
      }
    }
  });

  it('moves the dossier on DELIVERED and RETURNED_TO_SENDER only while it is delivering', () => {
    expect(deliveryTransition('DELIVERING', 'DELIVERED')).toEqual({
      action: 'deliver',
      to: 'RETURNED',
    });
    expect(deliveryTransition('DELIVERING', 'RETURNED_TO_SENDER')).toEqual({
      action: 'return-to-sender',
      to: 'RESULT_READY',
    });
    expect(deliveryTransition('DELIVERING', DeliveryStatus.DeliveryFailed)).toBeNull();
    expect(deliveryTransition('DELIVERING', DeliveryStatus.InTransit)).toBeNull();
    expect(deliveryTransition('RESULT_READY', 'DELIVERED')).toBeNull();
  });
});
