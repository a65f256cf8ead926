import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { DeliveryMethod } from '@motcua/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AttachmentInputDto } from './attachment.dto';
import { DeliveryAddressDto } from './delivery-address.dto';

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
  formData: Record<string, unknown> = {};

  @ApiPropertyOptional({ type: [AttachmentInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AttachmentInputDto)
  attachments: AttachmentInputDto[] = [];

  @ApiPropertyOptional({ enum: DeliveryMethod, default: DeliveryMethod.Counter })
  @IsOptional()
  @IsEnum(DeliveryMethod)
  deliveryMethod: DeliveryMethod = DeliveryMethod.Counter;

  @ApiPropertyOptional({
    type: DeliveryAddressDto,
    description: 'Required when deliveryMethod is POSTAL',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeliveryAddressDto)
  deliveryAddress?: DeliveryAddressDto;

  @ApiPropertyOptional({ default: true, description: '`false` saves a DRAFT; default submits' })
  @IsOptional()
  @IsBoolean()
  submit: boolean = true;
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
