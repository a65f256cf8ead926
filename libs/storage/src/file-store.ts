import type { Readable } from 'node:stream';

/** Injection token of the {@link FileStore} in use (local disk today, S3-compatible later). */
export const FILE_STORE = Symbol('FILE_STORE');

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Where the bytes of uploaded files live, addressed by their SHA-256 (lowercase hex), so equal
 * uploads are stored once and a stored blob never changes. Metadata stays in the `files` table.
 */
export interface FileStore {
  /**
   * Stores everything `source` yields under `sha256`, all or nothing: a failure or a crash
   * never leaves a partial blob behind. Storing bytes that are already present is a no-op.
   * The caller guarantees that `sha256` is the digest of the bytes.
   */
  put(sha256: string, source: Readable): Promise<void>;
  /** The stored bytes; the stream errors if there are none (check {@link exists} first). */
  open(sha256: string): Readable;
  exists(sha256: string): Promise<boolean>;
}

/** Guards every store against path or key injection through a malformed digest. */
export function assertSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new Error('Invalid SHA-256 digest for the file store');
}
