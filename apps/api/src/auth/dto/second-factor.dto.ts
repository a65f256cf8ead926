import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

const CODE_MESSAGE = { message: 'Mã xác thực gồm 6 chữ số.' };

export class SecondFactorChallengeRequestDto {
  @ApiProperty({ description: 'The `secondFactor.challenge` of the sign-in’s 401 answer' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  challenge: string;
}

export class SecondFactorDto extends SecondFactorChallengeRequestDto {
  @ApiProperty({
    example: '123456',
    description: 'The 6-digit code the authenticator app shows now (each code works once)',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value))
  @IsString({ context: CODE_MESSAGE })
  @Matches(/^\d{6}$/, { context: CODE_MESSAGE })
  otp: string;
}

/** A new authenticator secret, shown once: the client shows it (and its QR code) to the user. */
export class TotpEnrolmentDto {
  @ApiProperty({
    example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    description: 'Base32 secret, for typing into the app by hand',
  })
  secret: string;

  @ApiProperty({
    example:
      'otpauth://totp/M%E1%BB%99t%20c%E1%BB%ADa%20%C4%91i%E1%BB%87n%20t%E1%BB%AD:can.bo%40example.vn?issuer=...&secret=...&algorithm=SHA1&digits=6&period=30',
    description: 'The `otpauth://` address to show as a QR code',
  })
  otpauthUri: string;
}
