import { createHash } from 'node:crypto';

/** Canonical JSON (sorted keys) so that `{a,b}` and `{b,a}` count as the same body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function fingerprintRequest(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

export interface StoredIdempotentResponse {
  requestHash: string;
  statusCode: number;
  body: unknown;
}

export type IdempotencyDecision =
  | { kind: 'proceed' }
  | { kind: 'replay'; statusCode: number; body: unknown }
  | { kind: 'reject-different-body' };

/**
 * What to do with a request carrying an Idempotency-Key, given what is stored for that
 * user and key: run it, replay the first response, or refuse a reused key (422).
 */
export function decideIdempotency(
  stored: StoredIdempotentResponse | null,
  requestHash: string,
): IdempotencyDecision {
  if (!stored) return { kind: 'proceed' };
  if (stored.requestHash !== requestHash) return { kind: 'reject-different-body' };
  return { kind: 'replay', statusCode: stored.statusCode, body: stored.body };
}

/** Keys are opaque client strings; bound them so they can be stored and indexed. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
