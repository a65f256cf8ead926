import type { AttachmentCheck, DossierStatus } from '@motcua/domain';
import type { DataSource } from 'typeorm';
import { directRead } from '../direct-read';
import type { DeliveryAddress, DossierAttachment } from '../entities';
import type { Executor } from '../executor';
import { insertHistory, recordDossierChange } from './dossier-history.repository';
import { outboxEventFrom } from './outbox.repository';
import {
  DOSSIER_COLUMNS,
  INSERT_DESK_DOSSIER,
  INSERT_SUBMITTED_DOSSIER,
  takeNextSequence,
  dossierCodeSql,
} from './dossier.sql';
import type { AgencyScope, DossierFilters, DossierScope, StatusCountRow } from './dossier-list.sql';
import {
  buildDossierListQuery,
  buildStatusCountsQuery,
  DETAIL_COLUMNS,
  DETAIL_FROM,
} from './dossier-list.sql';

export interface ActorRef {
  id: string | null;
  name: string;
  role: string;
}

/** Stored in `supplement_request` (Mẫu 02): what the citizen must add, asked once in writing. */
export interface SupplementRequest {
  reason: string;
  documents: string[];
  requestedAt: string;
  requestedBy: ActorRef;
  /** Where it came from: a request during PROCESSING stops the clock until the supplement. */
  fromStatus: DossierStatus;
  resolvedAt?: string;
}

/** Stored in `rejection` (Mẫu 03). */
export interface Rejection {
  reason: string;
  rejectedAt: string;
  rejectedBy: ActorRef;
}

/** Stored in `extension` (Mẫu 04): the single rescheduling allowed, with its apology. */
export interface Extension {
  previousAppointmentDate: string | null;
  newAppointmentDate: string;
  reason: string;
  extendedAt: string;
  extendedBy: ActorRef;
}

/** Stored in `result`. */
export interface DossierResult {
  outcome: 'GRANTED' | 'REFUSED';
  summary: string;
  proposedAt: string;
  proposedBy: ActorRef;
  resultFileId?: string | null;
  approvedAt?: string;
  approvedBy?: ActorRef;
}

/** A dossier as read from SQL (snake_case, dates as the driver returns them). */
export interface DossierRow {
  id: string;
  code: string | null;
  status: DossierStatus;
  channel: string;
  owner_id: string | null;
  agency_id: string;
  /** The service centre that received it for the competent agency (`agency_id`), if any. */
  received_by_agency_id: string | null;
  applicant_national_id: string;
  applicant_full_name: string;
  applicant_phone: string | null;
  applicant_email: string | null;
  form_data: Record<string, unknown>;
  attachments: DossierAttachment[];
  delivery_method: string;
  delivery_address: DeliveryAddress | null;
  submitted_at: Date | null;
  received_at: Date | null;
  appointment_date: string | null;
  processing_days: number | null;
  assignee_id: string | null;
  supplement_request: SupplementRequest | null;
  result: DossierResult | null;
  delivery: Record<string, unknown> | null;
  rejection: Rejection | null;
  extension: Extension | null;
  attachment_check: AttachmentCheck | null;
  /** What a desk dossier's claim code is made from; null once claimed (never shown). */
  claim_nonce?: string | null;
  version: number;
  created_at: Date;
}

/** What a detailed read adds: names from the procedure, agency and assignee. */
export interface DossierDetailRow extends DossierRow {
  procedure_id: string;
  procedure_code: string;
  procedure_name: string;
  agency_code: string;
  assignee_name: string | null;
  received_by_code: string | null;
  received_by_name: string | null;
}

export interface HistoryRow {
  at: Date;
  action: string;
  from_status: DossierStatus | null;
  to_status: DossierStatus;
  actor_role: string;
  actor_name: string;
  note: string | null;
}

export interface DossierContent {
  procedureId: string;
  agencyId: string;
  ownerId: string;
  formData: Record<string, unknown>;
  attachments: DossierAttachment[];
  deliveryMethod: string;
  deliveryAddress: DeliveryAddress | null;
}

/** Columns a transition may change (whitelisted: they are spliced into the UPDATE). */
export interface DossierPatch {
  status?: DossierStatus;
  received_at?: Date;
  appointment_date?: string;
  processing_days?: number;
  assignee_id?: string;
  form_data?: Record<string, unknown>;
  attachments?: DossierAttachment[];
  supplement_request?: SupplementRequest;
  result?: DossierResult | null;
  rejection?: Rejection;
  extension?: Extension;
}
const JSONB_COLUMNS = new Set<keyof DossierPatch>([
  'form_data',
  'attachments',
  'supplement_request',
  'result',
  'rejection',
  'extension',
]);

export interface NewCode {
  day: string;
  prefix: string;
}

/**
 * A desk's code: also the agency whose day counter numbers it (a receiving centre's); the
 * dossier's own agency when absent.
 */
export interface DeskCode extends NewCode {
  agencyId?: string;
}

