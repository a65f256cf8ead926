import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({
    example: '001090012345',
    description: 'Số định danh cá nhân or email (email is case-insensitive)',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ context: { message: 'Vui lòng nhập số định danh cá nhân hoặc email.' } })
  @IsNotEmpty({ context: { message: 'Vui lòng nhập số định danh cá nhân hoặc email.' } })
  @MaxLength(254)
  username: string;

  @ApiProperty({ example: 'MatKhau@2025', format: 'password' })
  @IsString({ context: { message: 'Vui lòng nhập mật khẩu.' } })
  @IsNotEmpty({ context: { message: 'Vui lòng nhập mật khẩu.' } })
  @MaxLength(128)
  password: string;
}
