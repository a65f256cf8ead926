import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessTokenPayload, RevokedSessions } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import {
  endSessionOfRefreshToken,
  Executor,
  findSpentRefreshToken,
  insertAuthSession,
  insertRefreshToken,
  RefreshTokenRow,
  revokeSessionFamily,
  rotateRefreshToken,
  SessionUserRow,
  UserRepository,
} from '@motcua/database';
import { DataSource } from 'typeorm';
import { InvalidRefreshTokenError } from './auth-errors';
import { TokenPairDto } from './dto/token-pair.dto';
import { hashRefreshToken, newRefreshToken } from './refresh-token';

/**
 * Access tokens (short-lived JWTs) and refresh tokens (opaque, single use, rotated).
 * The refresh tokens of one login share a family: presenting one that was already
 * rotated means it was copied, so the whole family is revoked. A family lives at most
 * REFRESH_SESSION_MAX_DAYS from sign-in, however often it rotates. A token rotated less than
 * REFRESH_REUSE_GRACE_SECONDS ago, in a family that still has a live token, gets a pair of its
 * own instead: two tabs refreshing one token at once must not end the session. A disabled
 * account's tokens rotate no more.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly revokedSessions: RevokedSessions,
  ) {}

  /** Starts a new session (a new token family). */
  start(user: SessionUserRow): Promise<TokenPairDto> {
    return this.dataSource.transaction(async (manager) => {
      const sessionId = randomUUID();
      await insertAuthSession(manager, sessionId, user.id);
      return this.issue(manager, user, sessionId, new Date());
    });
  }

  async refresh(refreshToken: string): Promise<TokenPairDto> {
    const tokenHash = hashRefreshToken(refreshToken);
    const maxDays = this.config.get('REFRESH_SESSION_MAX_DAYS');
    // Family revocation must be committed even though the caller gets a 401, so the
    // transaction returns null instead of throwing.
    let sessionEnded = false;
    const pair = await this.dataSource.transaction(async (manager) => {
      const rotated = await rotateRefreshToken(manager, tokenHash, maxDays);
      if (rotated) return this.continueSession(manager, rotated);
      const previous = await findSpentRefreshToken(
        manager,
        tokenHash,
        this.config.get('REFRESH_REUSE_GRACE_SECONDS'),
        maxDays,
      );
      // Rotated moments ago by a concurrent refresh (another tab) of a session still alive.
      if (previous?.inGrace) return this.continueSession(manager, previous);
      if (previous?.revoked) {
        await revokeSessionFamily(manager, previous.familyId);
        sessionEnded = true;
      }
      return null;
    });
    if (!pair) {
      if (sessionEnded) await this.revokedSessions.sessionsEnded();
      throw new InvalidRefreshTokenError();
    }
    return pair;
  }

  /** Ends the session the token belongs to; unknown or already revoked tokens are fine. */
  async end(refreshToken: string): Promise<void> {
    const ended = await this.dataSource.transaction((manager) =>
      endSessionOfRefreshToken(manager, hashRefreshToken(refreshToken)),
    );
    if (ended) await this.revokedSessions.sessionsEnded();
  }

  private async continueSession(
    db: Executor,
    token: RefreshTokenRow,
  ): Promise<TokenPairDto | null> {
    const user = await this.users.findSessionUser(db, token.userId);
    return user ? this.issue(db, user, token.familyId, new Date(token.sessionStartedAt)) : null;
  }

  private async issue(
    db: Executor,
    user: SessionUserRow,
    familyId: string,
    sessionStartedAt: Date,
  ): Promise<TokenPairDto> {
    const refreshToken = newRefreshToken();
    const refreshTtlMs = this.config.get('JWT_REFRESH_TTL_SECONDS') * 1000;
    const sessionEnd =
      sessionStartedAt.getTime() + this.config.get('REFRESH_SESSION_MAX_DAYS') * 86_400_000;
    await insertRefreshToken(db, {
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