/** A dossier a service centre received for the competent agency and forwards to it. */
export interface Forwarding {
  receivedByAgencyId: string;
  /** The receipt's history note (names the centre). */
  receiptNote: string;
  /** The forwarding's history note (names the competent agency). */
  forwardingNote: string;
}

/** What a citizen filled in, as the four query parameters every write of it takes. */
function contentParams(
  content: Omit<DossierContent, 'procedureId' | 'agencyId' | 'ownerId'>,
): unknown[] {
  return [
    JSON.stringify(content.formData),
    JSON.stringify(content.attachments),
    content.deliveryMethod,
    content.deliveryAddress ? JSON.stringify(content.deliveryAddress) : null,
  ];
}

/**
 * Persistence of dossiers, their history and their code counters. Each method runs on the
 * executor it is given (a transaction's manager, or the data source's for a single statement),
 * so a transaction never takes a second connection from the pool. The work list, a single read
 * on a busy route, is given the data source and goes straight to its pool (`directRead`);
 * public tracking is `findTracking` (tracking.repository.ts).
 */
export class DossierRepository {
  async insertSubmitted(
    manager: Executor,
    content: DossierContent,
    code: NewCode,
  ): Promise<DossierRow | null> {
    const rows = (await manager.query(INSERT_SUBMITTED_DOSSIER, [
      content.agencyId,
      code.day,
      code.prefix,
      content.procedureId,
      content.ownerId,
      ...contentParams(content),
    ])) as DossierRow[];
    return rows[0] ?? null;
  }

  async insertAtDesk(
    manager: Executor,
    content: Omit<DossierContent, 'ownerId'>,
    code: DeskCode,
    desk: {
      applicant: { nationalId: string; fullName: string; phone: string; email?: string | null };
      channel: string;
      appointmentDate: string;
      processingDays: number;
      receptionist: ActorRef;
      claimNonce: string;
      /** Received by a service centre for the dossier's agency; absent or null otherwise. */
      forwarded?: Forwarding | null;
    },
  ): Promise<DossierRow> {
    const rows = (await manager.query(INSERT_DESK_DOSSIER, [
      content.agencyId,
      code.day,
      code.prefix,
      content.procedureId,
      desk.applicant.nationalId,
      desk.applicant.fullName,
      desk.applicant.phone,
      desk.applicant.email ?? null,
      desk.channel,
      ...contentParams(content),
      desk.appointmentDate,
      desk.processingDays,
      desk.receptionist.id,
      desk.receptionist.name,
      desk.claimNonce,
      code.agencyId ?? content.agencyId,
      desk.forwarded?.receivedByAgencyId ?? null,
      desk.forwarded?.receiptNote ?? null,
      desk.forwarded?.forwardingNote ?? null,
    ])) as DossierRow[];
    return rows[0];
  }

