import { Injectable } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { claimCodeKey, claimCodeOf } from '@motcua/domain';

/** The claim codes of desk dossiers, made with a key derived from the server's secret. */
@Injectable()
export class ClaimCodes {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = claimCodeKey(config.get('JWT_SECRET') as string);
  }

  of(dossierId: string, nonce: string): string {
    return claimCodeOf(this.key, dossierId, nonce);
  }
}
