import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '@motcua/auth';
import { NATIONAL_ID_PATTERN, VIETNAMESE_MOBILE_PATTERN } from '@motcua/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

const NATIONAL_ID_MESSAGE = { message: 'Số định danh cá nhân phải gồm đúng 12 chữ số.' };
const FULL_NAME_MESSAGE = { message: 'Vui lòng nhập họ và tên (tối đa 100 ký tự).' };
const PHONE_MESSAGE = {
  message: 'Số điện thoại di động không hợp lệ (ví dụ: 0912345678 hoặc +84912345678).',
};
const EMAIL_MESSAGE = { message: 'Địa chỉ email không hợp lệ.' };

export class RegisterDto {
  @ApiProperty({ example: '001090012345', description: 'Số định danh cá nhân (12 chữ số)' })
  @Transform(trim)
  @IsString({ context: NATIONAL_ID_MESSAGE })
  @Matches(NATIONAL_ID_PATTERN, { context: NATIONAL_ID_MESSAGE })
  nationalId: string;

  @ApiProperty({ example: 'Nguyễn Văn An', maxLength: 100 })
  @Transform(trim)
  @IsString({ context: FULL_NAME_MESSAGE })
  @IsNotEmpty({ context: FULL_NAME_MESSAGE })
  @MaxLength(100, { context: FULL_NAME_MESSAGE })
  fullName: string;

  @ApiProperty({ example: '0912345678', description: 'Số điện thoại di động Việt Nam' })
  @Transform(trim)
  @IsString({ context: PHONE_MESSAGE })
  @Matches(VIETNAMESE_MOBILE_PATTERN, { context: PHONE_MESSAGE })
  phone: string;

  @ApiPropertyOptional({ example: 'an.nguyen@example.vn', description: 'Stored lower-case' })
  @IsOptional()
  @Transform(trimLower)
  @IsString({ context: EMAIL_MESSAGE })
  @MaxLength(254, { context: EMAIL_MESSAGE })
  @IsEmail({}, { context: EMAIL_MESSAGE })
  email?: string;

  @ApiProperty({
    example: 'MatKhau@2025',
    minLength: 8,
    maxLength: 128,
    format: 'password',
    description:
      'Refused, with the reason in `errors[]`: a very common password (also followed by digits, e.g. `matkhau123`), one character or a short group repeated (`11111111`), a keyboard or number run (`12345678`), or one containing the national ID, phone number or e-mail name.',
  })
  @IsAcceptablePassword((dto: RegisterDto) => dto)
  password: string;
}

export class RegisteredDto {
  @ApiProperty({ format: 'uuid' }) id: string;
}