  /** Whether agency `receivedById` received a dossier for another agency from this applicant. */
  async existsReceivedFor(
    manager: Executor,
    receivedById: string,
    applicantNationalId: string,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM dossiers
        WHERE received_by_agency_id = $1 AND applicant_national_id = $2 LIMIT 1`,
      [receivedById, applicantNationalId],
    )) as unknown[];
    return rows.length > 0;
  }

  async insertDraft(manager: Executor, content: DossierContent): Promise<DossierRow | null> {
    const rows = (await manager.query(
      `WITH applicant AS (
         SELECT id, national_id, full_name, phone, email FROM users WHERE id = $3 AND national_id IS NOT NULL
       ), d AS (
         INSERT INTO dossiers (procedure_id, agency_id, owner_id, applicant_national_id, applicant_full_name,
           applicant_phone, applicant_email, channel, status, form_data, attachments, delivery_method, delivery_address)
         SELECT $1, $2, a.id, a.national_id, a.full_name, a.phone, a.email, 'ONLINE', 'DRAFT', $4, $5, $6, $7
         FROM applicant a
         RETURNING *
       ), history AS (
         ${insertHistory(`SELECT id, 'save-draft', NULL, 'DRAFT', owner_id, 'CITIZEN', applicant_full_name, NULL FROM d`)}
       )
       SELECT ${DOSSIER_COLUMNS} FROM d`,
      [content.procedureId, content.agencyId, content.ownerId, ...contentParams(content)],
    )) as DossierRow[];
    return rows[0] ?? null;
  }

  /**
   * Replaces a draft's content, provided it is still the version the caller validated.
   * Returns null when the draft changed or left DRAFT meanwhile.
   */
  async updateDraft(
    manager: Executor,
    id: string,
    version: number,
    content: Omit<DossierContent, 'procedureId' | 'agencyId' | 'ownerId'>,
  ): Promise<DossierRow | null> {
    const rows = (await manager.query(
      `UPDATE dossiers d SET form_data = $3, attachments = $4, delivery_method = $5, delivery_address = $6,
         version = d.version + 1, updated_at = now()
       WHERE d.id = $1 AND d.version = $2 AND d.status = 'DRAFT'
       RETURNING ${DOSSIER_COLUMNS}`,
      [id, version, ...contentParams(content)],
    )) as [DossierRow[], number];
    return rows[0][0] ?? null;
  }

  /**
   * DRAFT → SUBMITTED with a new code, in one statement, only if the draft is still the
   * version the caller validated (a concurrent edit or submit makes this return null
   * without touching the counter).
   */
  async submitDraft(
    manager: Executor,
    id: string,
    version: number,
    agencyId: string,
    code: NewCode,
  ) {
    const rows = (await manager.query(
      `WITH target AS (
         SELECT id FROM dossiers WHERE id = $1 AND version = $2 AND status = 'DRAFT' FOR UPDATE
       ), counter AS (
         ${takeNextSequence('$3', '$4', 'FROM target')}
       ), d AS (
         UPDATE dossiers SET status = 'SUBMITTED', submitted_at = now(), version = dossiers.version + 1,
           updated_at = now(),
           code = ${dossierCodeSql('$5')}
         FROM counter c
         WHERE dossiers.id = $1
         RETURNING dossiers.*
       ), history AS (
         ${insertHistory(`SELECT id, 'submit', 'DRAFT', 'SUBMITTED', owner_id, 'CITIZEN', applicant_full_name, NULL FROM d`)}
       ), event AS (
         ${outboxEventFrom('d', 'submit', 'DRAFT', 'SUBMITTED')}
       )
       SELECT ${DOSSIER_COLUMNS} FROM d`,
      [id, version, agencyId, code.day, code.prefix],
    )) as DossierRow[];
    return rows[0] ?? null;
  }

  /** By code, or by id (how drafts, which have no code, are named). */
  async findDetail(
    manager: Executor,
    ref: { id?: string; code?: string },
  ): Promise<DossierDetailRow | null> {
    const [column, value] = ref.id ? ['d.id', ref.id] : ['d.code', ref.code];
    const rows = (await manager.query(
      `SELECT ${DETAIL_COLUMNS} ${DETAIL_FROM} WHERE ${column} = $1`,
      [value],
    )) as DossierDetailRow[];
    return rows[0] ?? null;
  }

  async list(
    pool: DataSource,
    scope: DossierScope,
    filters: DossierFilters,
    page: { offset: number; limit: number },
  ): Promise<{ rows: DossierDetailRow[]; total: number }> {
    const query = buildDossierListQuery(scope, filters, page);
    const [rows, count] = await Promise.all([
      directRead<DossierDetailRow>(pool, query.rowsSql, query.rowsParams),
      directRead<{ total: number }>(pool, query.countSql, query.countParams),
    ]);
    return { rows, total: count[0].total };
  }

  /**
   * The unfinished dossiers an agency sees (as its list does) per status
   * (`buildStatusCountsQuery`), on the pool.
   */
  async statusCounts(
    pool: DataSource,
    scope: AgencyScope,
    today: string,
  ): Promise<StatusCountRow[]> {
    const query = buildStatusCountsQuery(scope, today);
    return directRead<StatusCountRow>(pool, query.sql, query.params);
  }

  /**
   * Locks the dossier for the rest of the transaction and reads it fresh, so two officials
   * acting at once are serialised and the second sees what the first did.
   */
  async lockDetail(manager: Executor, id: string): Promise<DossierDetailRow | null> {
    await manager.query('SELECT 1 FROM dossiers WHERE id = $1 FOR UPDATE', [id]);
    return this.findDetail(manager, { id });
  }

  /** Writes a transition: the changed columns, a new version, and its history entry. */
  async applyTransition(
    manager: Executor,
    id: string,
    patch: DossierPatch,
    entry: {
      action: string;
      from: DossierStatus;
      to: DossierStatus;
      actor: ActorRef;
      note: string | null;
    },
  ): Promise<void> {
    const params: unknown[] = [id];
    const sets = Object.entries(patch).map(([column, value]) => {
      const jsonb = JSONB_COLUMNS.has(column as keyof DossierPatch);
      params.push(jsonb && value !== null ? JSON.stringify(value) : value);
      return `${column} = $${params.length}`;
    });
    await manager.query(
      `UPDATE dossiers SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`,
      params,
    );
    await recordDossierChange(manager, {
      dossierId: id,
      action: entry.action,
      fromStatus: entry.from,
      toStatus: entry.to,
      actor: entry.actor,
      note: entry.note,
    });
  }

  async isSpecialistOf(manager: Executor, agencyId: string, userId: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM users WHERE id = $1 AND agency_id = $2 AND 'SPECIALIST' = ANY(roles)`,
      [userId, agencyId],
    )) as unknown[];
    return rows.length > 0;
  }

  async userName(manager: Executor, userId: string): Promise<string> {
    const rows = (await manager.query('SELECT full_name FROM users WHERE id = $1', [userId])) as {
      full_name: string;
    }[];
    return rows[0]?.full_name ?? '';
  }

  async history(manager: Executor, dossierId: string): Promise<HistoryRow[]> {
    return (await manager.query(
      `SELECT at, action, from_status, to_status, actor_role, actor_name, note
       FROM dossier_history WHERE dossier_id = $1 ORDER BY id`,
      [dossierId],
    )) as HistoryRow[];
  }
}
