import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Length, MaxLength } from 'class-validator';

const LOGIN_MESSAGE = { message: 'Vui lòng nhập số định danh cá nhân hoặc email.' };
const PASSWORD_MESSAGE = { message: 'Mật khẩu phải có từ 8 đến 128 ký tự.' };

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

  @ApiProperty({ example: 'MatKhauMoi@2025', minLength: 8, maxLength: 128, format: 'password' })
  @IsString({ context: PASSWORD_MESSAGE })
  @Length(8, 128, { context: PASSWORD_MESSAGE })
  password: string;
}
