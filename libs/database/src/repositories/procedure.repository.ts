import type { OnlineLevel, ProcedureField, RequiredDocument } from '@motcua/domain';
import type { Executor } from '../executor';

/** What filing a dossier needs to know about a procedure, as read. */
export interface ProcedureForFilingRow {
  id: string;
  code: string;
  name: string;
  agency_id: string;
  agency_code: string;
  agency_name: string;
  processing_days: number;
  postal_delivery: boolean;
  fields: ProcedureField[];
  required_documents: RequiredDocument[];
}

/** A procedure as stored (without its timestamps). */
export interface ProcedureRecord {
  id: string;
  code: string;
  agencyId: string;
  name: string;
  processingDays: number;
  /** In VND. */
  fee: number;
  onlineLevel: OnlineLevel;
  postalDelivery: boolean;
  purpose: string | null;
  eligibility: string | null;
  requiredDocuments: RequiredDocument[];
  fields: ProcedureField[];
}

/** A procedure with the agency it belongs to. */
export interface ProcedureWithAgency extends ProcedureRecord {
  agency: { id: string; code: string; name: string };
}

/** What a procedure's edit may change. */
export type ProcedureChanges = Omit<ProcedureRecord, 'id' | 'code'>;

/** `procedures`: the catalogue, read by code (the search is procedure-search.repository.ts). */
export class ProcedureRepository {
  /** The procedure with `code` and its agency, as filing needs them. */
  async findForFiling(db: Executor, code: string): Promise<ProcedureForFilingRow | null> {
    const rows = (await db.query(
      `SELECT p.id, p.code, p.name, p.agency_id, a.code AS agency_code, a.name AS agency_name,
              p.processing_days, p.postal_delivery, p.fields, p.required_documents
         FROM procedures p
         JOIN agencies a ON a.id = p.agency_id
        WHERE p.code = $1`,
      [code],
    )) as ProcedureForFilingRow[];
    return rows[0] ?? null;
  }

  async findByCode(db: Executor, code: string): Promise<ProcedureWithAgency | null> {
    const rows = (await db.query(
      `SELECT p.id, p.code, p.agency_id AS "agencyId", p.name, p.processing_days AS "processingDays",
              p.fee::text AS fee, p.online_level AS "onlineLevel", p.postal_delivery AS "postalDelivery",
              p.purpose, p.eligibility, p.required_documents AS "requiredDocuments", p.fields,
              json_build_object('id', a.id, 'code', a.code, 'name', a.name) AS agency
         FROM procedures p
         JOIN agencies a ON a.id = p.agency_id
        WHERE p.code = $1`,
      [code],
    )) as (Omit<ProcedureWithAgency, 'fee'> & { fee: string })[];
    const row = rows[0];
    return row ? { ...row, fee: Number(row.fee) } : null;
  }

  /** Inserts a new procedure; a taken code fails with PostgreSQL's unique violation (23505). */
  async insert(db: Executor, procedure: Omit<ProcedureRecord, 'id'>): Promise<string> {
    const rows = (await db.query(
      `INSERT INTO procedures (code, agency_id, name, processing_days, fee, online_level,
         postal_delivery, purpose, eligibility, required_documents, fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        procedure.code,
        procedure.agencyId,
        procedure.name,
        procedure.processingDays,
        procedure.fee,
        procedure.onlineLevel,
        procedure.postalDelivery,
        procedure.purpose,
        procedure.eligibility,
        JSON.stringify(procedure.requiredDocuments),
        JSON.stringify(procedure.fields),
      ],
    )) as { id: string }[];
    return rows[0].id;
  }

  async update(db: Executor, id: string, changes: ProcedureChanges): Promise<void> {
    await db.query(
      `UPDATE procedures SET agency_id = $2, name = $3, processing_days = $4, fee = $5,
         online_level = $6, postal_delivery = $7, purpose = $8, eligibility = $9,
         required_documents = $10, fields = $11, updated_at = now()
       WHERE id = $1`,
      [
        id,
        changes.agencyId,
        changes.name,
        changes.processingDays,
        changes.fee,
        changes.onlineLevel,
        changes.postalDelivery,
        changes.purpose,
        changes.eligibility,
        JSON.stringify(changes.requiredDocuments),
        JSON.stringify(changes.fields),
      ],
    );
  }
}
