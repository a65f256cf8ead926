import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '@motcua/domain';

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Nguyễn Văn An' }) fullName: string;
  @ApiProperty({ enum: Role, isArray: true, example: [Role.Citizen] }) roles: Role[];
  @ApiPropertyOptional({ example: '000.00.00.H00', description: 'Officials only' })
  agencyCode?: string;
}
