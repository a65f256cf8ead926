/** Statuses of a shipment as the postal operator reports them (API.md "Postal operator"). */
export enum DeliveryStatus {
  Accepted = 'ACCEPTED',
  PickedUp = 'PICKED_UP',
  InTransit = 'IN_TRANSIT',
  OutForDelivery = 'OUT_FOR_DELIVERY',
  DeliveryFailed = 'DELIVERY_FAILED',
  Delivered = 'DELIVERED',
  ReturnedToSender = 'RETURNED_TO_SENDER',
}

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = Object.values(DeliveryStatus);

/** Labels shown to people. */
export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  [DeliveryStatus.Accepted]: 'Bưu điện đã nhận yêu cầu',
  [DeliveryStatus.PickedUp]: 'Bưu điện đã lấy hàng',
  [DeliveryStatus.InTransit]: 'Đang vận chuyển',
  [DeliveryStatus.OutForDelivery]: 'Đang giao hàng',
  [DeliveryStatus.DeliveryFailed]: 'Giao hàng không thành công',
  [DeliveryStatus.Delivered]: 'Đã giao thành công',
  [DeliveryStatus.ReturnedToSender]: 'Đã hoàn trả về cơ quan',
};

/**
 * How far along a shipment is. Events may arrive out of order; a delivery only moves to a
 * status of higher rank. DELIVERED and RETURNED_TO_SENDER are both terminal (same rank), so
 * neither replaces the other. A failed attempt ranks above OUT_FOR_DELIVERY; the operator's
 * next attempt after a failure is reported only by its final outcome (a later
 * OUT_FOR_DELIVERY, of lower rank, is ignored on purpose: the simple, documented rule is
 * "higher rank wins", equal or lower rank is stale).
 */
export const DELIVERY_RANK: Record<DeliveryStatus, number> = {
  [DeliveryStatus.Accepted]: 1,
  [DeliveryStatus.PickedUp]: 2,
  [DeliveryStatus.InTransit]: 3,
  [DeliveryStatus.OutForDelivery]: 4,
  [DeliveryStatus.DeliveryFailed]: 5,
  [DeliveryStatus.Delivered]: 6,
  [DeliveryStatus.ReturnedToSender]: 6,
};

export function isDeliveryStatus(value: unknown): value is DeliveryStatus {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DELIVERY_RANK, value);
}

/** Rank of a stored status; none (or one we do not know) ranks 0. */
export function deliveryRank(status: string | null | undefined): number {
  return isDeliveryStatus(status) ? DELIVERY_RANK[status] : 0;
}

/**
 * True when `next` should replace the `current` delivery status: strictly higher rank only.
 * An unknown `next` never applies.
 */
export function isNewerDelivery(current: string | null, next: string): boolean {
  if (!isDeliveryStatus(next)) return false;
  return DELIVERY_RANK[next] > deliveryRank(current);
}

/** Terminal: the shipment is over (delivered, or back at the agency). */
export function isFinalDelivery(status: string | null): boolean {
  return deliveryRank(status) === DELIVERY_RANK[DeliveryStatus.Delivered];
}
