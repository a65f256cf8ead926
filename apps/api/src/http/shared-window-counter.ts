import type Redis from 'ioredis';
import type { RedisWithAddHits } from './fixed-window-script';
import { withAddHits } from './fixed-window-script';

export interface SharedWindowOptions {
  /** Prefix of the Redis keys, one key per client and window. */
  prefix: string;
  limit: number;
  windowMs: number;
  /** How long hits counted here may wait before they are added in Redis. */
  syncMs: number;
  /** Told once when Redis cannot be reached, with the error; counting goes on in-process. */
  onRedisError?: (error: unknown) => void;
}

interface Waiter {
  position: number;
  resolve(allowed: boolean): void;
}

/** What this process knows of one client's current window. */
interface ClientWindow {
  /** The window's hits as Redis last reported them (every replica's). */
  settled: number;
  /** When the window ends (epoch ms); 0 while Redis has not told. */
  endsAt: number;
  /** Hits counted here since the last sync began, in order. */
  unsent: number;
  /** Hits in the sync under way. */
  sending: number;
  /** Hits among `unsent` waiting for Redis to tell their rank in the window. */
  waiters: Waiter[];
  /** Waiters whose hits are in the sync under way. */
  sendingWaiters: Waiter[];
}

/**
 * A fixed-window limit per client, counted in Redis so it holds across API replicas, without
 * a Redis round trip on most requests:
 *
 * - a client already over the limit is refused at once (a window's count only grows);
 * - a client at most half-way to the limit is let through at once, and its hits are added
 *   in Redis within `syncMs`, many clients in one pipeline;
 * - any other hit (the first of a window, or one near the limit) waits for Redis to tell its
 *   exact rank, so the limit itself is exact across replicas.
 *
 * So a client hammering the route costs Redis one round trip per `syncMs`, not one per
 * request. The only inexactness: hits on other replicas in their last `syncMs` are not yet
 * seen by the "half-way" shortcut. If Redis cannot be reached, each process goes on counting
 * on its own (the limit then holds per replica) until it can.
 */
export class SharedWindowCounter {
  private readonly redis: RedisWithAddHits;
  private readonly windows = new Map<string, ClientWindow>();
  /** Clients with hits not yet sent. */
  private readonly dirty = new Set<string>();
  private syncing = false;
  private syncAgain = false;
  private timer: NodeJS.Timeout | null = null;
  private lastSweep = Date.now();
  private redisDown = false;

  constructor(
    redis: Redis,
    private readonly options: SharedWindowOptions,
  ) {
    this.redis = withAddHits(redis);
  }

  /** Counts one hit of `client`; resolves whether it is within the limit. */
  hit(client: string): Promise<boolean> {
    const now = Date.now();
    let window = this.windows.get(client);
    if (!window) {
      window = { settled: 0, endsAt: 0, unsent: 0, sending: 0, waiters: [], sendingWaiters: [] };
      this.windows.set(client, window);
    } else if (window.endsAt !== 0 && window.endsAt <= now) {
      // the window has ended in Redis too; what is still to send opens the next one
      window.settled = 0;
      window.endsAt = 0;
    }
    window.unsent += 1;
    this.dirty.add(client);
    const known = window.settled + window.sending + window.unsent;
    if (window.endsAt !== 0 && known > this.options.limit) {
      this.syncSoon();
      return Promise.resolve(false);
    }
    if (window.endsAt !== 0 && known * 2 <= this.options.limit) {
      this.syncSoon();
      return Promise.resolve(true);
    }
    const position = window.unsent;
    return new Promise((resolve) => {
      window.waiters.push({ position, resolve });
      this.syncNow();
    });
  }

  /** Stops the timer; hits not yet sent are dropped (the windows are short). */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private syncSoon(): void {
    if (this.timer || this.syncing) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sync();
    }, this.options.syncMs);
    this.timer.unref();
  }

  private syncNow(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    void this.sync();
  }

  private async sync(): Promise<void> {
    if (this.syncing) {
      this.syncAgain = true;
      return;
    }
    this.syncing = true;
    const batch: [string, ClientWindow][] = [];
    for (const client of this.dirty) {
      const window = this.windows.get(client);
      if (!window || window.unsent === 0) continue;
      window.sending = window.unsent;
      window.sendingWaiters = window.waiters;
      window.unsent = 0;
      window.waiters = [];
      batch.push([client, window]);
    }
    this.dirty.clear();
    try {
      const results = await this.send(batch);
      const now = Date.now();
      batch.forEach(([client, window], i) => {
        const result = results?.[i];
        if (result) {
          const [hits, leftMs] = result;
          window.settled = hits;
          window.endsAt = now + leftMs;
        } else {
          // Redis did not answer: these hits go again, ahead of those counted meanwhile, and
          // a window Redis never told of is counted here until it does
          if (window.endsAt === 0) {
            window.settled = 0;
            window.endsAt = now + this.options.windowMs;
          }
          for (const waiter of window.waiters) waiter.position += window.sending;
          window.unsent += window.sending;
          this.dirty.add(client);
        }
        // each waiting hit's rank: the window's hits before this batch, then its place in it
        const before = window.settled - (result ? window.sending : 0);
        for (const waiter of window.sendingWaiters) {
          waiter.resolve(before + waiter.position <= this.options.limit);
        }
        window.sending = 0;
        window.sendingWaiters = [];
      });
      this.sweep(now);
    } finally {
      this.syncing = false;
      if (this.syncAgain || this.hasWaiters()) {
        this.syncAgain = false;
        void this.sync();
      } else if (this.dirty.size > 0) {
        this.syncSoon();
      }
    }
  }

  /** One pipeline for the whole batch; null when Redis cannot be reached. */
  private async send(batch: [string, ClientWindow][]): Promise<([number, number] | null)[] | null> {
    if (batch.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const [client, window] of batch) {
      // queued on the pipeline: its reply comes from exec() below
      void (pipeline as unknown as RedisWithAddHits).motcuaAddHits(
        `${this.options.prefix}${client}`,
        window.sending,
        this.options.windowMs,
      );
    }
    let failure: unknown = null;
    const replies = await pipeline.exec().catch((error: unknown) => {
      failure = error;
      return null;
    });
    const results = (replies ?? []).map(([error, reply]) => {
      failure ??= error;
      return error ? null : (reply as [number, number]);
    });
    if (failure) {
      // once per outage: a log line per request would flood the log
      if (!this.redisDown) this.options.onRedisError?.(failure);
      this.redisDown = true;
    } else {
      this.redisDown = false;
    }
    return replies ? results : null;
  }

  private hasWaiters(): boolean {
    for (const client of this.dirty) {
      if ((this.windows.get(client)?.waiters.length ?? 0) > 0) return true;
    }
    return false;
  }

  /** Forgets ended windows with nothing left to send, at most once per window length. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.options.windowMs) return;
    this.lastSweep = now;
    for (const [client, window] of this.windows) {
      if (window.endsAt <= now && window.unsent === 0 && window.sending === 0) {
        this.windows.delete(client);
      }
    }
  }
}
