import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@motcua/config';
import { UserRepository } from '@motcua/database';
import { ConflictError, needsSecondFactor, Role } from '@motcua/domain';
import { DataSource } from 'typeorm';
import { SecondFactorInvalidError, SecondFactorRequiredError } from './auth-errors';
import { TokenPairDto } from './dto/token-pair.dto';
import { TotpEnrolmentDto } from './dto/second-factor.dto';
import { LoginLockout } from './login-lockout.service';
import { SessionService } from './session.service';
import { matchingTotpStep, newTotpSecret, otpauthUri, TotpSecretBox } from './totp';

/** Audience of a second-factor challenge: never accepted as an access token, nor the reverse. */
const CHALLENGE_AUDIENCE = 'motcua:second-factor';
export const CHALLENGE_TTL_SECONDS = 300;

/**
 * The second factor (TOTP) of the roles named in TOTP_REQUIRED_ROLES. A sign-in whose password
 * is right gets a short-lived challenge instead of tokens; the challenge and a valid code (one
 * not used before) then start the session. An account not enrolled yet gets a new secret with
 * its challenge, confirmed by its first valid code. Wrong codes count towards the account's
 * lock-out like wrong passwords, and only a full sign-in clears the count.
 */
@Injectable()
export class SecondFactorService {
  private readonly requiredRoles: Role[];
  private readonly box: TotpSecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly jwt: JwtService,
    private readonly lockout: LoginLockout,
    private readonly sessions: SessionService,
    config: AppConfig,
  ) {
    this.requiredRoles = config.get('TOTP_REQUIRED_ROLES');
    this.box = new TotpSecretBox(
      config.get('TOTP_ENCRYPTION_KEY') ?? (config.get('JWT_SECRET') as string),
    );
  }

  required(roles: readonly Role[]): boolean {
    return needsSecondFactor(roles, this.requiredRoles);
  }

  /** The answer to a right password of an account that needs a second factor. */
  async challenge(user: { id: string; totpEnabled: boolean }): Promise<SecondFactorRequiredError> {
    const challenge = await this.jwt.signAsync(
      { sub: user.id },
      { audience: CHALLENGE_AUDIENCE, expiresIn: CHALLENGE_TTL_SECONDS },
    );
    return new SecondFactorRequiredError(challenge, user.totpEnabled);
  }

  /** A new secret for an account not enrolled yet (each call replaces the unconfirmed one). */
  async enrol(challenge: string): Promise<TotpEnrolmentDto> {
    const userId = await this.subjectOf(challenge);
    const totp = await this.users.findTotp(this.dataSource.manager, userId);
    const secret = newTotpSecret();
    if (
      !totp ||
      totp.enabled ||
      !(await this.users.storePendingTotpSecret(
        this.dataSource.manager,
        userId,
        this.box.seal(secret),
      ))
    ) {
      throw new ConflictError(
        'Tài khoản đã thiết lập ứng dụng xác thực. Vui lòng nhập mã từ ứng dụng đó.',
      );
    }
    return { secret, otpauthUri: otpauthUri(secret, totp.email ?? 'motcua') };
  }

  /** Starts the session when `otp` is the account's code now and was not used before. */
  async verify(challenge: string, otp: string): Promise<TokenPairDto> {
    const userId = await this.subjectOf(challenge);
    const attempt = await this.lockout.begin('', userId);
    const db = this.dataSource.manager;
    const user = await this.users.findSessionUser(db, userId);
    const totp = await this.users.findTotp(db, userId);
    const secret = totp?.secret ? this.box.open(totp.secret) : null;
    const step = secret ? matchingTotpStep(secret, otp) : null;
    if (!user || step === null || !(await this.users.acceptTotpStep(db, userId, step))) {
      throw attempt.failed() ?? new SecondFactorInvalidError();
    }
    await attempt.succeeded();
    return this.sessions.start(user);
  }

  private async subjectOf(challenge: string): Promise<string> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown }>(challenge, {
        audience: CHALLENGE_AUDIENCE,
        algorithms: ['HS256'],
      });
      if (typeof payload.sub === 'string') return payload.sub;
    } catch {
      // expired, altered or not a challenge: the same answer as a wrong code
    }
    throw new SecondFactorInvalidError();
  }
}
