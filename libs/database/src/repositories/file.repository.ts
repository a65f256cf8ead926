import type { Executor } from '../executor';

/** A stored file as its readers see it (the `files` row without its owner and time). */
export interface StoredFileSummary {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/** A stored file with its owner, for the download check. */
export interface StoredFileRow extends StoredFileSummary {
  ownerId: string;
}

/** The files among `$2` (uuids) that `$1` uploaded; on every filing with attachments. */
const FIND_OWNED_FILES_SQL = `
  SELECT id, file_name AS "fileName", mime_type AS "mimeType", size, sha256
    FROM files WHERE owner_id = $1 AND id = ANY($2::uuid[])`;

/**
 * A dossier that the caller owns, or that belongs to the caller's agency ($2, null for
 * citizens) or was received by it for another agency, and is not a draft (a citizen's draft is theirs alone), references the file as
 * an attachment or as its result. Served by the GIN index on attachments and the expression
 * index on the result file id.
 */
const REFERENCED_FOR_READER_SQL = `
  SELECT 1 FROM dossiers
   WHERE attachments @> $3::jsonb AND (owner_id = $1
     OR ((agency_id = $2 OR received_by_agency_id = $2) AND status <> 'DRAFT'))
  UNION ALL
  SELECT 1 FROM dossiers
   WHERE (result ->> 'resultFileId') = $4 AND (owner_id = $1
     OR ((agency_id = $2 OR received_by_agency_id = $2) AND status <> 'DRAFT'))
  LIMIT 1`;

/** `files`: uploaded documents (their bytes live in the file store under `sha256`). */
export class FileRepository {
  /** The files among `ids` (lower-case uuids) that `ownerId` uploaded. */
  async findOwned(db: Executor, ownerId: string, ids: string[]): Promise<StoredFileSummary[]> {
    return (await db.query(FIND_OWNED_FILES_SQL, [ownerId, ids])) as StoredFileSummary[];
  }

  async findById(db: Executor, id: string): Promise<StoredFileRow | null> {
    const rows = (await db.query(
      `SELECT id, file_name AS "fileName", mime_type AS "mimeType", size, sha256, owner_id AS "ownerId"
         FROM files WHERE id = $1`,
      [id],
    )) as StoredFileRow[];
    return rows[0] ?? null;
  }

  /** Records an upload whose bytes are in the file store; returns its new id. */
  async insert(db: Executor, file: Omit<StoredFileRow, 'id'>): Promise<string> {
    const rows = (await db.query(
      `INSERT INTO files (owner_id, file_name, size, mime_type, sha256)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [file.ownerId, file.fileName, file.size, file.mimeType, file.sha256],
    )) as { id: string }[];
    return rows[0].id;
  }

  /**
   * Whether a dossier `reader` may see references the file (as an attachment or as its
   * result); `agencyId` is the reader's agency when they are an official, null otherwise.
   */
  async isReferencedForReader(
    db: Executor,
    reader: { userId: string; agencyId: string | null },
    fileId: string,
  ): Promise<boolean> {
    const rows = (await db.query(REFERENCED_FOR_READER_SQL, [
      reader.userId,
      reader.agencyId,
      JSON.stringify([{ fileId }]),
      fileId,
    ])) as unknown[];
    return rows.length > 0;
  }

  /**
   * Bytes `ownerId` uploaded in the last `windowSeconds`, for the per-user upload quota
   * (served by the owner/created index).
   */
  async bytesSince(db: Executor, ownerId: string, windowSeconds: number): Promise<number> {
    const rows = (await db.query(
      `SELECT coalesce(sum(size), 0)::bigint::text AS bytes FROM files
       WHERE owner_id = $1 AND created_at > now() - make_interval(secs => $2)`,
      [ownerId, windowSeconds],
    )) as { bytes: string }[];
    return Number(rows[0].bytes);
  }
}
