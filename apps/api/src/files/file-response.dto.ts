import { ApiProperty } from '@nestjs/swagger';
import { ACCEPTED_MIME_TYPES } from './file-signature';
import type { StoredFileSummary } from '@motcua/database';

/** An uploaded file, as returned after upload; attach it to a dossier by `id`. */
export class FileResponseDto {
  @ApiProperty({ format: 'uuid', example: '3f0c8f5e-4a52-4d4f-9a55-8d1f3b2b9c10' })
  id: string;

  @ApiProperty({ example: 'giay-khai-sinh.pdf', maxLength: 255 })
  fileName: string;

  @ApiProperty({ type: 'integer', example: 48213, description: 'Size in bytes' })
  size: number;

  @ApiProperty({
    enum: ACCEPTED_MIME_TYPES,
    example: 'application/pdf',
    description: 'The type found in the content, whatever the name or declared type said',
  })
  mimeType: string;

  @ApiProperty({
    description: 'SHA-256 of the content, lowercase hex',
    pattern: '^[0-9a-f]{64}$',
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  })
  sha256: string;

  static from(file: StoredFileSummary): FileResponseDto {
    return Object.assign(new FileResponseDto(), {
      id: file.id,
      fileName: file.fileName,
      size: file.size,
      mimeType: file.mimeType,
      sha256: file.sha256,
    });
  }
}

/** The multipart form of an upload (Swagger only: the body is read as a stream). */
export class FileUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'PDF, PNG or JPEG (recognised by content), at most FILE_MAX_BYTES (10 MB by default)',
  })
  file: unknown;
}
