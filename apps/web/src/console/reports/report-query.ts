const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// the national catalogue's identifier code, e.g. 000.00.00.H00
const AGENCY_CODE = /^[0-9A-Z.]{5,20}$/;

export type Interval = 'day' | 'week' | 'month';

/** The interval as the page's address says it (`?chia=ngay|tuan|thang`). */
export const INTERVAL_PARAMS: Record<string, Interval> = {
  ngay: 'day',
  tuan: 'week',
  thang: 'month',
};

export interface ReportQuery {
  from?: string;
  to?: string;
  agencyCode?: string;
  interval: Interval;
}

/** The report asked for in the address; what is not well formed is left to the API's default. */
export function reportQueryOf(params: Record<string, unknown>): ReportQuery {
  const text = (name: string) => (typeof params[name] === 'string' ? params[name].trim() : '');
  const from = text('tu');
  const to = text('den');
  const agency = text('co-quan').toUpperCase();
  return {
    from: ISO_DATE.test(from) ? from : undefined,
    to: ISO_DATE.test(to) ? to : undefined,
    agencyCode: AGENCY_CODE.test(agency) ? agency : undefined,
    interval: INTERVAL_PARAMS[text('chia')] ?? 'day',
  };
}

/** The API's query for a report (`format` for a download). */
export function apiQueryOf(query: ReportQuery): {
  from?: string;
  to?: string;
  agencyCode?: string;
} {
  return {
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.agencyCode ? { agencyCode: query.agencyCode } : {}),
  };
}

/** The page's own query string for the same report (for download links). */
export function pageQueryOf(query: ReportQuery): string {
  const params = new URLSearchParams();
  if (query.from) params.set('tu', query.from);
  if (query.to) params.set('den', query.to);
  if (query.agencyCode) params.set('co-quan', query.agencyCode);
  const interval = Object.entries(INTERVAL_PARAMS).find(([, value]) => value === query.interval);
  if (interval && interval[1] !== 'day') params.set('chia', interval[0]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** How an interval of a time series is labelled under its column: 03/02, T03/2026. */
export function intervalLabel(interval: Interval, from: string): string {
  const [year, month, day] = from.split('-');
  return interval === 'month' ? `T${month}/${year}` : `${day}/${month}`;
}
