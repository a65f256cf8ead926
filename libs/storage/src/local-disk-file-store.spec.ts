import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskFileStore } from './local-disk-file-store';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function failingAfter(first: Buffer): Readable {
  return new Readable({
    read() {
      if (this.readableLength === 0 && !this.destroyed) {
        this.push(first);
        this.destroy(new Error('connection lost'));
      }
    },
  });
}

describe('LocalDiskFileStore', () => {
  let root: string;
  let store: LocalDiskFileStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'motcua-store-'));
    store = new LocalDiskFileStore(root);
    await store.prepare();
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores bytes under ab/cd/<sha256> and reads them back', async () => {
    const bytes = Buffer.from('%PDF-1.4 nội dung');
    const digest = sha256(bytes);
    await store.put(digest, Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]));

    expect(await store.exists(digest)).toBe(true);
    expect(await readFile(join(root, digest.slice(0, 2), digest.slice(2, 4), digest))).toEqual(
      bytes,
    );
    expect(await readAll(store.open(digest))).toEqual(bytes);
  });

  it('keeps the first copy when the same content is stored again', async () => {
    const bytes = Buffer.from('same content');
    await store.put(sha256(bytes), Readable.from([bytes]));
    await store.put(sha256(bytes), Readable.from([bytes]));
    expect(await readAll(store.open(sha256(bytes)))).toEqual(bytes);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });

  it('leaves neither a blob nor a temp file when the source fails half way', async () => {
    const digest = sha256(Buffer.from('never complete'));
    await expect(store.put(digest, failingAfter(Buffer.from('never')))).rejects.toThrow(
      'connection lost',
    );
    expect(await store.exists(digest)).toBe(false);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });

  it('reports content it does not hold as absent', async () => {
    expect(await store.exists('0'.repeat(64))).toBe(false);
  });

  it('refuses anything but a lowercase SHA-256 hex digest as a key', async () => {
    await expect(store.exists('../../etc/passwd')).rejects.toThrow('Invalid SHA-256');
    await expect(store.put('A'.repeat(64), Readable.from([]))).rejects.toThrow('Invalid SHA-256');
    expect(() => store.open('abc')).toThrow('Invalid SHA-256');
  });

  it('clears temp files a crashed process left behind, but not fresh ones', async () => {
    const stale = join(root, 'tmp', 'stale.part');
    const fresh = join(root, 'tmp', 'fresh.part');
    await writeFile(stale, 'half');
    await writeFile(fresh, 'in progress');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    await utimes(stale, twoHoursAgo, twoHoursAgo);

    await store.prepare();

    expect(await readdir(join(root, 'tmp'))).toEqual(['fresh.part']);
  });
  it('answers absent only when the blob does not exist, and rejects on any other fault', async () => {
    const digest = sha256(Buffer.from('a blob whose folder is broken'));
    expect(await store.exists(digest)).toBe(false);
    // the store's layout is damaged: where the folder <root>/ab should be, there is a file,
    // so the blob cannot be looked for at all (ENOTDIR): a fault, not a missing file
    await writeFile(join(root, digest.slice(0, 2)), 'not a folder');
    await expect(store.exists(digest)).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});
