import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PasswordHasher, RevokedSessions } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import {
  AuditAction,
  AuditLogRepository,
  findPasswordResetAccount,
  recordPasswordResetRequest,
  resetPasswordWithToken,
  UserRepository,
} from '@motcua/database';
import { passwordWeakness, ValidationFailedError } from '@motcua/domain';
import { InjectRedis } from '@motcua/queue';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { withAddHits } from '../http/fixed-window-script';
import { LocalWindows } from '../http/rate-limit.module';
import { InvitationInvalidError, ResetTokenInvalidError } from './auth-errors';
import { PasswordResetRequestedDto } from './dto/password-reset.dto';

const HOUR_MS = 3_600_000;

export const PASSWORD_RESET_REQUESTED: PasswordResetRequestedDto = {
  message:
    'Nếu thông tin trên khớp với một tài khoản, đường dẫn đặt lại mật khẩu đã được gửi tới email (và số điện thoại) của tài khoản đó. Đường dẫn có hiệu lực trong thời gian ngắn và chỉ dùng được một lần.',
};

/**
 * Forgotten passwords. A request is only recorded (the outbox event is written whether or not
 * the login matches an account, in one statement); the worker makes the token and sends the
 * link. So the answer, and the work behind it, are the same for every login.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);
  private readonly local = new LocalWindows();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly auditLog: AuditLogRepository,
    private readonly revokedSessions: RevokedSessions,
    private readonly passwordHasher: PasswordHasher,
  ) {}

  async request(login: string): Promise<PasswordResetRequestedDto> {
    if (await this.withinLoginLimit(login)) {
      await recordPasswordResetRequest(this.dataSource, login);
    }
    return PASSWORD_RESET_REQUESTED;
  }

  async confirm(token: string, password: string): Promise<void> {
    // a cheap look first: an unknown token must not cost an argon2 hash
    const account = await findPasswordResetAccount(this.dataSource, token);
    if (!account) throw new ResetTokenInvalidError();
    // the rules of registration, the account's own national ID, phone and e-mail included
    const weakness = passwordWeakness(password, account);
    if (weakness) throw new ValidationFailedError([{ field: 'password', message: weakness }]);
    const passwordHash = await this.passwordHasher.hash(password);
    const userId = await this.dataSource.transaction((manager) =>
      resetPasswordWithToken(manager, token, passwordHash),
    );
    // spent or expired while the hash was being made
    if (!userId) throw new ResetTokenInvalidError();
    // the reset ended the account's sessions
    await this.revokedSessions.sessionsEnded();
  }

  /**
   * An invited official sets their first password with the invitation's token (only tokens
   * of invitations are taken here, and only here). Written to the audit log.
   */
  async acceptInvitation(token: string, password: string): Promise<void> {
    const account = await findPasswordResetAccount(this.dataSource, token, 'INVITATION');
    if (!account) throw new InvitationInvalidError();
    const weakness = passwordWeakness(password, account);
    if (weakness) throw new ValidationFailedError([{ field: 'password', message: weakness }]);
    const passwordHash = await this.passwordHasher.hash(password);
    const accepted = await this.dataSource.transaction(async (manager) => {
      const userId = await resetPasswordWithToken(manager, token, passwordHash, 'INVITATION');
      if (!userId) return false;
      const official = await this.users.findOfficial(manager, userId, null);
      await this.auditLog.append(manager, {
        actorId: userId,
        action: AuditAction.InvitationAccepted,
        subjectId: userId,
        agencyId: official?.agencyId ?? null,
      });
      return true;
    });
    if (!accepted) throw new InvitationInvalidError();
  }

  /**
   * Counts a request for this login (hashed: no login in Redis keys) in an hour's window. Over
   * the limit nothing more is sent, with the same answer, so a mailbox cannot be flooded and
   * the answer still says nothing. While Redis cannot be reached the count is kept in this
   * process, as the address limits do.
   */
  private async withinLoginLimit(login: string): Promise<boolean> {
    const hash = createHash('sha256').update(normalisedLogin(login)).digest('base64url');
    const key = `${this.config.get('QUEUE_PREFIX')}:limit:password-reset:${hash}`;
    let hits: number;
    try {
      // not connected: count here at once rather than wait for a reconnection
      if (this.redis.status !== 'ready') throw new Error(`Redis connection ${this.redis.status}`);
      [hits] = await withAddHits(this.redis).motcuaAddHits(key, 1, HOUR_MS);
    } catch (error) {
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'Password reset requests per login counted in this process (Redis unreachable)',
      );
      [hits] = this.local.add(key, HOUR_MS);
    }
    return hits <= this.config.get('PASSWORD_RESET_PER_LOGIN_PER_HOUR');
  }
}

/** E-mail addresses are matched lower-case, so `An@x.vn` and `an@x.vn` share one count. */
function normalisedLogin(login: string): string {
  return login.includes('@') ? login.toLowerCase() : login;
}
