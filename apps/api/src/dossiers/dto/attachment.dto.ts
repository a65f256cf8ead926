import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class AttachmentInputDto {
  @ApiProperty({ example: 'TK01', description: "Code of one of the procedure's documents" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  documentCode: string;

  @ApiProperty({ format: 'uuid', description: 'Id returned by POST /files' })
  @IsUUID()
  fileId: string;
}
