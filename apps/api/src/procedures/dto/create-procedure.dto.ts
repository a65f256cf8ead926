import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OnlineLevel } from '@motcua/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ProcedureFieldDto } from './procedure-field.dto';
import { RequiredDocumentDto } from './required-document.dto';

/** National codes look like `1.001193`; local variants add segments. Used in URLs, so no spaces. */
export const PROCEDURE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

/** Longest `purpose` or `eligibility` text (the column's bound). */
export const PROCEDURE_TEXT_MAX = 2000;

/** Optional, but `null` is checked (and refused by the type check), unlike `@IsOptional()`. */
const NullRefused = () => ValidateIf((_object: unknown, value: unknown) => value !== undefined);

/** Identifies array items by `prop`; items without it never count as duplicates. */
function byProp(prop: string) {
  return (item: unknown): unknown => {
    const value = (item as Record<string, unknown> | null)?.[prop];
    return typeof value === 'string' ? value : Symbol();
  };
}

// Decorators run bottom-up and only the first failure per property is reported, so the
// most basic check sits nearest the property.
export class CreateProcedureDto {
  @ApiProperty({
    example: '1.001193',
    description: 'Code in the national database of administrative procedures',
    pattern: PROCEDURE_CODE_PATTERN.source,
  })
  @Matches(PROCEDURE_CODE_PATTERN, {
    context: {
      message: 'Mã thủ tục chỉ gồm chữ cái không dấu, chữ số, ".", "_", "-" (tối đa 50 ký tự).',
    },
  })
  @IsString()
  code: string;

  @ApiProperty({ example: 'Thủ tục đăng ký khai sinh', maxLength: 1000 })
  @MaxLength(1000)
  @IsNotEmpty()
  @IsString()
  name: string;

  @ApiProperty({ example: '000.00.00.H00', description: 'Identifier code of an existing agency' })
  @MaxLength(50)
  @IsNotEmpty()
  @IsString()
  agencyCode: string;

  @ApiProperty({ example: 3, minimum: 1, maximum: 365, description: 'Working days' })
  @Max(365)
  @Min(1, { context: { message: 'Thời hạn giải quyết phải từ 1 ngày làm việc trở lên.' } })
  @IsInt()
  processingDays: number;

  @ApiProperty({ example: 100000, minimum: 0, description: 'Fee in VND' })
  @Max(1_000_000_000_000)
  @Min(0, { context: { message: 'Lệ phí không được âm.' } })
  @IsInt()
  fee: number;

  @ApiProperty({ enum: OnlineLevel, example: OnlineLevel.Full })
  @IsEnum(OnlineLevel)
  onlineLevel: OnlineLevel;

  @ApiPropertyOptional({
    default: false,
    description: 'Result (and dossier) may go through the public postal service',
  })
  @NullRefused()
  @IsBoolean()
  postalDelivery?: boolean;

  @ApiPropertyOptional({
    maxLength: PROCEDURE_TEXT_MAX,
    example:
      'Ghi nhận việc sinh của trẻ em vào sổ hộ tịch và cấp Giấy khai sinh, giấy tờ hộ tịch đầu tiên của mỗi người.',
    description:
      'What the procedure is for, in plain Vietnamese (shown on the portal); an empty text clears it',
  })
  @NullRefused()
  @MaxLength(PROCEDURE_TEXT_MAX)
  @IsString()
  purpose?: string;

  @ApiPropertyOptional({
    maxLength: PROCEDURE_TEXT_MAX,
    example: 'Cha, mẹ, ông, bà hoặc người thân thích của trẻ; người được ủy quyền.',
    description: 'Who may use the procedure (shown on the portal); an empty text clears it',
  })
  @NullRefused()
  @MaxLength(PROCEDURE_TEXT_MAX)
  @IsString()
  eligibility?: string;

  @ApiProperty({ type: [RequiredDocumentDto] })
  @ArrayUnique(byProp('code'), { context: { message: 'Mã giấy tờ bị trùng.' } })
  @ArrayMaxSize(50)
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RequiredDocumentDto)
  requiredDocuments: RequiredDocumentDto[];

  @ApiProperty({ type: [ProcedureFieldDto] })
  @ArrayUnique(byProp('key'), { context: { message: 'Mã trường bị trùng.' } })
  @ArrayMaxSize(100)
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ProcedureFieldDto)
  fields: ProcedureFieldDto[];
}
