import type { AgencyKind } from '@motcua/domain';
import type { Executor } from '../executor';

/** One agency as the API shows it: the parent by its code. */
export interface AgencyRow {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
  parentId: string | null;
  parentCode: string | null;
}

/** An agency of the tree listing, with its depth (0: a root). */
export interface AgencyTreeRow extends AgencyRow {
  depth: number;
}

export interface AgencyValues {
  code: string;
  name: string;
  kind: AgencyKind;
  parentId: string | null;
}

const COLUMNS = `a.id, a.code, a.name, a.kind, a.parent_id AS "parentId", p.code AS "parentCode"`;

/**
 * Serialises the changes to the tree: two moves checked at once could each see no cycle and
 * together make one. Held to the end of the transaction.
 */
const TREE_LOCK_KEY = 0x6d63_6167; // 'mcag'

/** The agencies and their tree, each statement on the executor it is given. */
export class AgencyRepository {
  async findByCode(db: Executor, code: string): Promise<AgencyRow | null> {
    const rows = (await db.query(
      `SELECT ${COLUMNS} FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id
        WHERE a.code = $1`,
      [code],
    )) as AgencyRow[];
    return rows[0] ?? null;
  }

  async findById(db: Executor, id: string): Promise<AgencyRow | null> {
    const rows = (await db.query(
      `SELECT ${COLUMNS} FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id
        WHERE a.id = $1`,
      [id],
    )) as AgencyRow[];
    return rows[0] ?? null;
  }

  /**
   * Every agency, depth first: each root, then what is under it, siblings by name (then code).
   * An agency whose parent chain never reaches a root cannot exist (moves are checked under
   * the tree lock), so every agency is listed.
   */
  async listTree(db: Executor): Promise<AgencyTreeRow[]> {
    return (await db.query(
      `WITH RECURSIVE t AS (
         SELECT a.id, 0 AS depth, ARRAY[a.name || E'\\x01' || a.code] AS path
           FROM agencies a WHERE a.parent_id IS NULL
         UNION ALL
         SELECT c.id, t.depth + 1, t.path || (c.name || E'\\x01' || c.code)
           FROM agencies c JOIN t ON c.parent_id = t.id
       )
       SELECT ${COLUMNS}, t.depth
         FROM t JOIN agencies a ON a.id = t.id LEFT JOIN agencies p ON p.id = a.parent_id
        ORDER BY t.path`,
    )) as AgencyTreeRow[];
  }

  /** The new agency's id; null when the code is taken. */
  async insert(db: Executor, values: AgencyValues): Promise<string | null> {
    const rows = (await db.query(
      `INSERT INTO agencies (code, name, kind, parent_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [values.code, values.name, values.kind, values.parentId],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** False when the new code is another agency's. */
  async update(db: Executor, id: string, values: AgencyValues): Promise<boolean> {
    const rows = (await db.query(
      // a bare UPDATE answers [rows, count] through TypeORM; as a CTE it answers the rows
      `WITH u AS (
         UPDATE agencies SET code = $2, name = $3, kind = $4, parent_id = $5
          WHERE id = $1
            AND NOT EXISTS (SELECT 1 FROM agencies o WHERE o.code = $2 AND o.id <> $1)
         RETURNING id
       )
       SELECT id FROM u`,
      [id, values.code, values.name, values.kind, values.parentId],
    )) as { id: string }[];
    return rows.length > 0;
  }

  /** Takes the tree lock for the rest of the transaction `db` runs in. */
  async lockTree(db: Executor): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock($1)', [TREE_LOCK_KEY]);
  }

  /** The agency and every agency below it, at any depth. */
  async subtreeIds(db: Executor, rootId: string): Promise<string[]> {
    const rows = (await db.query(
      `WITH RECURSIVE t AS (
         SELECT id FROM agencies WHERE id = $1
         UNION
         SELECT c.id FROM agencies c JOIN t ON c.parent_id = t.id
       )
       SELECT id FROM t`,
      [rootId],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Whether `candidateId` is `rootId` itself or an agency below it. */
  async isInSubtree(db: Executor, rootId: string, candidateId: string): Promise<boolean> {
    // walks up from the candidate: a path to the root is short, a subtree may be wide
    const rows = (await db.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id FROM agencies WHERE id = $2
         UNION
         SELECT a.id, a.parent_id FROM agencies a JOIN up ON a.id = up.parent_id
       )
       SELECT EXISTS (SELECT 1 FROM up WHERE id = $1) AS found`,
      [rootId, candidateId],
    )) as { found: boolean }[];
    return rows[0].found;
  }

  /** The kinds of the agencies directly under `id`. */
  async childKinds(db: Executor, id: string): Promise<AgencyKind[]> {
    const rows = (await db.query('SELECT DISTINCT kind FROM agencies WHERE parent_id = $1', [
      id,
    ])) as { kind: AgencyKind }[];
    return rows.map((r) => r.kind);
  }

  /** Whether any dossier has been given a code by this agency or names it as competent. */
  async hasDossiers(db: Executor, id: string): Promise<boolean> {
    const rows = (await db.query(
      `SELECT EXISTS (SELECT 1 FROM dossiers WHERE agency_id = $1)
           OR EXISTS (SELECT 1 FROM dossiers WHERE received_by_agency_id = $1) AS found`,
      [id],
    )) as { found: boolean }[];
    return rows[0].found;
  }
}
