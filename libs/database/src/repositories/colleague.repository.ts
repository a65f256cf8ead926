import type { Executor } from '../executor';

export interface ColleagueRow {
  id: string;
  full_name: string;
  roles: string[];
}

/**
 * The officials of one agency as their colleagues see them (name and roles, nothing else):
 * the desk and the leader choose the specialist a dossier is assigned to from it.
 */
export class ColleagueRepository {
  /** The agency's officials, by name; only those holding `role` when one is given. */
  async ofAgency(db: Executor, agencyId: string, role?: string): Promise<ColleagueRow[]> {
    return (await db.query(
      `SELECT id, full_name, roles FROM users
        WHERE agency_id = $1 AND ($2::text IS NULL OR $2 = ANY(roles))
        ORDER BY full_name, id
        LIMIT 500`,
      [agencyId, role ?? null],
    )) as ColleagueRow[];
  }
}
