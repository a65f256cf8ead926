import { DossierStatus, Role } from '@motcua/domain';

/**
 * The work list's filters as the address carries them (a GET form, so the list works without
 * JavaScript, can be bookmarked and reloaded): short Vietnamese names, no personal data but the
 * free text the official typed.
 */
export interface WorkListFilters {
  /** One of the official's queues; `undefined` once the filter form is used. */
  queue?: QueueName;
  status?: DossierStatus;
  procedureCode?: string;
  overdue?: boolean;
  /** Due within this many days from today (overdue ones included). */
  dueWithinDays?: number;
  receivedFrom?: string;
  receivedTo?: string;
  /** Start of a dossier code, or part of the applicant's name. */
  text?: string;
  /** Only the dossiers assigned to the signed-in specialist. */
  mine?: boolean;
  page: number;
}

export type QueueName = 'reception' | 'specialist' | 'leader';

/** Each official's queue: what waits for their action. */
export const QUEUES: Record<
  QueueName,
  { label: string; role: Role; status: DossierStatus; mine?: boolean }
> = {
  reception: { label: 'Chờ tiếp nhận', role: Role.Reception, status: DossierStatus.Submitted },
  specialist: {
    label: 'Được giao cho tôi, đang xử lý',
    role: Role.Specialist,
    status: DossierStatus.Processing,
    mine: true,
  },
  leader: { label: 'Chờ phê duyệt', role: Role.Leader, status: DossierStatus.AwaitingApproval },
};

export const PAGE_SIZE = 20;
const MAX_DUE_DAYS = 366;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PROCEDURE_CODE = /^[0-9A-Za-z.\-_]{1,40}$/;

/** The queues these roles have, in the order a person holding several sees them. */
export function queuesFor(roles: readonly string[]): QueueName[] {
  return (Object.keys(QUEUES) as QueueName[]).filter((name) => roles.includes(QUEUES[name].role));
}

type Query = Record<string, string | string[] | undefined>;

function one(query: Query, name: string): string {
  const value = query[name];
  return (Array.isArray(value) ? value[value.length - 1] : (value ?? '')).trim();
}

/**
 * Reads the address's filters. An address without any filter opens the official's own queue
 * (the first one their roles have); `?tat-ca=1` the agency's whole list. Values that cannot be
 * right are dropped rather than refused: the list then shows more, never an error page.
 */
export function readWorkListFilters(query: Query, roles: readonly string[]): WorkListFilters {
  const page = Math.max(1, Math.min(10_000, Number.parseInt(one(query, 'trang'), 10) || 1));
  const queueParam = one(query, 'hang');
  const filterNames = [
    'trang-thai',
    'thu-tuc',
    'qua-han',
    'sap-den-han',
    'tu-ngay',
    'den-ngay',
    'q',
    'cua-toi',
    'tat-ca',
  ];
  const anyFilter = filterNames.some((name) => one(query, name) !== '');
  const queues = queuesFor(roles);
  const queue = (queues as string[]).includes(queueParam)
    ? (queueParam as QueueName)
    : !anyFilter
      ? queues[0]
      : undefined;
  if (queue) return { queue, page };

  const status = one(query, 'trang-thai');
  const procedureCode = one(query, 'thu-tuc');
  const due = Number.parseInt(one(query, 'sap-den-han'), 10);
  const from = one(query, 'tu-ngay');
  const to = one(query, 'den-ngay');
  const text = one(query, 'q').slice(0, 100);
  return {
    page,
    ...((Object.values(DossierStatus) as string[]).includes(status) &&
    status !== DossierStatus.Draft
      ? { status: status as DossierStatus }
      : {}),
    ...(PROCEDURE_CODE.test(procedureCode) ? { procedureCode } : {}),
    ...(one(query, 'qua-han') === '1' ? { overdue: true } : {}),
    ...(due >= 0 && due <= MAX_DUE_DAYS ? { dueWithinDays: due } : {}),
    ...(DATE.test(from) ? { receivedFrom: from } : {}),
    ...(DATE.test(to) ? { receivedTo: to } : {}),
    ...(text ? { text } : {}),
    ...(one(query, 'cua-toi') === '1' && roles.includes(Role.Specialist) ? { mine: true } : {}),
  };
}

/** The API's work-list query for these filters (`GET /api/v1/dossiers`). */
export function apiQueryOf(filters: WorkListFilters, today: string) {
  const queue = filters.queue ? QUEUES[filters.queue] : undefined;
  const status = queue?.status ?? filters.status;
  const mine = queue?.mine ?? filters.mine;
  return {
    page: filters.page,
    limit: PAGE_SIZE,
    sort: 'appointmentDate' as const,
    ...(status ? { status } : {}),
    ...(mine ? { assignee: 'me' } : {}),
    ...(filters.procedureCode ? { procedureCode: filters.procedureCode } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.dueWithinDays !== undefined
      ? { dueBefore: addDays(today, filters.dueWithinDays) }
      : {}),
    ...(filters.receivedFrom ? { receivedFrom: filters.receivedFrom } : {}),
    ...(filters.receivedTo ? { receivedTo: filters.receivedTo } : {}),
    ...(filters.text ? { q: filters.text } : {}),
  };
}

/** The address of the work list with these filters (for pages and links). */
export function workListHref(base: string, filters: WorkListFilters, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.queue) params.set('hang', filters.queue);
  if (filters.status) params.set('trang-thai', filters.status);
  if (filters.procedureCode) params.set('thu-tuc', filters.procedureCode);
  if (filters.overdue) params.set('qua-han', '1');
  if (filters.dueWithinDays !== undefined) params.set('sap-den-han', String(filters.dueWithinDays));
  if (filters.receivedFrom) params.set('tu-ngay', filters.receivedFrom);
  if (filters.receivedTo) params.set('den-ngay', filters.receivedTo);
  if (filters.text) params.set('q', filters.text);
  if (filters.mine) params.set('cua-toi', '1');
  if (!filters.queue && params.size === 0) params.set('tat-ca', '1');
  if (page > 1) params.set('trang', String(page));
  return `${base}?${params.toString()}`;
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}
