import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import type { SharedWindowOptions } from '../apps/api/src/http/shared-window-counter';
import { SharedWindowCounter } from '../apps/api/src/http/shared-window-counter';
import { freePort } from './support/net';
import { startRedis, stopRedis } from './support/redis';
import { waitUntil } from './support/wait';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The rate-limit counter against the real Redis: two counters on two connections stand for
 * two API replicas.
 */
describe('SharedWindowCounter', () => {
  const clients: Redis[] = [];
  const counters: SharedWindowCounter[] = [];
  let prefix: string;

  function replica(options: Partial<SharedWindowOptions> = {}, url = REDIS_URL) {
    const redis = new Redis(url, { maxRetriesPerRequest: 0, lazyConnect: false });
    redis.on('error', () => undefined);
    clients.push(redis);
    const counter = new SharedWindowCounter(redis, {
      prefix,
      limit: 4,
      windowMs: 60_000,
      syncMs: 50,
      ...options,
    });
    counters.push(counter);
    return { counter, redis };
  }

  beforeEach(() => {
    prefix = `motcua:test:limit:${randomUUID()}:`;
  });
  afterEach(async () => {
    counters.splice(0).forEach((counter) => counter.close());
    await Promise.all(clients.splice(0).map((redis) => redis.quit().catch(() => undefined)));
  });

  it('lets exactly the limit through, one request after another', async () => {
    const { counter } = replica();
    const answers: boolean[] = [];
    for (let i = 0; i < 7; i++) answers.push(await counter.hit('a'));
    expect(answers).toEqual([true, true, true, true, false, false, false]);
  });

  it('lets exactly the limit through when many requests come at once', async () => {
    const { counter } = replica();
    const answers = await Promise.all(Array.from({ length: 10 }, () => counter.hit('a')));
    expect(answers.filter(Boolean)).toHaveLength(4);
  });

  it('holds the limit exactly across replicas near it', async () => {
    const a = replica({ limit: 3 }).counter;
    const b = replica({ limit: 3 }).counter;
    const answers = [
      await a.hit('x'),
      await b.hit('x'),
      await a.hit('x'),
      await b.hit('x'),
      await a.hit('x'),
    ];
    expect(answers).toEqual([true, true, true, false, false]);
  });

  it('counts clients apart', async () => {
    const { counter } = replica({ limit: 1 });
    expect(await counter.hit('a')).toBe(true);
    expect(await counter.hit('a')).toBe(false);
    expect(await counter.hit('b')).toBe(true);
  });

  it('adds hits far below the limit in Redis in batches, within the sync interval', async () => {
    const { counter, redis } = replica({ limit: 1000, syncMs: 200 });
    expect(await counter.hit('a')).toBe(true); // the window's first hit asks Redis
    expect(await redis.get(`${prefix}a`)).toBe('1');
    const pipelines = jest.spyOn(redis, 'pipeline');
    for (let i = 0; i < 20; i++) expect(await counter.hit('a')).toBe(true);
    // answered without Redis: the 20 hits are not there yet
    expect(pipelines).not.toHaveBeenCalled();
    expect(await redis.get(`${prefix}a`)).toBe('1');
    await waitUntil(async () => (await redis.get(`${prefix}a`)) === '21');
    expect(pipelines).toHaveBeenCalledTimes(1);
    expect(Number(await redis.pttl(`${prefix}a`))).toBeGreaterThan(50_000);
  });

  it('refuses a client already over the limit without asking Redis, and still counts it', async () => {
    const { counter, redis } = replica({ limit: 2, syncMs: 100 });
    expect(await counter.hit('a')).toBe(true);
    expect(await counter.hit('a')).toBe(true);
    expect(await counter.hit('a')).toBe(false); // asked Redis: rank 3
    await waitUntil(async () => (await redis.get(`${prefix}a`)) === '3');
    const pipelines = jest.spyOn(redis, 'pipeline');
    expect(await counter.hit('a')).toBe(false);
    expect(pipelines).not.toHaveBeenCalled();
    await waitUntil(async () => (await redis.get(`${prefix}a`)) === '4');
  });

  it('sees the other replicas’ hits once they are synced', async () => {
    const first = replica({ limit: 10, syncMs: 50 });
    const a = first.counter;
    const b = replica({ limit: 10, syncMs: 50 }).counter;
    for (let i = 0; i < 10; i++) expect(await a.hit('x')).toBe(true);
    await waitUntil(async () => (await first.redis.get(`${prefix}x`)) === '10');
    // b has not seen this client: it asks Redis, which has a's ten hits
    expect(await b.hit('x')).toBe(false);
  });

  it('opens a new window when the last one ends', async () => {
    const { counter } = replica({ limit: 2, windowMs: 300 });
    expect(await counter.hit('a')).toBe(true);
    expect(await counter.hit('a')).toBe(true);
    expect(await counter.hit('a')).toBe(false);
    await sleep(450); // the window (300 ms) has to end: the passing of time is what is tested
    expect(await counter.hit('a')).toBe(true);
  });

  it('goes on counting in the process when Redis cannot be reached, and says so once', async () => {
    const errors: unknown[] = [];
    const { counter } = replica(
      { limit: 3, onRedisError: (error) => errors.push(error) },
      'redis://127.0.0.1:1',
    );
    const answers: boolean[] = [];
    for (let i = 0; i < 5; i++) answers.push(await counter.hit('a'));
    expect(answers).toEqual([true, true, true, false, false]);
    expect(errors).toHaveLength(1);
  });

  it('adds the hits counted while Redis was away once it is back', async () => {
    const port = await freePort();
    let server = await startRedis(port);
    try {
      const { counter, redis } = replica({ limit: 10, syncMs: 50 }, `redis://127.0.0.1:${port}`);
      expect(await counter.hit('a')).toBe(true);
      await stopRedis(server);
      for (let i = 0; i < 3; i++) expect(await counter.hit('a')).toBe(true);
      await sleep(300); // syncs fail meanwhile
      // back, empty (it keeps nothing on disk): what it gets are the three hits of the outage
      server = await startRedis(port);
      await waitUntil(async () => (await redis.get(`${prefix}a`).catch(() => null)) === '3', {
        intervalMs: 100,
      });
    } finally {
      await stopRedis(server);
    }
  });
});
