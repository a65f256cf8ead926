import { createHash } from 'node:crypto';
import type { FileStore } from './file-store';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * SHA-256 (lowercase hex) of the bytes the store holds under `sha256`, read back in full;
 * null when it holds none (or the key is not a digest at all). Read errors other than
 * absence reject, so a caller retries rather than calling a file missing.
 */
export async function digestOfStored(store: FileStore, sha256: string): Promise<string | null> {
  if (!SHA256_HEX.test(sha256) || !(await store.exists(sha256))) return null;
  const hash = createHash('sha256');
  for await (const chunk of store.open(sha256)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
