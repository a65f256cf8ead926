import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskFileStore } from './local-disk-file-store';
import { digestOfStored } from './stored-digest';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('digestOfStored', () => {
  let root: string;
  let store: LocalDiskFileStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'motcua-digest-'));
    store = new LocalDiskFileStore(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('hashes the stored bytes back to their key', async () => {
    const bytes = Buffer.from('%PDF-1.4\nnội dung\n%%EOF\n');
    await store.put(sha256(bytes), Readable.from([bytes]));
    await expect(digestOfStored(store, sha256(bytes))).resolves.toBe(sha256(bytes));
  });

  it('gives the digest of what is on disk now when the blob was overwritten', async () => {
    const bytes = Buffer.from('original');
    const key = sha256(bytes);
    await store.put(key, Readable.from([bytes]));
    await writeFile(join(root, key.slice(0, 2), key.slice(2, 4), key), 'tampered');
    await expect(digestOfStored(store, key)).resolves.toBe(sha256(Buffer.from('tampered')));
  });

  it('is null for a digest with no stored bytes and for a key that is no digest', async () => {
    await expect(digestOfStored(store, 'c'.repeat(64))).resolves.toBeNull();
    await expect(digestOfStored(store, '../../etc/passwd')).resolves.toBeNull();
  });
});
