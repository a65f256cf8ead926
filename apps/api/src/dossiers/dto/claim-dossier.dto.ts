import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

const CODE_MESSAGE = { message: 'Vui lòng nhập mã hồ sơ.' };
const CLAIM_CODE_MESSAGE = { message: 'Vui lòng nhập mã nhận hồ sơ in trên giấy tiếp nhận.' };

export class ClaimDossierDto {
  @ApiProperty({ example: '000.00.00.H00-261202-0007', description: 'The dossier code' })
  @IsString({ context: CODE_MESSAGE })
  @IsNotEmpty({ context: CODE_MESSAGE })
  @MaxLength(40, { context: CODE_MESSAGE })
  code: string;

  @ApiProperty({
    example: 'K7QM-2XWD-9HTB',
    description:
      'The one-time claim code printed on the receipt (Mẫu 01) and sent to the phone or e-mail ' +
      'the desk recorded; case, spaces and hyphens do not matter.',
  })
  @IsString({ context: CLAIM_CODE_MESSAGE })
  @IsNotEmpty({ context: CLAIM_CODE_MESSAGE })
  @MaxLength(40, { context: CLAIM_CODE_MESSAGE })
  claimCode: string;
}
