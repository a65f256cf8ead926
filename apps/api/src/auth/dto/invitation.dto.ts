import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '@motcua/auth';

export class InvitationAcceptDto {
  @ApiProperty({ description: 'The token of the invitation link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  token: string;

  @ApiProperty({
    example: 'MatKhauCanBo@2026',
    minLength: 8,
    maxLength: 128,
    format: 'password',
    description:
      'The rules of registration: refused, with the reason in `errors[]`, when very common, repetitive, a keyboard or number run, or containing the account’s phone number or e-mail name.',
  })
  @IsAcceptablePassword()
  password: string;
}
