import { Injectable } from '@nestjs/common';
import { DeskReceiptRepository } from '@motcua/database';
import { AgencyKind } from '@motcua/domain';
import { DataSource } from 'typeorm';

/** How long a kind read here is trusted: an agency's kind seldom changes. */
export const SERVICE_CENTRE_CACHE_TTL_MS = 60_000;

/**
 * Which agencies are service centres, the only ones whose work list also shows what they
 * received for other agencies. Remembered per agency for `SERVICE_CENTRE_CACHE_TTL_MS`, so the
 * work list of every other agency costs no extra statement.
 */
@Injectable()
export class ServiceCentres {
  private readonly known = new Map<string, { centre: boolean; expiresAt: number }>();
  private readonly agencies = new DeskReceiptRepository();

  constructor(private readonly dataSource: DataSource) {}

  async isCentre(agencyId: string): Promise<boolean> {
    const now = Date.now();
    const cached = this.known.get(agencyId);
    if (cached && cached.expiresAt > now) return cached.centre;
    const kind = await this.agencies.kindOf(this.dataSource.manager, agencyId);
    const centre = kind === AgencyKind.ServiceCentre;
    this.known.set(agencyId, { centre, expiresAt: now + SERVICE_CENTRE_CACHE_TTL_MS });
    return centre;
  }
}
