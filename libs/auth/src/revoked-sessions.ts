import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@motcua/config';
import {
  directExecutor,
  Executor,
  isSessionLive,
  listSessionsRevokedWithin,
} from '@motcua/database';
import { DataSource } from 'typeorm';

/** Revocations read a little further back than a token lives, for clocks a little apart. */
const CLOCK_MARGIN_SECONDS = 60;

/**
 * Which sign-in sessions have ended while their access tokens may still be valid (logout,
 * password reset, role change, an account disabled): a deny-list held in this process, so a
 * signed-in request costs no database round trip to check its session.
 *
 * The list is read again every `REVOKED_SESSIONS_SYNC_MS`, and at once after this process
 * ends a session (`sessionsEnded`), so a token stops here immediately and on every other API
 * process within the interval. A list older than three intervals (the database unreachable)
 * is not trusted: each request then reads its own session, as the only safe answer.
 */
@Injectable()
export class RevokedSessions implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RevokedSessions.name);
  private readonly executor: Executor;
  private readonly windowSeconds: number;
  private readonly syncMs: number;
  private revoked = new Set<string>();
  /** When the read that produced `revoked` started; 0: nothing to trust. */
  private readAt = 0;
  /** Moved on when this process ends sessions: a read begun before then is thrown away. */
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private failing = false;

  constructor(@InjectDataSource() dataSource: DataSource, config: AppConfig) {
    this.executor = directExecutor(dataSource);
    this.windowSeconds = config.get('JWT_ACCESS_TTL_SECONDS') + CLOCK_MARGIN_SECONDS;
    this.syncMs = config.get('REVOKED_SESSIONS_SYNC_MS');
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.sync();
    this.timer = setInterval(() => void this.sync(), this.syncMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Whether the session of an access token is still open. */
  async isLive(sessionId: string, now = Date.now()): Promise<boolean> {
    if (now - this.readAt <= 3 * this.syncMs) return !this.revoked.has(sessionId);
    return isSessionLive(this.executor, sessionId);
  }

  /**
   * Called after a transaction that ended sessions has committed: the list is read again
   * before the caller answers, so the ended sessions' tokens stop in this process at once.
   */
  async sessionsEnded(): Promise<void> {
    // nothing read before the commit may be trusted, even if this read fails
    this.generation++;
    this.readAt = 0;
    await this.sync();
  }

  private async sync(): Promise<void> {
    const generation = this.generation;
    const startedAt = Date.now();
    try {
      const ids = await listSessionsRevokedWithin(this.executor, this.windowSeconds);
      // reads may overlap: one begun before sessions ended here, or before the last one kept,
      // is stale
      if (generation !== this.generation || startedAt < this.readAt) return;
      this.revoked = new Set(ids);
      this.readAt = startedAt;
      if (this.failing) this.logger.log('Revoked sessions read again');
      this.failing = false;
    } catch (error) {
      if (!this.failing) {
        this.logger.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'Revoked sessions cannot be read; each request reads its own session until they can',
        );
      }
      this.failing = true;
    }
  }
}
