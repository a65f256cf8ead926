import { ApiProperty } from '@nestjs/swagger';

export class TokenPairDto {
  @ApiProperty({ description: 'JWT (HS256) to send as `Authorization: Bearer <accessToken>`' })
  accessToken: string;

  @ApiProperty({
    description:
      'Opaque, single-use: exchange it at /auth/refresh for a new pair. Presenting one that ' +
      'was already used ends the whole session.',
  })
  refreshToken: string;

  @ApiProperty({ example: 900, description: 'Lifetime of the access token, in seconds' })
  expiresIn: number;
}
