import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthenticatedUser } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import { StoredFileEntity, UploadQuotaRepository } from '@motcua/database';
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
import { EntityManager, Repository } from 'typeorm';
import { sanitizeFileName } from './file-name';
import { detectMimeType, SIGNATURE_LENGTH } from './file-signature';
import { hasValidStructure } from './file-structure';
import { FILE_FIELD, IncomingFile } from './multipart-upload';
import { FILE_STORE, FileStore, UploadStaging } from '@motcua/storage';

export interface StoredFileSummary {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

export interface FileDownload {
  file: StoredFileSummary;
  content: Readable;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUMMARY_COLUMNS: (keyof StoredFileEntity)[] = [
  'id',
  'fileName',
  'mimeType',
  'size',
  'sha256',
];
/**
 * A dossier that the caller owns, or that belongs to the caller's agency ($2, null for
 * citizens) and is not a draft (a citizen's draft is theirs alone), references the file as
 * an attachment or as its result. Served by the GIN index on attachments and the expression
 * index on the result file id.
 */
const REFERENCED_FOR_READER_SQL = `
  SELECT 1 FROM dossiers
   WHERE attachments @> $3::jsonb AND (owner_id = $1 OR (agency_id = $2 AND status <> 'DRAFT'))
  UNION ALL
  SELECT 1 FROM dossiers
   WHERE (result ->> 'resultFileId') = $4 AND (owner_id = $1 OR (agency_id = $2 AND status <> 'DRAFT'))
  LIMIT 1`;

/** Exported for the benchmark's raw baseline, which must run the same statement. */
export const FIND_OWNED_FILES_SQL = `
  SELECT id, file_name AS "fileName", mime_type AS "mimeType", size, sha256
    FROM files WHERE owner_id = $1 AND id = ANY($2::uuid[])`;

const DAY_SECONDS = 24 * 3600;

const fileNotFound = () => new NotFoundError('Không tìm thấy tệp.');

/** Uploaded documents: checked and stored on the way in, released only to those who may see them. */
@Injectable()
export class FilesService implements OnModuleInit {
  private readonly staging: UploadStaging;
  private readonly maxBytes: number;
  private readonly quotaBytes: number;
  private readonly quota = new UploadQuotaRepository();

  constructor(
    @InjectRepository(StoredFileEntity) private readonly files: Repository<StoredFileEntity>,
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
    manager: EntityManager,
    ownerId: string,
    fileIds: string[],
  ): Promise<Map<string, StoredFileSummary>> {
    const found = new Map<string, StoredFileSummary>();
    const wanted = [
      ...new Set(fileIds.filter((id) => UUID.test(id)).map((id) => id.toLowerCase())),
    ];
    if (wanted.length === 0 || !UUID.test(ownerId)) return found;
    // raw SQL: this runs on every filing, and TypeORM's query builder costs more CPU than the query
    const rows: StoredFileSummary[] = await manager.query(FIND_OWNED_FILES_SQL, [ownerId, wanted]);
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
    const usedBefore = await this.quota.bytesSince(this.files.manager, ownerId, DAY_SECONDS);
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
      const { identifiers } = await this.files.insert(row);
      return toSummary({ ...row, id: identifiers[0].id as string });
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
    const row = await this.files.findOne({
      select: [...SUMMARY_COLUMNS, 'ownerId'],
      where: { id: id.toLowerCase() },
    });
    if (!row || !(await this.mayRead(user, row))) throw fileNotFound();
    if (!(await this.store.exists(row.sha256))) {
      throw new Error(`Stored file ${row.id} has no content in the file store`);
    }
    return { file: toSummary(row), content: this.store.open(row.sha256) };
  }

  private async mayRead(user: AuthenticatedUser, file: StoredFileEntity): Promise<boolean> {
    if (file.ownerId === user.id) return true;
    const agencyId = isOfficial(user.roles) ? user.agencyId : null;
    const rows: unknown[] = await this.files.manager.query(REFERENCED_FOR_READER_SQL, [
      user.id,
      agencyId,
      JSON.stringify([{ fileId: file.id }]),
      file.id,
    ]);
    return rows.length > 0;
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
