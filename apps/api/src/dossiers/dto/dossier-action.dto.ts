import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AttachmentInputDto } from './attachment.dto';

/**
 * The body of `POST /dossiers/:ref/actions/:action`. Which properties an action requires is
 * decided by the state machine (missing → 400), not here; here only their shape is checked.
 */
export class DossierActionDto {
  @ApiPropertyOptional({ description: 'Free note kept in the history' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({
    description: 'reject, request-supplement, send-back, extend (required); withdraw',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'request-supplement: codes of the documents to add',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  documents?: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'supplement: corrected form',
  })
  @IsOptional()
  @IsObject()
  formData?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [AttachmentInputDto], description: 'supplement: documents added' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AttachmentInputDto)
  attachments?: AttachmentInputDto[];

  @ApiPropertyOptional({ format: 'uuid', description: 'assign: a SPECIALIST of the agency' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ enum: ['GRANTED', 'REFUSED'], description: 'propose' })
  @IsOptional()
  @IsIn(['GRANTED', 'REFUSED'])
  outcome?: 'GRANTED' | 'REFUSED';

  @ApiPropertyOptional({ description: 'propose: what the result says' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'approve: the signed result document' })
  @IsOptional()
  @IsUUID()
  resultFileId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'extend: a later working day' })
  @IsOptional()
  @IsDateString({ strict: true })
  newAppointmentDate?: string;
}
