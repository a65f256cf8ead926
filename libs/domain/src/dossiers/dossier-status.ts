export enum DossierStatus {
  Draft = 'DRAFT',
  Submitted = 'SUBMITTED',
  SupplementRequired = 'SUPPLEMENT_REQUIRED',
  Received = 'RECEIVED',
  Processing = 'PROCESSING',
  AwaitingApproval = 'AWAITING_APPROVAL',
  ResultReady = 'RESULT_READY',
  Delivering = 'DELIVERING',
  Returned = 'RETURNED',
  Rejected = 'REJECTED',
  Withdrawn = 'WITHDRAWN',
}

/** Labels shown to people (`statusLabel` in the API, the portal's pages). */
export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  [DossierStatus.Draft]: 'Bản nháp',
  [DossierStatus.Submitted]: 'Chờ tiếp nhận',
  [DossierStatus.SupplementRequired]: 'Yêu cầu bổ sung',
  [DossierStatus.Received]: 'Đã tiếp nhận',
  [DossierStatus.Processing]: 'Đang xử lý',
  [DossierStatus.AwaitingApproval]: 'Chờ phê duyệt',
  [DossierStatus.ResultReady]: 'Có kết quả, chờ trả',
  [DossierStatus.Delivering]: 'Đang chuyển phát',
  [DossierStatus.Returned]: 'Đã trả kết quả',
  [DossierStatus.Rejected]: 'Từ chối',
  [DossierStatus.Withdrawn]: 'Đã rút',
};

/**
 * The national public-service portal's status codes (1–10). Code 6 (financial obligation) and
 * 8 (processing stopped) have no status of ours yet.
 */
export const NATIONAL_STATUS_CODES: Record<DossierStatus, number> = {
  [DossierStatus.Draft]: 1,
  [DossierStatus.Submitted]: 1,
  [DossierStatus.SupplementRequired]: 5,
  [DossierStatus.Received]: 2,
  [DossierStatus.Processing]: 4,
  [DossierStatus.AwaitingApproval]: 4,
  [DossierStatus.ResultReady]: 9,
  [DossierStatus.Delivering]: 9,
  [DossierStatus.Returned]: 10,
  [DossierStatus.Rejected]: 3,
  [DossierStatus.Withdrawn]: 7,
};

/** Statuses after which a result exists, so the dossier can no longer be overdue. */
const RESULT_STATUSES: ReadonlySet<DossierStatus> = new Set([
  DossierStatus.ResultReady,
  DossierStatus.Delivering,
  DossierStatus.Returned,
  DossierStatus.Rejected,
  DossierStatus.Withdrawn,
]);

export function hasFinished(status: DossierStatus): boolean {
  return RESULT_STATUSES.has(status);
}

/**
 * Overdue when today (Asia/Ho_Chi_Minh) is after the appointment date and no
 * result is ready yet. Dates are `YYYY-MM-DD` strings, so they compare lexically.
 */
export function isOverdue(
  status: DossierStatus,
  appointmentDate: string | null,
  today: string,
): boolean {
  return appointmentDate !== null && today > appointmentDate && !hasFinished(status);
}

export enum Channel {
  Online = 'ONLINE',
  Counter = 'COUNTER',
  Postal = 'POSTAL',
}

export enum DeliveryMethod {
  Counter = 'COUNTER',
  Postal = 'POSTAL',
}
