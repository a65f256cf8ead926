import type { Executor } from '../executor';
import { recordDossierChange } from './dossier-history.repository';

/** A desk dossier waiting for its applicant, locked for the claim. */
export interface ClaimableDossier {
  id: string;
  status: string;
  claimNonce: string;
  applicantNationalId: string;
}

/** The claiming citizen as the history names them. */
export interface ClaimingCitizen {
  id: string;
  nationalId: string | null;
  fullName: string;
}

/**
 * The SQL of claiming a desk dossier. Every method runs on the executor it is given (the
 * claim's transaction), never on a connection of its own.
 */
export class DossierClaimRepository {
  /** The dossier of `code` if nobody owns it yet and it has a claim code; locked until commit. */
  async lockClaimable(executor: Executor, code: string): Promise<ClaimableDossier | null> {
    const rows = (await executor.query(
      `SELECT id, status, claim_nonce AS "claimNonce", applicant_national_id AS "applicantNationalId"
       FROM dossiers WHERE code = $1 AND owner_id IS NULL AND claim_nonce IS NOT NULL
       FOR UPDATE`,
      [code],
    )) as ClaimableDossier[];
    return rows[0] ?? null;
  }

  async citizen(executor: Executor, userId: string): Promise<ClaimingCitizen | null> {
    const rows = (await executor.query(
      `SELECT id, national_id AS "nationalId", full_name AS "fullName" FROM users
       WHERE id = $1 AND 'CITIZEN' = ANY(roles)`,
      [userId],
    )) as ClaimingCitizen[];
    return rows[0] ?? null;
  }

  /** The dossier becomes the citizen's; its code is spent; one history entry says so. */
  async hand(executor: Executor, dossier: ClaimableDossier, citizen: ClaimingCitizen) {
    await executor.query(
      `UPDATE dossiers SET owner_id = $2, claim_nonce = NULL, version = version + 1,
         updated_at = now()
       WHERE id = $1`,
      [dossier.id, citizen.id],
    );
    await recordDossierChange(executor, {
      dossierId: dossier.id,
      action: 'claim',
      fromStatus: dossier.status,
      toStatus: dossier.status,
      actor: { id: citizen.id, role: 'CITIZEN', name: citizen.fullName },
      note: null,
    });
  }

  /** The nonce of a dossier still waiting to be claimed; null otherwise. */
  async nonceOf(executor: Executor, dossierId: string): Promise<string | null> {
    const rows = (await executor.query(
      'SELECT claim_nonce AS "claimNonce" FROM dossiers WHERE id = $1 AND owner_id IS NULL',
      [dossierId],
    )) as { claimNonce: string | null }[];
    return rows[0]?.claimNonce ?? null;
  }
}
