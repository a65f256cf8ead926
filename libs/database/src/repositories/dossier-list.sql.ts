import { DossierStatus, hasFinished } from '@motcua/domain';
import { DOSSIER_COLUMNS } from './dossier.sql';

/** The orders a dossier list may be sorted in (`-` first: descending). */
export const DOSSIER_SORTS = [
  'appointmentDate',
  '-appointmentDate',
  'createdAt',
  '-createdAt',
] as const;
export type DossierSort = (typeof DOSSIER_SORTS)[number];

/** Whose dossiers a list shows: a citizen's own, or an agency's (drafts excluded). */
export type DossierScope = { ownerId: string } | { agencyId: string };

export interface DossierFilters {
  status?: DossierStatus;
  procedureCode?: string;
  assigneeId?: string;
  overdue?: boolean;
  dueBefore?: string;
  from?: string;
  to?: string;
  receivedFrom?: string;
  receivedTo?: string;
  q?: string;
  sort?: DossierSort;
  today: string;
}

const VN_ZONE = 'Asia/Ho_Chi_Minh';
const ORDERS: Record<DossierSort, string> = {
  appointmentDate: 'd.appointment_date ASC NULLS LAST, d.id',
  '-appointmentDate': 'd.appointment_date DESC NULLS LAST, d.id',
  createdAt: 'd.created_at ASC, d.id',
  '-createdAt': 'd.created_at DESC, d.id DESC',
};

export const DETAIL_FROM = `
  FROM dossiers d
  JOIN procedures p ON p.id = d.procedure_id
  JOIN agencies a ON a.id = d.agency_id
  LEFT JOIN users u ON u.id = d.assignee_id`;
export const DETAIL_COLUMNS = `${DOSSIER_COLUMNS}, d.procedure_id, p.code AS procedure_code,
  p.name AS procedure_name, a.code AS agency_code, u.full_name AS assignee_name`;
const UNFINISHED = `('${Object.values(DossierStatus)
  .filter((s) => !hasFinished(s))
  .join("','")}')`;

export interface DossierListQuery {
  rowsSql: string;
  rowsParams: unknown[];
  countSql: string;
  countParams: unknown[];
}

/** Which dossiers a scope covers, as conditions on `d` (the list and its counts share them). */
function scopeConditions(scope: DossierScope, param: (value: unknown) => string): string[] {
  return 'ownerId' in scope
    ? [`d.owner_id = ${param(scope.ownerId)}`]
    : [`d.agency_id = ${param(scope.agencyId)}`, `d.status <> 'DRAFT'`];
}

/**
 * The SQL of a dossier list (a page and its total), as a pure function so its unit test
 * reads the statements built for each filter.
 */
export function buildDossierListQuery(
  scope: DossierScope,
  filters: DossierFilters,
  page: { offset: number; limit: number },
): DossierListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  where.push(...scopeConditions(scope, param));
  if (filters.status) where.push(`d.status = ${param(filters.status)}`);
  if (filters.procedureCode) {
    where.push(
      `d.procedure_id = (SELECT id FROM procedures WHERE code = ${param(filters.procedureCode)})`,
    );
  }
  if (filters.assigneeId) where.push(`d.assignee_id = ${param(filters.assigneeId)}`);
  if (filters.overdue !== undefined) {
    const overdue = `(d.appointment_date < ${param(filters.today)}::date AND d.status IN ${UNFINISHED})`;
    where.push(filters.overdue ? overdue : `NOT ${overdue}`);
  }
  if (filters.dueBefore) where.push(`d.appointment_date <= ${param(filters.dueBefore)}::date`);
  // dates bound the Vietnamese calendar day (timestamps compared to that day's bounds, so indexes apply)
  const dayStart = (date: string) => `(${param(date)}::date::timestamp AT TIME ZONE '${VN_ZONE}')`;
  const dayEnd = (date: string) =>
    `((${param(date)}::date + 1)::timestamp AT TIME ZONE '${VN_ZONE}')`;
  const submitted = 'COALESCE(d.submitted_at, d.created_at)';
  if (filters.from) where.push(`${submitted} >= ${dayStart(filters.from)}`);
  if (filters.to) where.push(`${submitted} < ${dayEnd(filters.to)}`);
  if (filters.receivedFrom) where.push(`d.received_at >= ${dayStart(filters.receivedFrom)}`);
  if (filters.receivedTo) where.push(`d.received_at < ${dayEnd(filters.receivedTo)}`);
  if (filters.q) {
    const text = filters.q.trim();
    const like = text.replace(/[\\%_]/g, (c) => `\\${c}`);
    where.push(
      /^[0-9A-Z.]+-?[0-9-]*$/.test(text)
        ? `d.code LIKE ${param(`${like}%`)}`
        : `d.applicant_full_name ILIKE ${param(`%${like}%`)}`,
    );
  }
  const whereSql = where.join(' AND ');
  const countParams = [...params];
  const order = ORDERS[filters.sort ?? ('ownerId' in scope ? '-createdAt' : 'appointmentDate')];
  const rowsSql = `SELECT ${DETAIL_COLUMNS} ${DETAIL_FROM} WHERE ${whereSql}
      ORDER BY ${order} LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`;
  return {
    rowsSql,
    rowsParams: params,
    countSql: `SELECT count(*)::int AS total FROM dossiers d WHERE ${whereSql}`,
    countParams,
  };
}

/** One line of the work list's counts: a status, its dossiers, how many of them overdue. */
export interface StatusCountRow {
  status: DossierStatus;
  count: number;
  overdue: number;
}

/**
 * How many of an agency's dossiers wait in each status where someone of the agency has work to
 * do (the unfinished ones, and a result ready to hand over), and how many of them are overdue:
 * the sizes of the officials' queues. Only those statuses are counted, so the statement reads
 * the (agency, status, appointment date) index over the dossiers in progress, a few per cent
 * of the table, never the finished ones that make up the rest.
 */
export function buildStatusCountsQuery(
  scope: { agencyId: string },
  today: string,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = scopeConditions(scope, param);
  const unfinished = Object.values(DossierStatus).filter(
    (s) => s !== DossierStatus.Draft && !hasFinished(s),
  );
  const sql = `SELECT d.status, count(*)::int AS count,
      count(*) FILTER (
        WHERE d.appointment_date < ${param(today)}::date AND d.status = ANY(${param(unfinished)}::varchar[])
      )::int AS overdue
    FROM dossiers d
    WHERE ${where.join(' AND ')}
      AND d.status = ANY(${param([...unfinished, DossierStatus.ResultReady])}::varchar[])
    GROUP BY d.status`;
  return { sql, params };
}
