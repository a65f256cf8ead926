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

/**
 * An agency's dossiers (drafts excluded); with `receivedToo` (a service centre's), also those it
 * received for other agencies.
 */
export type AgencyScope = { agencyId: string; receivedToo?: boolean };

/** Whose dossiers a list shows: a citizen's own, or an agency's (`AgencyScope`). */
export type DossierScope = { ownerId: string } | AgencyScope;

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

/** The names a detailed read joins to the dossier rows `d` (a table or a subquery). */
const DETAIL_JOINS = `
  JOIN procedures p ON p.id = d.procedure_id
  JOIN agencies a ON a.id = d.agency_id
  LEFT JOIN agencies rb ON rb.id = d.received_by_agency_id
  LEFT JOIN users u ON u.id = d.assignee_id`;
export const DETAIL_FROM = `
  FROM dossiers d ${DETAIL_JOINS}`;
export const DETAIL_COLUMNS = `${DOSSIER_COLUMNS}, d.procedure_id, p.code AS procedure_code,
  p.name AS procedure_name, a.code AS agency_code, u.full_name AS assignee_name,
  rb.code AS received_by_code, rb.name AS received_by_name`;
const UNFINISHED = `('${Object.values(DossierStatus)
  .filter((s) => !hasFinished(s))
  .join("','")}')`;

export interface DossierListQuery {
  rowsSql: string;
  rowsParams: unknown[];
  countSql: string;
  countParams: unknown[];
}

/**
 * Which dossiers a scope covers, as parts of conditions on `d` (`scopeParam` names the owner or
 * agency): one part, or for a service centre two, its own dossiers and those it received for
 * other agencies, each read from an index of its own (`agency_id, …` and the partial
 * `received_by_agency_id, …`); the second leaves out the agency's own, so no dossier is in both.
 * The list and its counts per status both read this one definition.
 */
function visibleParts(scope: DossierScope, scopeParam: string): string[][] {
  if ('ownerId' in scope) return [[`d.owner_id = ${scopeParam}`]];
  const own = [`d.agency_id = ${scopeParam}`, `d.status <> 'DRAFT'`];
  if (!scope.receivedToo) return [own];
  const received = [
    `d.received_by_agency_id = ${scopeParam}`,
    `d.agency_id <> ${scopeParam}`,
    `d.status <> 'DRAFT'`,
  ];
  return [own, received];
}

/**
 * The SQL of a dossier list (a page and its total), as a pure function so its unit test
 * reads the statements built for each filter.
 *
 * An agency's list reads `agency_id` alone, as it always did. A service centre's list
 * (`receivedToo`) reads the two parts of `visibleParts`, each in order from its own index
 * (`agency_id, appointment_date` and the partial `received_by_agency_id, appointment_date`),
 * each cut at the page's end, merged and cut to the page, whose rows alone are then read whole
 * and named. One `agency_id = $1 OR received_by_agency_id = $1` would bitmap-scan both indexes
 * and sort every match for each page (docs/performance.md).
 */
export function buildDossierListQuery(
  scope: DossierScope,
  filters: DossierFilters,
  page: { offset: number; limit: number },
): DossierListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const scopeParam = param('ownerId' in scope ? scope.ownerId : scope.agencyId);
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
  const countParams = [...params];
  const order = ORDERS[filters.sort ?? ('ownerId' in scope ? '-createdAt' : 'appointmentDate')];
  const parts = visibleParts(scope, scopeParam).map((part) => [...part, ...where].join(' AND '));
  if (parts.length === 1) {
    const [whereSql] = parts;
    return {
      rowsSql: `SELECT ${DETAIL_COLUMNS} ${DETAIL_FROM} WHERE ${whereSql}
      ORDER BY ${order} LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
      rowsParams: params,
      countSql: `SELECT count(*)::int AS total FROM dossiers d WHERE ${whereSql}`,
      countParams,
    };
  }
  const end = param(page.offset + page.limit);
  // each part yields only the sort keys; whole rows are read for the page's rows alone
  const part = (whereSql: string) =>
    `(SELECT d.id, d.appointment_date, d.created_at FROM dossiers d WHERE ${whereSql}
      ORDER BY ${order} LIMIT ${end})`;
  const countOf = (whereSql: string) => `(SELECT count(*) FROM dossiers d WHERE ${whereSql})`;
  return {
    rowsSql: `WITH page AS (
        SELECT d.id FROM (${parts.map(part).join(' UNION ALL ')}) d
        ORDER BY ${order} LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}
      )
      SELECT ${DETAIL_COLUMNS} FROM page JOIN dossiers d ON d.id = page.id ${DETAIL_JOINS}
      ORDER BY ${order}`,
    rowsParams: params,
    countSql: `SELECT (${parts.map(countOf).join('\n      + ')})::int AS total`,
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
 * How many of the dossiers an agency sees (`visibleParts`: a centre's include those it received
 * for other agencies) wait in each status where someone of the agency has work to do (the
 * unfinished ones, and a result ready to hand over), and how many of them are overdue: the
 * sizes of the officials' queues. Only those statuses are counted, so the statement reads the
 * (agency, status, appointment date) index over the dossiers in progress, a few per cent of the
 * table, never the finished ones that make up the rest; a centre's second part reads the
 * partial index of what it received.
 */
export function buildStatusCountsQuery(
  scope: AgencyScope,
  today: string,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const parts = visibleParts(scope, param(scope.agencyId));
  const unfinished = Object.values(DossierStatus).filter(
    (s) => s !== DossierStatus.Draft && !hasFinished(s),
  );
  const overdue = `d.appointment_date < ${param(today)}::date AND d.status = ANY(${param(unfinished)}::varchar[])`;
  const counted = `d.status = ANY(${param([...unfinished, DossierStatus.ResultReady])}::varchar[])`;
  const whereOf = (part: string[]) => [...part, counted].join(' AND ');
  const from =
    parts.length === 1
      ? `dossiers d WHERE ${whereOf(parts[0])}`
      : `(${parts
          .map(
            (part) => `SELECT d.status, d.appointment_date FROM dossiers d WHERE ${whereOf(part)}`,
          )
          .join(' UNION ALL ')}) d`;
  const sql = `SELECT d.status, count(*)::int AS count,
      count(*) FILTER (WHERE ${overdue})::int AS overdue
    FROM ${from}
    GROUP BY d.status`;
  return { sql, params };
}
