import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OFFICIAL_ROLES, Role } from '@motcua/domain';
import { IsIn, IsOptional } from 'class-validator';

export class ListColleaguesQuery {
  @ApiPropertyOptional({
    enum: OFFICIAL_ROLES,
    description: 'Only the officials holding this role (e.g. SPECIALIST, to assign a dossier)',
  })
  @IsOptional()
  @IsIn(OFFICIAL_ROLES)
  role?: Role;
}

export class ColleagueDto {
  @ApiProperty({ format: 'uuid', description: 'The `assigneeId` of the assign action' })
  id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: Role[];
}

export class ColleagueListResponse {
  @ApiProperty({ type: [ColleagueDto] }) items: ColleagueDto[];
}
