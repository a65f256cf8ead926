import { Injectable } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { claimCodeKey, claimCodeOf, claimPageUrl } from '@motcua/domain';

/** A desk dossier's claim code (the API works out the same one) and the page to type it on. */
@Injectable()
export class ClaimCodes {
  private readonly key: Buffer;

  constructor(private readonly config: AppConfig) {
    this.key = claimCodeKey(config.get('JWT_SECRET') as string);
  }

  /** Null once the dossier is claimed (or for one filed online). */
  of(dossier: {
    id: string;
    code: string;
    owner_id: string | null;
    claim_nonce: string | null;
  }): { code: string; url: string } | null {
    if (dossier.owner_id || !dossier.claim_nonce) return null;
    return {
      code: claimCodeOf(this.key, dossier.id, dossier.claim_nonce),
      url: claimPageUrl(this.config.get('PUBLIC_BASE_URL'), dossier.code),
    };
  }
}
