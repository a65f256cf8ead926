import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Staged files older than this are left-overs of a crash (an upload takes seconds). */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Scratch folder where uploads land while they are hashed and checked, before the file store
 * takes them. Whatever a crashed process left here is removed at the next start.
 */
export class UploadStaging {
  constructor(readonly dir: string) {}

  async prepare(now = Date.now()): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await removeStaleFiles(this.dir, now);
  }

  /** A fresh path in the scratch folder; the caller removes the file when done. */
  newPath(): string {
    return join(this.dir, `${randomUUID()}.part`);
  }
}

export async function removeStaleFiles(dir: string, now = Date.now()): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && now - info.mtimeMs > STALE_AFTER_MS) await rm(path, { force: true });
  }
}
