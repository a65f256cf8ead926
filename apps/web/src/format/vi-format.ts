/** How the portal writes dates, amounts and statuses for people in Việt Nam. */

const numberFormat = new Intl.NumberFormat('vi-VN');
const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
/**
 * Việt Nam's time (Asia/Ho_Chi_Minh) is UTC+7 all year: no daylight saving since 1975, and every
 * instant motcua shows is later. A fixed offset costs a fraction of `Intl.DateTimeFormat`'s
 * `formatToParts`, which was a tenth of the tracking page's rendering time (several dates a page).
 */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

function partsOf(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return {
    year: String(local.getUTCFullYear()),
    month: twoDigits(local.getUTCMonth() + 1),
    day: twoDigits(local.getUTCDate()),
    hour: twoDigits(local.getUTCHours()),
    minute: twoDigits(local.getUTCMinutes()),
  };
}

/**
 * A calendar date (`YYYY-MM-DD`) or an instant (ISO 8601), as people write it: `dd/mm/yyyy`,
 * an instant taken in Việt Nam's time zone. Empty for nothing; the input itself when unreadable.
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (calendarDate) return `${calendarDate[3]}/${calendarDate[2]}/${calendarDate[1]}`;
  }
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return String(value);
  const p = partsOf(instant);
  return `${p.day}/${p.month}/${p.year}`;
}

/** An instant as `HH:mm dd/mm/yyyy`, in Việt Nam's time zone. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return String(value);
  const p = partsOf(instant);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** `1.250.000` (dots between thousands). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** An amount in đồng: `150.000 đồng`; a fee of 0 is said in words. */
export function formatMoney(amount: number): string {
  return `${formatNumber(amount)} đồng`;
}

export function formatFee(amount: number): string {
  return amount === 0 ? 'Miễn phí' : formatMoney(amount);
}

/** A fraction 0..1 as a percentage with a decimal comma: `87,5%`. */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return '–';
  return `${percentFormat.format(fraction * 100)}%`;
}

export function formatWorkingDays(days: number): string {
  return `${formatNumber(days)} ngày làm việc`;
}

/** A dossier's status in words, as the API's `statusLabel` says it. */
export const STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Bản nháp',
  SUBMITTED: 'Chờ tiếp nhận',
  SUPPLEMENT_REQUIRED: 'Yêu cầu bổ sung',
  RECEIVED: 'Đã tiếp nhận',
  PROCESSING: 'Đang xử lý',
  AWAITING_APPROVAL: 'Chờ phê duyệt',
  RESULT_READY: 'Có kết quả, chờ trả',
  DELIVERING: 'Đang chuyển phát',
  RETURNED: 'Đã trả kết quả',
  REJECTED: 'Từ chối',
  WITHDRAWN: 'Đã rút',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

/** Where a shipment is, in words (the postal operator's statuses). */
export const DELIVERY_STATUS_LABELS: Record<string, string> = {
  ACCEPTED: 'Bưu điện đã nhận yêu cầu',
  PICKED_UP: 'Bưu điện đã lấy hàng',
  IN_TRANSIT: 'Đang vận chuyển',
  OUT_FOR_DELIVERY: 'Đang giao hàng',
  DELIVERY_FAILED: 'Giao hàng không thành công',
  DELIVERED: 'Đã giao thành công',
  RETURNED_TO_SENDER: 'Đã hoàn trả về cơ quan',
};

export function deliveryStatusLabel(status: string): string {
  return DELIVERY_STATUS_LABELS[status] ?? status;
}

export function deliveryMethodLabel(method: string): string {
  return method === 'POSTAL' ? 'Nhận kết quả qua bưu điện' : 'Nhận kết quả tại bộ phận một cửa';
}
