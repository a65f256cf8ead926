import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@motcua/config';
import { LoginAttemptRepository } from '@motcua/database';
import { DataSource } from 'typeorm';
import { LoginLockedError } from './auth-errors';

/**
 * Locks an account after `LOGIN_LOCKOUT_ATTEMPTS` sign-ins in a row that did not succeed, for
 * `LOGIN_LOCKOUT_SECONDS`, whatever address they come from and whichever of its names (national
 * ID, e-mail) they use. A name no account has is counted the same way, on its own, so the lock
 * answers alike for both and reveals nothing.
 *
 * Kept in PostgreSQL, which every sign-in needs anyway: the lock holds while Redis is down
 * or after it lost its data, when the per-address limits cannot.
 */
@Injectable()
export class LoginLockout {
  private readonly attempts = new LoginAttemptRepository();
  private readonly limit: number;
  private readonly windowSeconds: number;
  private readonly hashKey: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.limit = config.get('LOGIN_LOCKOUT_ATTEMPTS');
    this.windowSeconds = config.get('LOGIN_LOCKOUT_SECONDS');
    this.hashKey = config.get('JWT_SECRET') as string;
  }

  /**
   * Counts an attempt on `login` (the account's, `accountId`, when one has that name) before
   * its password is checked; throws `LoginLockedError`
   * when the name is locked. Returns what to call once the password proved wrong.
   */
  async begin(
    login: string,
    accountId: string | undefined,
  ): Promise<{ failed(): LoginLockedError | null; succeeded(): Promise<void> }> {
    const loginHash = this.keyOf(login, accountId);
    const { attempts, resetsAt } = await this.attempts.count(
      this.dataSource.manager,
      loginHash,
      this.limit,
      this.windowSeconds,
    );
    if (attempts > this.limit) throw new LoginLockedError(secondsUntil(resetsAt));
    return {
      // the attempt that reaches the limit already answers with the lock
      failed: () => (attempts >= this.limit ? new LoginLockedError(secondsUntil(resetsAt)) : null),
      succeeded: () => this.attempts.clear(this.dataSource.manager, loginHash),
    };
  }

  /**
   * The key `login` is counted under: a keyed hash, since plain hashes of national IDs could be
   * reversed by trying them all.
   */
  keyOf(login: string, accountId?: string): string {
    const subject = accountId ? `account:${accountId}` : `login:${login}`;
    return createHmac('sha256', this.hashKey).update(subject).digest('hex');
  }
}

function secondsUntil(date: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - Date.now()) / 1000));
}
