import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENCY_CODE_PATTERN, AgencyKind } from '@motcua/domain';
import { IsEnum, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

export const AGENCY_NAME_MAX_LENGTH = 255;

const CODE_MESSAGE = {
  context: {
    message:
      'Mã cơ quan phải theo định dạng mã định danh V1V2V3.Z1Z2.Y1Y2.MX1X2 (chữ số và chữ in hoa, ví dụ 000.00.00.H00).',
  },
};
const NAME_MESSAGE = {
  context: { message: `Tên cơ quan phải có từ 1 đến ${AGENCY_NAME_MAX_LENGTH} ký tự.` },
};
const KIND_MESSAGE = {
  context: {
    message: `Loại cơ quan phải là một trong: ${Object.values(AgencyKind).join(', ')}.`,
  },
};
const PARENT_MESSAGE = {
  context: { message: 'Mã cơ quan cấp trên phải theo định dạng V1V2V3.Z1Z2.Y1Y2.MX1X2.' },
};

/** Optional, but `null` is checked (and refused by the type check), unlike `@IsOptional()`. */
const NullRefused = () => ValidateIf((_object: unknown, value: unknown) => value !== undefined);
/** Optional; `null` accepted (no parent). */
const NullAllowed = () =>
  ValidateIf((_object: unknown, value: unknown) => value !== undefined && value !== null);

// Decorators run bottom-up and only the first failure per property is reported, so the
// most basic check sits nearest the property.
export class CreateAgencyDto {
  @ApiProperty({
    example: '000.00.00.H00',
    pattern: AGENCY_CODE_PATTERN.source,
    description:
      'Identifier code in the national catalogue (V1V2V3.Z1Z2.Y1Y2.MX1X2); the first part of every dossier code the agency gives',
  })
  @Matches(AGENCY_CODE_PATTERN, CODE_MESSAGE)
  @IsString(CODE_MESSAGE)
  code: string;

  @ApiProperty({ example: 'Ủy ban nhân dân phường Ba Đình', maxLength: AGENCY_NAME_MAX_LENGTH })
  @MaxLength(AGENCY_NAME_MAX_LENGTH, NAME_MESSAGE)
  @Matches(/\S/, NAME_MESSAGE)
  @IsString(NAME_MESSAGE)
  name: string;

  @ApiProperty({
    enum: AgencyKind,
    enumName: 'AgencyKind',
    description:
      'PROVINCE: no parent; DEPARTMENT and COMMUNE: under a PROVINCE; SERVICE_CENTRE: under a PROVINCE or a COMMUNE',
  })
  @IsEnum(AgencyKind, KIND_MESSAGE)
  kind: AgencyKind;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '000.00.00.H01',
    description: "The parent agency's code; absent or null for a province",
  })
  @Matches(AGENCY_CODE_PATTERN, PARENT_MESSAGE)
  @IsString(PARENT_MESSAGE)
  @NullAllowed()
  parentCode?: string | null;
}

/** Every property optional: only those sent change. */
export class UpdateAgencyDto {
  @ApiPropertyOptional({
    example: '000.00.00.H00',
    pattern: AGENCY_CODE_PATTERN.source,
    description: 'A new identifier code; refused (409) once the agency has dossiers',
  })
  @Matches(AGENCY_CODE_PATTERN, CODE_MESSAGE)
  @IsString(CODE_MESSAGE)
  @NullRefused()
  code?: string;

  @ApiPropertyOptional({ maxLength: AGENCY_NAME_MAX_LENGTH })
  @MaxLength(AGENCY_NAME_MAX_LENGTH, NAME_MESSAGE)
  @Matches(/\S/, NAME_MESSAGE)
  @IsString(NAME_MESSAGE)
  @NullRefused()
  name?: string;

  @ApiPropertyOptional({ enum: AgencyKind, enumName: 'AgencyKind' })
  @IsEnum(AgencyKind, KIND_MESSAGE)
  @NullRefused()
  kind?: AgencyKind;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Moves the agency under this one; null: no parent (a province)',
  })
  @Matches(AGENCY_CODE_PATTERN, PARENT_MESSAGE)
  @IsString(PARENT_MESSAGE)
  @NullAllowed()
  parentCode?: string | null;
}

export class AgencyCodeParamsDto {
  @ApiProperty({ example: '000.00.00.H00', pattern: AGENCY_CODE_PATTERN.source })
  @Matches(AGENCY_CODE_PATTERN, CODE_MESSAGE)
  @IsString(CODE_MESSAGE)
  code: string;
}

export class PublicAgencyDto {
  @ApiProperty({ example: '000.00.00.H00' })
  code: string;

  @ApiProperty({ example: 'Ủy ban nhân dân phường Ba Đình' })
  name: string;

  @ApiProperty({ enum: AgencyKind, enumName: 'AgencyKind' })
  kind: AgencyKind;

  @ApiProperty({ type: String, nullable: true, example: '000.00.00.H01' })
  parentCode: string | null;
}

export class AgencyDto extends PublicAgencyDto {
  @ApiProperty({ example: 'Xã, phường, đặc khu', description: "The kind's Vietnamese label" })
  kindLabel: string;

  @ApiProperty({ example: 1, description: 'Levels above it in the tree (0: a root)' })
  depth: number;
}

export class AgencyListDto {
  @ApiProperty({
    type: [AgencyDto],
    description:
      'Every agency, depth first: each root, then the agencies under it, siblings by name',
  })
  items: AgencyDto[];
}

export class PublicAgencyListDto {
  @ApiProperty({
    type: [PublicAgencyDto],
    description: 'Every agency, depth first, as in the tree',
  })
  items: PublicAgencyDto[];
}
