import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { DeliveryMethod, NATIONAL_ID_PATTERN, VIETNAMESE_MOBILE_PATTERN } from '@motcua/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AttachmentInputDto } from './attachment.dto';
import { DeliveryAddressDto } from './delivery-address.dto';

export class ApplicantInputDto {
  @ApiProperty({ example: '001095012345' })
  @IsString()
  @Matches(NATIONAL_ID_PATTERN, {
    context: { message: 'Số định danh cá nhân phải gồm 12 chữ số.' },
  })
  nationalId: string;

  @ApiProperty({ example: 'Nguyễn Thị Hồng Nhung' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  fullName: string;

  @ApiProperty({ example: '0912345678' })
  @IsString()
  @Matches(VIETNAMESE_MOBILE_PATTERN, {
    context: { message: 'Số điện thoại di động Việt Nam không hợp lệ.' },
  })
  phone: string;

  @ApiPropertyOptional({ example: 'nhung@example.vn' })
  @IsOptional()
  @IsEmail({}, { context: { message: 'Địa chỉ email không hợp lệ.' } })
  email?: string;
}

/**
 * The body of `POST /dossiers`. Its defaults are applied by `withFilingDefaults`, not by
 * property initialisers: `PickType`/`PartialType` copy initialisers into the derived DTOs, so
 * a PATCH naming only `formData` would have replaced the attachments and delivery choice.
 */
export class CreateDossierDto {
  @ApiProperty({ example: '1.001193' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  procedureCode: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "Values of the procedure's `fields`, by key; checked against them on the server",
  })
  @IsOptional()
  @IsObject()
  formData?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [AttachmentInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AttachmentInputDto)
  attachments?: AttachmentInputDto[];

  @ApiPropertyOptional({ enum: DeliveryMethod, default: DeliveryMethod.Counter })
  @IsOptional()
  @IsEnum(DeliveryMethod)
  deliveryMethod?: DeliveryMethod;

  @ApiPropertyOptional({
    type: DeliveryAddressDto,
    description: 'Required when deliveryMethod is POSTAL',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeliveryAddressDto)
  deliveryAddress?: DeliveryAddressDto;

  @ApiPropertyOptional({
    enum: ['COUNTER', 'POSTAL'],
    description: 'RECEPTION only: how the paper dossier arrived; it is RECEIVED at once',
  })
  @IsOptional()
  @IsIn(['COUNTER', 'POSTAL'])
  channel?: 'COUNTER' | 'POSTAL';

  @ApiPropertyOptional({
    type: ApplicantInputDto,
    description: 'RECEPTION only: who the dossier is for',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicantInputDto)
  applicant?: ApplicantInputDto;

  @ApiPropertyOptional({ default: true, description: '`false` saves a DRAFT; default submits' })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}

/** PATCH of a draft: the given properties replace the draft's. */
export class UpdateDraftDto extends PartialType(
  PickType(CreateDossierDto, [
    'formData',
    'attachments',
    'deliveryMethod',
    'deliveryAddress',
  ] as const),
) {}

/** A filing with the documented defaults: no form data or attachments, counter, submitted. */
export type FilingInput = CreateDossierDto &
  Required<Pick<CreateDossierDto, 'formData' | 'attachments' | 'deliveryMethod' | 'submit'>>;

export function withFilingDefaults(dto: CreateDossierDto): FilingInput {
  return {
    ...dto,
    formData: dto.formData ?? {},
    attachments: dto.attachments ?? [],
    deliveryMethod: dto.deliveryMethod ?? DeliveryMethod.Counter,
    submit: dto.submit ?? true,
  };
}
