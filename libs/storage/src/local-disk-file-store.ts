import { createReadStream } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileStore } from './file-store';
import { assertSha256 } from './file-store';
import { UploadStaging } from './upload-staging';

/**
 * Blobs under `<root>/ab/cd/<sha256>`. Each is written to `<root>/tmp`, flushed to disk and
 * then renamed into place; rename is atomic within one file system, so readers see either no
 * file or the whole file, and a crash leaves only a temp file (removed at the next start).
 */
export class LocalDiskFileStore implements FileStore {
  readonly root: string;
  private readonly temp: UploadStaging;

  constructor(root: string) {
    this.root = resolve(root);
    this.temp = new UploadStaging(join(this.root, 'tmp'));
  }

  prepare(): Promise<void> {
    return this.temp.prepare();
  }

  async put(sha256: string, source: Readable): Promise<void> {
    const target = this.pathOf(sha256);
    if (await this.exists(sha256)) {
      source.destroy();
      return;
    }
    const temp = this.temp.newPath();
    try {
      await mkdir(this.temp.dir, { recursive: true });
      const handle = await open(temp, 'wx', 0o640);
      try {
        for await (const chunk of source) await handle.write(chunk as Buffer);
        // durable before it becomes visible, so a power cut cannot leave an empty blob
        await handle.sync();
      } finally {
        await handle.close();
      }
      await mkdir(dirname(target), { recursive: true });
      await rename(temp, target);
    } catch (error) {
      source.destroy();
      await rm(temp, { force: true });
      throw error;
    }
  }

  open(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }

  /**
   * Whether the blob is there. Only ENOENT means absent: any other error (EACCES, ENOTDIR,
   * EIO...) is a fault of the store and rejects, so that no caller records a file as missing
   * because the disk could not be read.
   */
  async exists(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  private pathOf(sha256: string): string {
    assertSha256(sha256);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}
