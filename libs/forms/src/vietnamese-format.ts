import type { DossierStatus } from '@motcua/domain';
import { DOSSIER_STATUS_LABELS, Role, VIETNAM_TIME_ZONE } from '@motcua/domain';

const instantParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface VietnamParts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

function partsOf(instant: Date): VietnamParts {
  const parts = Object.fromEntries(
    instantParts.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    day: parts.day,
    month: parts.month,
    year: parts.year,
    hour: parts.hour,
    minute: parts.minute,
  };
}

function dateParts(value: Date | string): Pick<VietnamParts, 'day' | 'month' | 'year'> {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) return { year: match[1], month: match[2], day: match[3] };
    return partsOf(new Date(value));
  }
  return partsOf(value);
}

/** `dd/MM/yyyy`; a `YYYY-MM-DD` string is a calendar date, anything else an instant in Vietnam. */
export function vietnameseDate(value: Date | string): string {
  const { day, month, year } = dateParts(value);
  return `${day}/${month}/${year}`;
}

/** `HH:mm ngày dd/MM/yyyy`, in Asia/Ho_Chi_Minh. */
export function vietnameseDateTime(value: Date | string): string {
  const { day, month, year, hour, minute } = partsOf(new Date(value));
  return `${hour}:${minute} ngày ${day}/${month}/${year}`;
}

/** `ngày dd tháng MM năm yyyy`, as the date line of an administrative document. */
export function vietnameseLongDate(value: Date | string): string {
  const { day, month, year } = dateParts(value);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** How long someone held a dossier: `45 phút`, `3 giờ 20 phút`, `2 ngày 4 giờ`. */
export function vietnameseDuration(milliseconds: number): string {
  const minutes = Math.max(0, Math.floor(milliseconds / 60_000));
  if (minutes < 60) return `${minutes} phút`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} giờ ${minutes % 60} phút` : `${hours} giờ`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} ngày ${hours % 24} giờ` : `${days} ngày`;
}

const ROLE_LABELS: Record<string, string> = {
  [Role.Citizen]: 'Công dân',
  [Role.Reception]: 'Cán bộ tiếp nhận',
  [Role.Specialist]: 'Chuyên viên xử lý',
  [Role.Leader]: 'Lãnh đạo',
  [Role.Admin]: 'Quản trị cơ quan',
  [Role.SystemAdmin]: 'Quản trị hệ thống',
  SYSTEM: 'Hệ thống',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

const ACTION_LABELS: Record<string, string> = {
  'save-draft': 'Lưu bản nháp',
  submit: 'Nộp hồ sơ',
  receive: 'Tiếp nhận hồ sơ',
  reject: 'Từ chối tiếp nhận',
  'request-supplement': 'Yêu cầu bổ sung',
  supplement: 'Bổ sung hồ sơ',
  withdraw: 'Rút hồ sơ',
  assign: 'Phân công xử lý',
  propose: 'Trình kết quả',
  'send-back': 'Trả lại để xử lý',
  approve: 'Phê duyệt kết quả',
  extend: 'Gia hạn, hẹn lại ngày trả',
  return: 'Trả kết quả',
  dispatch: 'Chuyển phát kết quả',
  deliver: 'Đã giao kết quả',
  'flag-attachments': 'Cảnh báo: tệp đính kèm không đạt kiểm tra',
};

/** What a history action means, in Vietnamese (the action name itself when unknown). */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function statusLabel(status: string): string {
  return DOSSIER_STATUS_LABELS[status as DossierStatus] ?? status;
}
