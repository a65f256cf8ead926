import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { Api } from '../api/api-client';

/** What the API keeps of an uploaded file. */
export interface UploadedFile {
  id: string;
  fileName: string;
}

export type UploadOutcome =
  { ok: true; file: UploadedFile } | { ok: false; status: number; message: string };

/** The kinds of file the API accepts (it checks the content itself). */
export const ACCEPTED_FILE_TYPES = 'application/pdf,image/jpeg,image/png';

export const UPLOAD_MESSAGES = {
  none: 'Hãy chọn một tệp để tải lên.',
  tooBig: (maxBytes: number) =>
    `Tệp quá lớn. Hãy chọn tệp nhỏ hơn ${Math.floor(maxBytes / (1024 * 1024))} MB (có thể chụp ảnh với độ phân giải thấp hơn hoặc chia thành nhiều trang).`,
  wrongKind: 'Tệp không đúng loại. Chỉ nhận tệp PDF, ảnh JPG hoặc PNG.',
  failed: 'Không tải được tệp lên. Vui lòng thử lại.',
} as const;

/** Room for the form's other parts and headers around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** `"` and line breaks cannot appear in a multipart header's quoted file name. */
function headerSafeFileName(name: string): string {
  return name.replace(/["\r\n\\]/g, '_').slice(0, 200) || 'tep';
}

/**
 * Passes the one file of a multipart form posted to the portal on to the API's `POST /files`,
 * as a stream: the portal holds no copy. A file larger than the portal's limit stops at the
 * limit (the API never gets it whole) and answers "too big", as the API's 413 does.
 */
export async function forwardUpload(
  request: FastifyRequest,
  api: Api,
  maxBytes: number,
): Promise<UploadOutcome> {
  // a form announcing more than the limit is refused before a byte goes to the API
  const announced = Number(request.headers['content-length'] ?? 0);
  if (announced > maxBytes + MULTIPART_OVERHEAD_BYTES) {
    return { ok: false, status: 413, message: UPLOAD_MESSAGES.tooBig(maxBytes) };
  }
  const part = await request.file();
  if (!part || !part.filename) {
    // an empty file input still sends a part; drain it so the request ends cleanly
    if (part) await drain(part.file);
    return { ok: false, status: 400, message: UPLOAD_MESSAGES.none };
  }
  return forwardFilePart(part, api, maxBytes);
}

/**
 * Passes one file part of a multipart form on to the API's `POST /files`, as a stream; for a
 * form carrying several files (read with `request.parts()`), each in turn. The part must have
 * a file name (an empty file input is to be drained by the caller instead).
 */
export async function forwardFilePart(
  part: MultipartFile,
  api: Api,
  maxBytes: number,
): Promise<UploadOutcome> {
  const boundary = `motcua-${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${headerSafeFileName(part.filename)}"\r\n` +
      `Content-Type: ${part.mimetype.replace(/[\r\n]/g, '')}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let tooBig = false;
  const source = part.file;
  // Past the portal's limit the body ends without its closing boundary: the API refuses an
  // unfinished form (never storing a cut file) and the request ends cleanly on both sides.
  async function* multipartBody(): AsyncGenerator<Buffer> {
    yield head;
    try {
      for await (const chunk of source) yield chunk as Buffer;
    } catch (error) {
      if (!source.truncated) throw error;
    }
    if (source.truncated) {
      tooBig = true;
      return;
    }
    yield tail;
  }
  const body = Readable.toWeb(Readable.from(multipartBody())) as ReadableStream<Uint8Array>;
  try {
    const { data, response } = await api.POST('/api/v1/files', {
      body: body as never,
      bodySerializer: (value: unknown) => value as BodyInit,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      duplex: 'half',
    } as never);
    if (tooBig) return { ok: false, status: 413, message: UPLOAD_MESSAGES.tooBig(maxBytes) };
    if (response.status === 201 && data) {
      const file = data as { id: string; fileName: string };
      return { ok: true, file: { id: file.id, fileName: file.fileName } };
    }
    if (response.status === 413) {
      return { ok: false, status: 413, message: UPLOAD_MESSAGES.tooBig(maxBytes) };
    }
    if (response.status === 415) {
      return { ok: false, status: 415, message: UPLOAD_MESSAGES.wrongKind };
    }
    return { ok: false, status: response.status, message: UPLOAD_MESSAGES.failed };
  } catch (error) {
    if (tooBig || source.truncated) {
      return { ok: false, status: 413, message: UPLOAD_MESSAGES.tooBig(maxBytes) };
    }
    throw error;
  }
}

export async function drain(stream: NodeJS.ReadableStream): Promise<void> {
  for await (const _chunk of stream) {
    // nothing to keep
  }
}
