import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_TYPES, FieldType, ProcedureField } from '@motcua/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';

// Decorators run bottom-up and only the first failure per property is reported, so the
// most basic check sits nearest the property (this holds for every DTO of this module).

export const FIELD_KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** The property only makes sense for some field types (e.g. `options` for `select`). */
function OnlyForTypes(types: readonly FieldType[], message: string) {
  return ValidateBy(
    {
      name: 'onlyForTypes',
      validator: {
        validate: (value, args) =>
          value === undefined || types.includes((args?.object as { type?: FieldType }).type!),
      },
    },
    // class-validator drops the context of a constraint whose message is empty
    { message, context: { message } },
  );
}

/** `max` must not be below `min`. */
function NotBelowMin() {
  const message = 'Giá trị lớn nhất phải lớn hơn hoặc bằng giá trị nhỏ nhất.';
  return ValidateBy(
    {
      name: 'notBelowMin',
      validator: {
        validate: (value, args) => {
          const min = (args?.object as { min?: unknown }).min;
          return typeof value !== 'number' || typeof min !== 'number' || value >= min;
        },
      },
    },
    { message, context: { message } },
  );
}

/** One input of a procedure's form; validated on write, returned on read. */
export class ProcedureFieldDto implements ProcedureField {
  @ApiProperty({ example: 'childFullName', pattern: FIELD_KEY_PATTERN.source, maxLength: 64 })
  @MaxLength(64)
  @Matches(FIELD_KEY_PATTERN, {
    context: {
      message: 'Mã trường phải bắt đầu bằng chữ cái và chỉ gồm chữ cái không dấu, chữ số, "_".',
    },
  })
  @IsString()
  key: string;

  @ApiProperty({ example: 'Họ, chữ đệm và tên người được khai sinh', maxLength: 255 })
  @MaxLength(255)
  @IsNotEmpty()
  @IsString()
  label: string;

  @ApiProperty({ enum: FIELD_TYPES, example: 'text' })
  @IsIn(FIELD_TYPES, {
    context: { message: `Kiểu trường phải là một trong: ${FIELD_TYPES.join(', ')}.` },
  })
  type: FieldType;

  @ApiProperty({ example: true })
  @IsBoolean()
  required: boolean;

  @ApiPropertyOptional({
    type: [String],
    description: 'Choices of a `select` field (required for `select`, refused otherwise)',
    example: ['Nam', 'Nữ'],
  })
  @ValidateIf((f: ProcedureFieldDto) => f.type === 'select' || f.options !== undefined)
  @ArrayMaxSize(200)
  @ArrayUnique({ context: { message: 'Danh sách lựa chọn có mục bị trùng.' } })
  @MaxLength(255, { each: true })
  @IsNotEmpty({ each: true, context: { message: 'Lựa chọn không được để trống.' } })
  @IsString({ each: true })
  @ArrayMinSize(1, { context: { message: 'Danh sách lựa chọn phải có ít nhất một mục.' } })
  @IsArray({ context: { message: 'Trường kiểu lựa chọn (select) phải có danh sách lựa chọn.' } })
  @OnlyForTypes(['select'], 'Chỉ trường kiểu lựa chọn (select) mới có danh sách lựa chọn.')
  options?: string[];

  @ApiPropertyOptional({ description: 'Longest accepted text (`text`, `textarea`)', example: 100 })
  @IsOptional()
  @Max(100_000)
  @Min(1)
  @IsInt()
  @OnlyForTypes(['text', 'textarea'], 'Độ dài tối đa chỉ áp dụng cho trường văn bản.')
  maxLength?: number;

  @ApiPropertyOptional({ description: 'Smallest accepted value (`number`)', example: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @OnlyForTypes(['number'], 'Giá trị nhỏ nhất chỉ áp dụng cho trường số.')
  min?: number;

  @ApiPropertyOptional({ description: 'Largest accepted value (`number`)', example: 10 })
  @IsOptional()
  @NotBelowMin()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @OnlyForTypes(['number'], 'Giá trị lớn nhất chỉ áp dụng cho trường số.')
  max?: number;
}
