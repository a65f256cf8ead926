import type { OnlineLevel, ProcedureField, RequiredDocument } from '@motcua/domain';
import type { EntityManager } from 'typeorm';

/** Anything that runs SQL: the DataSource, or the EntityManager of a transaction. */
type Executor = Pick<EntityManager, 'query'>;

/**
 * The folded text a procedure is searched on (alias `p`); the trigram index
 * `idx_procedures_search_trgm` is built on this very expression, so the two must stay equal.
 */
export const PROCEDURE_SEARCH_TEXT = `motcua_search_text(p.name || ' ' || p.code)`;

/** At most this many words of a query are matched (each one is a trigram index probe). */
export const MAX_SEARCH_WORDS = 8;

export interface ProcedureSearch {
  /** Free text: every word must appear in the name or the code, ignoring case and diacritics. */
  q?: string;
  agencyCode?: string;
  /** `name`: alphabetical; `popular`: most dossiers received over the last year first. */
  sort: 'name' | 'popular';
  offset: number;
  limit: number;
}

/** A procedure of the catalogue with its agency, as stored. */
export interface ProcedureRow {
  code: string;
  name: string;
  agencyCode: string;
  agencyName: string;
  processingDays: number;
  fee: number;
  onlineLevel: OnlineLevel;
  postalDelivery: boolean;
  purpose: string | null;
  eligibility: string | null;
  requiredDocuments: RequiredDocument[];
  fields: ProcedureField[];
}

/** The words of a query, deduplicated, as `LIKE` patterns (`%`, `_` and `\` taken literally). */
export function searchWords(q: string | undefined): string[] {
  const words = new Set(
    (q ?? '')
      .split(/\s+/u)
      .filter((word) => word.length > 0)
      .map((word) => word.replace(/[\\%_]/g, (c) => `\\${c}`)),
  );
  return [...words].slice(0, MAX_SEARCH_WORDS);
}

/**
 * The catalogue page asked for and the number of matches. Words are folded by
 * `motcua_search_text` on both sides, so "dang ky", "ĐĂNG KÝ" and "Đăng ký" match alike, and
 * the trigram index on the folded name and code serves each `LIKE`. The popular order reads
 * `procedure_usage`, which each rollup refresh rewrites.
 */
export async function searchProcedures(
  db: Executor,
  search: ProcedureSearch,
): Promise<{ rows: ProcedureRow[]; total: number }> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = searchWords(search.q).map(
    (word) =>
      `${PROCEDURE_SEARCH_TEXT} LIKE '%' || motcua_search_text(${param(word)}) || '%' ESCAPE '\\'`,
  );
  if (search.agencyCode !== undefined) where.push(`a.code = ${param(search.agencyCode)}`);
  const from = `procedures p JOIN agencies a ON a.id = p.agency_id
    ${search.sort === 'popular' ? 'LEFT JOIN procedure_usage u ON u.procedure_id = p.id' : ''}
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
  const order =
    search.sort === 'popular' ? 'COALESCE(u.filed, 0) DESC, p.name, p.code' : 'p.name, p.code';
  const filter = [...params];
  const rows = (await db.query(
    `SELECT p.code, p.name, a.code AS agency_code, a.name AS agency_name, p.processing_days,
            p.fee, p.online_level, p.postal_delivery, p.purpose, p.eligibility,
            p.required_documents, p.fields,
            count(*) OVER () AS total
       FROM ${from}
      ORDER BY ${order}
     OFFSET ${param(search.offset)} LIMIT ${param(search.limit)}`,
    params,
  )) as (Record<string, unknown> & { total: string })[];
  // past the last page the window count has no row to ride on
  const total =
    rows.length > 0
      ? Number(rows[0].total)
      : search.offset === 0
        ? 0
        : Number(
            (
              (await db.query(`SELECT count(*) AS total FROM ${from}`, filter)) as {
                total: string;
              }[]
            )[0].total,
          );
  return {
    total,
    rows: rows.map((row) => ({
      code: row.code as string,
      name: row.name as string,
      agencyCode: row.agency_code as string,
      agencyName: row.agency_name as string,
      processingDays: row.processing_days as number,
      fee: Number(row.fee),
      onlineLevel: row.online_level as OnlineLevel,
      postalDelivery: row.postal_delivery as boolean,
      purpose: row.purpose as string | null,
      eligibility: row.eligibility as string | null,
      requiredDocuments: row.required_documents as RequiredDocument[],
      fields: row.fields as ProcedureField[],
    })),
  };
}
