import { DomainError, ErrorCode, ValidationFailedError } from '@motcua/domain';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';

/** The form field that carries the file. */
export const FILE_FIELD = 'file';

/** One uploaded file as it arrives, independent of the HTTP framework. */
export interface IncomingFile {
  /** The name the client gave, untrusted. */
  fileName: string | undefined;
  /** The bytes, read once; parser failures surface as {@link DomainError}s. */
  content: AsyncIterable<Buffer>;
  /** True once `content` ended early because the file exceeded the size limit. */
  isTruncated(): boolean;
}

const missingFile = () =>
  new ValidationFailedError(
    [{ field: FILE_FIELD, message: 'Vui lòng chọn tệp để tải lên.' }],
    'Yêu cầu không có tệp trong trường "file".',
  );

/** Takes the file part of a multipart request (limits come from `create-api-app.ts`). */
export async function receiveUpload(request: FastifyRequest): Promise<IncomingFile> {
  if (!request.isMultipart()) {
    throw new DomainError(
      ErrorCode.UnsupportedMediaType,
      'Tệp phải được gửi dưới dạng multipart/form-data, trong trường "file".',
    );
  }
  const part = await request.file().catch((error: unknown) => {
    throw toUploadError(error);
  });
  if (!part) throw missingFile();
  if (part.fieldname !== FILE_FIELD) {
    part.file.resume(); // discard it, so the rest of the request can still be read
    throw missingFile();
  }
  return {
    fileName: part.filename,
    content: readAll(part.file),
    isTruncated: () => part.file.truncated,
  };
}

async function* readAll(stream: Readable): AsyncIterable<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw toUploadError(error);
  }
}

/** What went wrong with a multipart body, told to the citizen; never the parser's own text. */
export function toUploadError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  switch ((error as { code?: unknown })?.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new DomainError(ErrorCode.PayloadTooLarge, 'Tệp vượt quá dung lượng cho phép.');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new DomainError(
        ErrorCode.UnsupportedMediaType,
        'Tệp phải được gửi dưới dạng multipart/form-data, trong trường "file".',
      );
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new ValidationFailedError(
        [{ field: FILE_FIELD, message: 'Mỗi lần chỉ được tải lên một tệp.' }],
        'Yêu cầu có quá nhiều tệp hoặc trường dữ liệu.',
      );
    default:
      // busboy's own errors: malformed or interrupted multipart data
      return new ValidationFailedError(
        [],
        'Dữ liệu tải lên không hợp lệ hoặc bị gián đoạn. Vui lòng thử lại.',
      );
  }
}
