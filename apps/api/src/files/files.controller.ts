import { Controller, Get, HttpCode, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, AuthenticatedUser, CurrentUser } from '@motcua/auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentDisposition } from './file-name';
import { ACCEPTED_MIME_TYPES } from './file-signature';
import { FileResponseDto, FileUploadDto } from './file-response.dto';
import { FilesService } from './files.service';
import { receiveUpload } from './multipart-upload';
import { ApiProblems } from '../http/api-problems';

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @HttpCode(201)
  @Authenticated()
  @ApiOperation({
    summary: 'Upload a document (PDF, PNG or JPEG, checked by content) to attach to a dossier',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: FileUploadDto })
  @ApiCreatedResponse({ type: FileResponseDto })
  @ApiProblems({
    400: 'No `file` field, or an empty file',
    413: 'Larger than FILE_MAX_BYTES',
    415:
      'Content is not a well-formed PDF, PNG or JPEG (its whole structure is checked), or the ' +
      'request is not multipart/form-data',
    429: 'Past the per-user quota of bytes uploaded in 24 hours (UPLOAD_QUOTA_BYTES_PER_DAY)',
  })
  async upload(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<FileResponseDto> {
    return FileResponseDto.from(await this.files.upload(user.id, await receiveUpload(request)));
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({
    summary: 'Download a file: its uploader, or officials of an agency whose dossier attaches it',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({
    description: 'The bytes, as an attachment',
    content: Object.fromEntries(
      ACCEPTED_MIME_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
    headers: {
      'content-disposition': {
        schema: { type: 'string' },
        description: "attachment; filename*=UTF-8''…",
      },
      'x-content-type-options': { schema: { type: 'string', enum: ['nosniff'] } },
    },
  })
  @ApiProblems({ 404: 'No such file, or not yours to see' })
  async download(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { file, content } = await this.files.openForDownload(user, id);
    // personal documents: never cached by shared caches, never sniffed into something executable
    reply.header('x-content-type-options', 'nosniff').header('cache-control', 'private, no-store');
    return new StreamableFile(content, {
      type: file.mimeType,
      length: file.size,
      disposition: contentDisposition(file.fileName),
    });
  }
}
