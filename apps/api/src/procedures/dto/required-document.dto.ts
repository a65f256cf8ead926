import { ApiProperty } from '@nestjs/swagger';
import { RequiredDocument } from '@motcua/domain';
import { IsBoolean, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export const DOCUMENT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$/;

/** A document of the dossier (thành phần hồ sơ); validated on write, returned on read. */
export class RequiredDocumentDto implements RequiredDocument {
  @ApiProperty({ example: 'TK01', pattern: DOCUMENT_CODE_PATTERN.source })
  @Matches(DOCUMENT_CODE_PATTERN, {
    context: {
      message: 'Mã giấy tờ chỉ gồm chữ cái không dấu, chữ số, ".", "_", "-" (tối đa 20).',
    },
  })
  @IsString()
  code: string;

  @ApiProperty({ example: 'Tờ khai đăng ký khai sinh (theo mẫu)', maxLength: 500 })
  @MaxLength(500)
  @IsNotEmpty()
  @IsString()
  name: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  required: boolean;
}
