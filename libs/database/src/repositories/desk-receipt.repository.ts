import type { AgencyKind } from '@motcua/domain';
import type { Executor } from '../executor';

/** An agency with what receipt across boundaries needs: its kind and its province. */
export interface AgencyPlace {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
  /** The root of its tree (its province); itself for a root. */
  provinceId: string;
}

/**
 * Where agencies sit in the tree, for a desk receiving a dossier of another agency (the rule is
 * libs/domain receipt-across-boundary.ts). Each statement runs on the executor it is given.
 */
export class DeskReceiptRepository {
  /**
   * The agencies `ids` with the root of each one's tree, walking up the parents (two steps at
   * most in a two-tier tree; the depth bound only stops a cycle an edit could ever leave).
   */
  async places(db: Executor, ids: readonly string[]): Promise<Map<string, AgencyPlace>> {
    const rows = (await db.query(
      `WITH RECURSIVE up AS (
         SELECT a.id AS start_id, a.id, a.parent_id, 0 AS depth
           FROM agencies a WHERE a.id = ANY($1::uuid[])
         UNION ALL
         SELECT up.start_id, p.id, p.parent_id, up.depth + 1
           FROM up JOIN agencies p ON p.id = up.parent_id
          WHERE up.depth < 8
       )
       SELECT a.id, a.code, a.name, a.kind, root.id AS "provinceId"
         FROM agencies a
         JOIN LATERAL (
           SELECT up.id FROM up WHERE up.start_id = a.id ORDER BY up.depth DESC LIMIT 1
         ) root ON true
        WHERE a.id = ANY($1::uuid[])`,
      [ids],
    )) as AgencyPlace[];
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The kind of agency `id`; null for no such agency. */
  async kindOf(db: Executor, id: string): Promise<AgencyKind | null> {
    const rows = (await db.query('SELECT kind FROM agencies WHERE id = $1', [id])) as {
      kind: AgencyKind;
    }[];
    return rows[0]?.kind ?? null;
  }
}
