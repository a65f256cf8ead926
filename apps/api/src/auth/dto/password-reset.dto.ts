import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsAcceptablePassword } from '@motcua/auth';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

const LOGIN_MESSAGE = { message: 'Vui lòng nhập số định danh cá nhân hoặc email.' };

export class PasswordResetRequestDto {
  @ApiProperty({
    example: 'an.nguyen@example.vn',
    description: 'Số định danh cá nhân or email of the account (email is case-insensitive)',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ context: LOGIN_MESSAGE })
  @IsNotEmpty({ context: LOGIN_MESSAGE })
  @MaxLength(254, { context: LOGIN_MESSAGE })
  login: string;
}

/** The same answer whether or not an account matched. */
export class PasswordResetRequestedDto {
  @ApiProperty({
    example:
      'Nếu thông tin trên khớp với một tài khoản, đường dẫn đặt lại mật khẩu đã được gửi tới email (và số điện thoại) của tài khoản đó.',
  })
  message: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token of the reset link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  token: string;

  @ApiProperty({
    example: 'MatKhauMoi@2025',
    minLength: 8,
    maxLength: 128,
    format: 'password',
    description:
      'The rules of registration: refused, with the reason in `errors[]`, when very common, repetitive, a keyboard or number run, or containing the account’s national ID, phone number or e-mail name.',
  })
  @IsAcceptablePassword()
  password: string;
}
