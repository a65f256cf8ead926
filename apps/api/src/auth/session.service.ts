import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessTokenPayload } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import { AuthSessionEntity, RefreshTokenEntity, UserEntity } from '@motcua/database';
import { DataSource, EntityManager } from 'typeorm';
import { InvalidRefreshTokenError } from './auth-errors';
import { TokenPairDto } from './dto/token-pair.dto';
import { hashRefreshToken, newRefreshToken } from './refresh-token';

type SessionUser = Pick<UserEntity, 'id' | 'roles' | 'agencyId'>;

/**
 * Access tokens (short-lived JWTs) and refresh tokens (opaque, single use, rotated).
 * The refresh tokens of one login share a family: presenting one that was already
 * rotated means it was copied, so the whole family is revoked. A family lives at most
 * REFRESH_SESSION_MAX_DAYS from sign-in, however often it rotates. A token rotated less than
 * REFRESH_REUSE_GRACE_SECONDS ago, in a family that still has a live token, gets a pair of its
 * own instead: two tabs refreshing one token at once must not end the session.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  /** Starts a new session (a new token family). */
  start(user: SessionUser): Promise<TokenPairDto> {
    return this.dataSource.transaction(async (manager) => {
      const sessionId = randomUUID();
      await manager.insert(AuthSessionEntity, { id: sessionId, userId: user.id });
      return this.issue(manager, user, sessionId, new Date());
    });
  }

  async refresh(refreshToken: string): Promise<TokenPairDto> {
    const tokenHash = hashRefreshToken(refreshToken);
    // Family revocation must be committed even though the caller gets a 401, so the
    // transaction returns null instead of throwing.
    const pair = await this.dataSource.transaction(async (manager) => {
      const rotated = await manager
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ revokedAt: () => 'now()' })
        .where(
          'token_hash = :tokenHash AND revoked_at IS NULL AND expires_at > now() ' +
            'AND session_started_at > now() - make_interval(days => :maxDays)',
          { tokenHash, maxDays: this.config.get('REFRESH_SESSION_MAX_DAYS') },
        )
        .returning('user_id, family_id, session_started_at')
        .execute();
      const row = (
        rotated.raw as { user_id: string; family_id: string; session_started_at: Date }[]
      )[0];
      if (row) {
        const user = await manager.findOne(UserEntity, {
          where: { id: row.user_id },
          select: { id: true, roles: true, agencyId: true },
        });
        return user
          ? this.issue(manager, user, row.family_id, new Date(row.session_started_at))
          : null;
      }
      const known = (await manager.query(
        `SELECT t.user_id, t.family_id, t.session_started_at, t.revoked_at IS NOT NULL AS revoked,
                (t.revoked_at > now() - make_interval(secs => $2)
                  AND t.session_started_at > now() - make_interval(days => $3)
                  AND EXISTS (SELECT 1 FROM refresh_tokens live
                               WHERE live.family_id = t.family_id
                                 AND live.revoked_at IS NULL AND live.expires_at > now())
                ) AS in_grace
           FROM refresh_tokens t WHERE t.token_hash = $1`,
        [
          tokenHash,
          this.config.get('REFRESH_REUSE_GRACE_SECONDS'),
          this.config.get('REFRESH_SESSION_MAX_DAYS'),
        ],
      )) as {
        user_id: string;
        family_id: string;
        session_started_at: Date;
        revoked: boolean;
        in_grace: boolean;
      }[];
      const previous = known[0];
      if (previous?.in_grace) {
        // Rotated moments ago by a concurrent refresh (another tab) of a session still alive.
        const user = await manager.findOne(UserEntity, {
          where: { id: previous.user_id },
          select: { id: true, roles: true, agencyId: true },
        });
        return user
          ? this.issue(manager, user, previous.family_id, new Date(previous.session_started_at))
          : null;
      }
      if (previous?.revoked) await this.revokeFamily(manager, previous.family_id);
      return null;
    });
    if (!pair) throw new InvalidRefreshTokenError();
    return pair;
  }

  /** Ends the session the token belongs to; unknown or already revoked tokens are fine. */
  async end(refreshToken: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where(
        'revoked_at IS NULL AND id IN ' +
          '(SELECT family_id FROM refresh_tokens WHERE token_hash = :tokenHash)',
        { tokenHash: hashRefreshToken(refreshToken) },
      )
      .execute();
    await this.dataSource
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where(
        'revoked_at IS NULL AND family_id IN ' +
          '(SELECT family_id FROM refresh_tokens WHERE token_hash = :tokenHash)',
        { tokenHash: hashRefreshToken(refreshToken) },
      )
      .execute();
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(AuthSessionEntity, { id: familyId }, { revokedAt: () => 'now()' });
    await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }

  private async issue(
    manager: EntityManager,
    user: SessionUser,
    familyId: string,
    sessionStartedAt: Date,
  ): Promise<TokenPairDto> {
    const refreshToken = newRefreshToken();
    const refreshTtlMs = this.config.get('JWT_REFRESH_TTL_SECONDS') * 1000;
    const sessionEnd =
      sessionStartedAt.getTime() + this.config.get('REFRESH_SESSION_MAX_DAYS') * 86_400_000;
    await manager.insert(RefreshTokenEntity, {
      userId: user.id,
      familyId,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: new Date(Math.min(Date.now() + refreshTtlMs, sessionEnd)),
      sessionStartedAt,
    });
    // Identity and permissions only: no personal data travels in the token.
    const payload: AccessTokenPayload = {
      sub: user.id,
      sid: familyId,
      roles: user.roles,
      agencyId: user.agencyId,
    };
    return {
      accessToken: await this.jwt.signAsync(payload),
      refreshToken,
      expiresIn: this.config.get('JWT_ACCESS_TTL_SECONDS'),
    };
  }
}
