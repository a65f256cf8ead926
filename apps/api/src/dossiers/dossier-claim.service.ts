import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import { DossierClaimRepository, DossierRepository } from '@motcua/database';
import { claimCodeMatches, NotFoundError, vietnamDate } from '@motcua/domain';
import { InjectRedis } from '@motcua/queue';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { FixedWindowCounts, RateLimitedError } from '../http/rate-limit.module';
import { ClaimCodes } from './claim-codes';
import { toDossierResponse } from './dossier.mapper';
import { ClaimDossierDto } from './dto/claim-dossier.dto';
import { DossierResponse } from './dto/dossier.response';

const HOUR_MS = 3_600_000;
/** One answer for a wrong code, an unknown dossier, another person's or one already claimed. */
const NOT_CLAIMABLE = 'Không tìm thấy hồ sơ với mã hồ sơ và mã nhận hồ sơ này.';

/**
 * A citizen brings a dossier the desk entered for them into their account, proving it with
 * the claim code printed on the receipt. Attempts are counted per account before anything is
 * looked up, and per dossier once it is found (in Redis, so the limits hold across replicas;
 * counted in-process while Redis cannot be reached).
 */
@Injectable()
export class DossierClaimService {
  private readonly attempts: FixedWindowCounts;
  private readonly perHour: number;
  private readonly prefix: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierRepository,
    private readonly claims: DossierClaimRepository,
    private readonly codes: ClaimCodes,
    @InjectRedis() redis: Redis,
    config: AppConfig,
  ) {
    this.attempts = new FixedWindowCounts(redis);
    this.perHour = config.get('CLAIM_RATE_LIMIT_PER_HOUR');
    this.prefix = config.get('QUEUE_PREFIX');
  }

  async claim(user: AuthenticatedUser, dto: ClaimDossierDto): Promise<DossierResponse> {
    await this.countAttempt(`account:${user.id}`);
    const claimed = await this.dataSource.transaction(async (manager) => {
      const dossier = await this.claims.lockClaimable(manager, dto.code.trim().toUpperCase());
      if (!dossier) return null;
      // counted on the dossier, whoever tries: a code cannot be guessed by many accounts
      await this.countAttempt(`dossier:${dossier.id}`);
      const citizen = await this.claims.citizen(manager, user.id);
      if (
        !citizen ||
        citizen.nationalId !== dossier.applicantNationalId ||
        !claimCodeMatches(this.codes.of(dossier.id, dossier.claimNonce), dto.claimCode)
      ) {
        return null;
      }
      await this.claims.hand(manager, dossier, citizen);
      return this.dossiers.findDetail(manager, { id: dossier.id });
    });
    if (!claimed) throw new NotFoundError(NOT_CLAIMABLE);
    return toDossierResponse(
      claimed,
      {
        procedureCode: claimed.procedure_code,
        procedureName: claimed.procedure_name,
        agencyCode: claimed.agency_code,
        assigneeName: claimed.assignee_name,
      },
      vietnamDate(new Date()),
    );
  }

  /** Counts one attempt; past the hourly limit, 429. */
  private async countAttempt(subject: string): Promise<void> {
    const [hits] = await this.attempts.add(`${this.prefix}:limit:claim:${subject}`, 1, HOUR_MS);
    if (hits > this.perHour) throw new RateLimitedError();
  }
}
