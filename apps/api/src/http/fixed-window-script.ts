import type Redis from 'ioredis';

/**
 * Adds `ARGV[1]` hits to a fixed window and returns the window's hits and the milliseconds
 * left in it; the window's first hits start its expiry (`ARGV[2]` ms).
 */
const ADD_HITS_SCRIPT = `
local hits = redis.call('INCRBY', KEYS[1], ARGV[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  left = tonumber(ARGV[2])
end
return {hits, left}`;

export type RedisWithAddHits = Redis & {
  motcuaAddHits(key: string, hits: number, windowMs: number): Promise<[number, number]>;
};

/**
 * The client with the fixed-window script as a command: one EVALSHA per call, the script
 * itself sent only when Redis lacks it. Both rate-limit stores count with it.
 */
export function withAddHits(redis: Redis): RedisWithAddHits {
  if (!('motcuaAddHits' in redis)) {
    redis.defineCommand('motcuaAddHits', { numberOfKeys: 1, lua: ADD_HITS_SCRIPT });
  }
  return redis as RedisWithAddHits;
}
