import { DossierStatus } from '../dossiers/dossier-status';

/** Statuses of a shipment as the postal operator reports them (`docs/api.md`, "Postal operator"). */
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
 * The operator's order of statuses: a shipment is accepted, picked up, carried, taken out for
 * delivery, and ends delivered or back at the agency. A delivery attempt may fail and be
 * tried again, so OUT_FOR_DELIVERY and DELIVERY_FAILED share a stage and alternate; between
 * them `occurredAt` decides. DELIVERED and RETURNED_TO_SENDER are the last stage.
 */
export const DELIVERY_STAGE: Record<DeliveryStatus, number> = {
  [DeliveryStatus.Accepted]: 1,
  [DeliveryStatus.PickedUp]: 2,
  [DeliveryStatus.InTransit]: 3,
  [DeliveryStatus.OutForDelivery]: 4,
  [DeliveryStatus.DeliveryFailed]: 4,
  [DeliveryStatus.Delivered]: 5,
  [DeliveryStatus.ReturnedToSender]: 5,
};

/** Within one stage and one instant: a failed attempt comes after the going out. */
const SAME_INSTANT_ORDER: Partial<Record<DeliveryStatus, number>> = {
  [DeliveryStatus.DeliveryFailed]: 1,
};

export function isDeliveryStatus(value: unknown): value is DeliveryStatus {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DELIVERY_STAGE, value);
}

/** Stage of a stored status; none (or one we do not know, e.g. DISPATCH_REFUSED) is stage 0. */
export function deliveryStage(status: string | null | undefined): number {
  return isDeliveryStatus(status) ? DELIVERY_STAGE[status] : 0;
}

/** Terminal: the shipment is over (delivered, or back at the agency). */
export function isFinalDelivery(status: string | null | undefined): boolean {
  return deliveryStage(status) === DELIVERY_STAGE[DeliveryStatus.Delivered];
}

/** One point of a shipment's life: a status and when the operator says it happened. */
export interface DeliveryPoint {
  status: string;
  /** The operator's `occurredAt` (or, for our own record of the acceptance, when we stored it). */
  occurredAt: Date | string | null | undefined;
}

function instant(value: DeliveryPoint['occurredAt']): number {
  if (value === null || value === undefined) return Number.NEGATIVE_INFINITY;
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Whether `next` moves the delivery forward from `current`: a later stage; or the same stage
 * with a later `occurredAt` (at the same instant, a failed attempt after the going out). A
 * final status is never replaced (a second, contradicting terminal event is stale), an
 * unknown `next` never applies, and the same point again is stale.
 *
 * Because the delivery is always the greatest point seen so far, applying any set of events
 * in any order, any number of times, ends in the same delivery.
 */
export function isLaterDelivery(current: DeliveryPoint | null, next: DeliveryPoint): boolean {
  if (!isDeliveryStatus(next.status)) return false;
  if (!current || deliveryStage(current.status) === 0) return true;
  if (isFinalDelivery(current.status)) return false;
  const stage = DELIVERY_STAGE[next.status] - deliveryStage(current.status);
  if (stage !== 0) return stage > 0;
  const time = instant(next.occurredAt) - instant(current.occurredAt);
  if (time !== 0) return time > 0;
  return (
    (SAME_INSTANT_ORDER[next.status] ?? 0) >
    (SAME_INSTANT_ORDER[current.status as DeliveryStatus] ?? 0)
  );
}

/** What an applied delivery status does to the dossier, per the operator contract. */
export interface DeliveryTransition {
  /** History action. */
  action: 'deliver' | 'return-to-sender';
  to: DossierStatus.Returned | DossierStatus.ResultReady;
}

/**
 * DELIVERED ends the dossier (RETURNED); RETURNED_TO_SENDER puts the result back at the desk
 * (RESULT_READY, `delivery.status` shows why) so it can be handed over at the counter. Every
 * other status, DELIVERY_FAILED included, only updates `delivery`: the operator tries again
 * or sends the result back, and says so.
 */
export function deliveryTransition(
  dossierStatus: string,
  deliveryStatus: string,
): DeliveryTransition | null {
  if (dossierStatus !== DossierStatus.Delivering) return null;
  if (deliveryStatus === DeliveryStatus.Delivered)
    return { action: 'deliver', to: DossierStatus.Returned };
  if (deliveryStatus === DeliveryStatus.ReturnedToSender)
    return { action: 'return-to-sender', to: DossierStatus.ResultReady };
  return null;
}
