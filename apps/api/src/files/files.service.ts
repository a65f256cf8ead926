import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AuthenticatedUser } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import { FileRepository, StoredFileRow, StoredFileSummary } from '@motcua/database';
import type { Executor } from '@motcua/database';
import {
  DomainError,
  ErrorCode,
  isOfficial,
  NotFoundError,
  ValidationFailedError,
} from '@motcua/domain';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { sanitizeFileName } from './file-name';
import { detectMimeType, SIGNATURE_LENGTH } from './file-signature';
import { hasValidStructure } from './file-structure';
import { FILE_FIELD, IncomingFile } from './multipart-upload';
import { FILE_STORE, FileStore, UploadStaging } from '@motcua/storage';

export interface FileDownload {
  file: StoredFileSummary;
  content: Readable;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_SECONDS = 24 * 3600;

const fileNotFound = () => new NotFoundError('Không tìm thấy tệp.');

/** Uploaded documents: checked and stored on the way in, released only to those who may see them. */
@Injectable()
export class FilesService implements OnModuleInit {
  private readonly staging: UploadStaging;
  private readonly maxBytes: number;
  private readonly quotaBytes: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly files: FileRepository,
    @Inject(FILE_STORE) private readonly store: FileStore,
    config: AppConfig,
  ) {
    this.staging = new UploadStaging(join(resolve(config.get('FILE_STORAGE_DIR')), 'incoming'));
    this.maxBytes = config.get('FILE_MAX_BYTES');
    this.quotaBytes = config.get('UPLOAD_QUOTA_BYTES_PER_DAY');
  }

  onModuleInit(): Promise<void> {
    return this.staging.prepare();
  }

  /**
   * The files among `fileIds` that `ownerId` uploaded, keyed by the id as given; other
   * people's files, unknown ids and ids that are not uuids are simply absent.
   */
  async findOwnedFiles(
    db: Executor,
    ownerId: string,
    fileIds: string[],
  ): Promise<Map<string, StoredFileSummary>> {
    const found = new Map<string, StoredFileSummary>();
    const wanted = [
      ...new Set(fileIds.filter((id) => UUID.test(id)).map((id) => id.toLowerCase())),
    ];
    if (wanted.length === 0 || !UUID.test(ownerId)) return found;
    const rows = await this.files.findOwned(db, ownerId, wanted);
    const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
    for (const id of fileIds) {
      const summary = UUID.test(id) ? byId.get(id.toLowerCase()) : undefined;
      if (summary) found.set(id, summary);
    }
    return found;
  }

  /**
   * Streams the upload to a staging file while hashing it, then checks size and real type
   * (magic bytes) and only then hands it to the file store and records it.
   */
  async upload(ownerId: string, incoming: IncomingFile): Promise<StoredFileSummary> {
    const usedBefore = await this.files.bytesSince(this.dataSource, ownerId, DAY_SECONDS);
    if (usedBefore >= this.quotaBytes) throw this.quotaExceeded();
    const path = this.staging.newPath();
    try {
      const staged = await this.stage(incoming, path);
      if (incoming.isTruncated()) {
        throw new DomainError(
          ErrorCode.PayloadTooLarge,
          `Tệp vượt quá dung lượng cho phép (tối đa ${formatMegabytes(this.maxBytes)}).`,
        );
      }
      if (staged.size === 0) {
        throw new ValidationFailedError(
          [{ field: FILE_FIELD, message: 'Tệp rỗng.' }],
          'Tệp tải lên không có nội dung.',
        );
      }
      if (!staged.mimeType) {
        throw new DomainError(
          ErrorCode.UnsupportedMediaType,
          'Chỉ chấp nhận tệp PDF, PNG hoặc JPEG (kiểm tra theo nội dung tệp, không theo tên tệp).',
        );
      }
      if (usedBefore + staged.size > this.quotaBytes) throw this.quotaExceeded();
      // the whole file, not only its first bytes: a PDF header on an HTML page is refused
      if (!hasValidStructure(staged.mimeType, await readFile(path))) {
        throw new DomainError(
          ErrorCode.UnsupportedMediaType,
          'Tệp bị hỏng hoặc không đúng định dạng PDF, PNG, JPEG (cấu trúc tệp không hợp lệ).',
        );
      }
      await this.store.put(staged.sha256, createReadStream(path));
      const row = {
        ownerId,
        fileName: sanitizeFileName(incoming.fileName, staged.mimeType),
        size: staged.size,
        mimeType: staged.mimeType,
        sha256: staged.sha256,
      };
      const id = await this.files.insert(this.dataSource, row);
      return toSummary({ ...row, id });
    } finally {
      await rm(path, { force: true });
    }
  }

  private quotaExceeded(): DomainError {
    return new DomainError(
      ErrorCode.RateLimited,
      `Bạn đã tải lên quá dung lượng cho phép trong 24 giờ (tối đa ${formatMegabytes(this.quotaBytes)}). ` +
        'Vui lòng thử lại sau.',
    );
  }

  /** The file for `user`, or 404 alike for "no such file" and "not yours" (existence stays hidden). */
  async openForDownload(user: AuthenticatedUser, id: string): Promise<FileDownload> {
    if (!UUID.test(id)) throw fileNotFound();
    const row = await this.files.findById(this.dataSource, id.toLowerCase());
    if (!row || !(await this.mayRead(user, row))) throw fileNotFound();
    if (!(await this.store.exists(row.sha256))) {
      throw new Error(`Stored file ${row.id} has no content in the file store`);
    }
    return { file: toSummary(row), content: this.store.open(row.sha256) };
  }

  private async mayRead(user: AuthenticatedUser, file: StoredFileRow): Promise<boolean> {
    if (file.ownerId === user.id) return true;
    const agencyId = isOfficial(user.roles) ? user.agencyId : null;
    return this.files.isReferencedForReader(
      this.dataSource,
      { userId: user.id, agencyId },
      file.id,
    );
  }

  /** Writes the upload to `path`; bytes of a type already known to be refused are not kept. */
  private async stage(incoming: IncomingFile, path: string) {
    const hash = createHash('sha256');
    let head = Buffer.alloc(0);
    let size = 0;
    let refused = false;
    const handle = await open(path, 'wx', 0o600);
    try {
      for await (const chunk of incoming.content) {
        hash.update(chunk);
        size += chunk.length;
        if (head.length < SIGNATURE_LENGTH) {
          head = Buffer.concat([head, chunk.subarray(0, SIGNATURE_LENGTH - head.length)]);
          refused = head.length >= SIGNATURE_LENGTH && detectMimeType(head) === null;
        }
        if (!refused) await handle.write(chunk);
      }
    } finally {
      await handle.close();
    }
    return { sha256: hash.digest('hex'), size, mimeType: detectMimeType(head) };
  }
}

function toSummary(row: StoredFileSummary): StoredFileSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    mimeType: row.mimeType,
    size: row.size,
    sha256: row.sha256,
  };
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
