import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { OFFICIAL_ROLES, Role, VIETNAMESE_MOBILE_PATTERN } from '@motcua/domain';
import { PaginationQueryDto } from '../../http/pagination';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** The roles an official's account may hold (CITIZEN never). */
export const ASSIGNABLE_ROLES: readonly Role[] = [...OFFICIAL_ROLES, Role.SystemAdmin];

const EMAIL_MESSAGE = { message: 'Địa chỉ email không hợp lệ.' };
const FULL_NAME_MESSAGE = { message: 'Vui lòng nhập họ và tên (tối đa 100 ký tự).' };
const PHONE_MESSAGE = {
  message: 'Số điện thoại di động không hợp lệ (ví dụ: 0912345678 hoặc +84912345678).',
};
const ROLES_MESSAGE = {
  message: `Vui lòng chọn ít nhất một vai trò trong: ${ASSIGNABLE_ROLES.join(', ')}.`,
};
const AGENCY_MESSAGE = { message: 'Mã định danh cơ quan không hợp lệ.' };

export class InviteOfficialDto {
  @ApiProperty({
    example: 'can.bo@ubnd.example.vn',
    description: 'The official signs in with it; stored lower-case',
  })
  @Transform(trimLower)
  @IsEmail({}, { context: EMAIL_MESSAGE })
  @MaxLength(254, { context: EMAIL_MESSAGE })
  @IsString({ context: EMAIL_MESSAGE })
  email: string;

  @ApiProperty({ example: 'Trần Thị Bình', maxLength: 100 })
  @Transform(trim)
  @MaxLength(100, { context: FULL_NAME_MESSAGE })
  @IsNotEmpty({ context: FULL_NAME_MESSAGE })
  @IsString({ context: FULL_NAME_MESSAGE })
  fullName: string;

  @ApiPropertyOptional({ example: '0912345678', description: 'Số điện thoại di động Việt Nam' })
  @IsOptional()
  @Transform(trim)
  @Matches(VIETNAMESE_MOBILE_PATTERN, { context: PHONE_MESSAGE })
  @IsString({ context: PHONE_MESSAGE })
  phone?: string;

  @ApiProperty({
    enum: ASSIGNABLE_ROLES,
    isArray: true,
    example: [Role.Reception],
    description: 'Officials’ roles; only a SYSTEM_ADMIN may give SYSTEM_ADMIN',
  })
  @IsIn(ASSIGNABLE_ROLES, { each: true, context: ROLES_MESSAGE })
  @ArrayUnique({ context: ROLES_MESSAGE })
  @ArrayMaxSize(ASSIGNABLE_ROLES.length, { context: ROLES_MESSAGE })
  @ArrayNotEmpty({ context: ROLES_MESSAGE })
  @IsArray({ context: ROLES_MESSAGE })
  roles: Role[];

  @ApiPropertyOptional({
    example: '000.00.00.H00',
    description: 'The agency the official joins; absent: the administrator’s own',
  })
  @IsOptional()
  @Transform(trim)
  @MaxLength(40, { context: AGENCY_MESSAGE })
  @IsNotEmpty({ context: AGENCY_MESSAGE })
  @IsString({ context: AGENCY_MESSAGE })
  agencyCode?: string;
}

/**
 * Any of name, roles and agency (a move); absent properties stay as they are, `null` is
 * refused. A change of
 * roles or agency ends the official's sessions, so their next tokens carry the new ones.
 */
export class UpdateOfficialDto extends PartialType(
  PickType(InviteOfficialDto, ['fullName', 'roles', 'agencyCode'] as const),
  { skipNullProperties: false },
) {}

export class ListOfficialsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({
    example: '000.00.00.H00',
    description: 'Only this agency’s officials (an ADMIN sees only their own agency anyway)',
  })
  @IsOptional()
  @MaxLength(40, { context: AGENCY_MESSAGE })
  @IsString({ context: AGENCY_MESSAGE })
  agencyCode?: string;
}

export enum OfficialStatus {
  /** Invited; the password is not set yet. */
  Invited = 'INVITED',
  Active = 'ACTIVE',
  Disabled = 'DISABLED',
}

export class OfficialDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'can.bo@ubnd.example.vn' }) email: string;
  @ApiProperty({ example: 'Trần Thị Bình' }) fullName: string;
  @ApiPropertyOptional({ example: '0912345678' }) phone?: string;
  @ApiProperty({ enum: ASSIGNABLE_ROLES, isArray: true, example: [Role.Reception] })
  roles: Role[];
  @ApiPropertyOptional({ example: '000.00.00.H00' }) agencyCode?: string;
  @ApiPropertyOptional({ example: 'UBND phường Ba Đình' }) agencyName?: string;
  @ApiProperty({ enum: OfficialStatus, enumName: 'OfficialStatus' }) status: OfficialStatus;
  @ApiProperty({ description: 'Whether an authenticator app (TOTP) is set up' })
  secondFactor: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** Which link was sent. */
export class PasswordLinkSentDto {
  @ApiProperty({
    enum: ['RESET', 'INVITATION'],
    description:
      'RESET: a password reset link; INVITATION: the account had not accepted its invitation, so a new invitation went instead',
  })
  sent: 'RESET' | 'INVITATION';
}

export class AuditEntryDto {
  @ApiProperty({ example: '42', description: 'Increasing: newer entries have larger ids' })
  id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({
    example: 'OFFICIAL_INVITED',
    description:
      'OFFICIAL_INVITED, INVITATION_ACCEPTED, OFFICIAL_UPDATED, OFFICIAL_DISABLED, OFFICIAL_ENABLED, PASSWORD_RESET_SENT, INVITATION_RESENT, SECOND_FACTOR_RESET',
  })
  action: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Who made the change' }) actorId?: string;
  @ApiPropertyOptional({ example: 'Quản trị viên' }) actorName?: string;
  @ApiProperty({ format: 'uuid', description: 'The account changed' }) subjectId: string;
  @ApiPropertyOptional({ example: 'Trần Thị Bình' }) subjectName?: string;
  @ApiPropertyOptional({ example: 'can.bo@ubnd.example.vn' }) subjectEmail?: string;
  @ApiPropertyOptional({ example: '000.00.00.H00' }) agencyCode?: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { roles: { from: ['RECEPTION'], to: ['RECEPTION', 'SPECIALIST'] } },
    description: 'What changed (never a password, token or secret)',
  })
  details: Record<string, unknown>;
}
