import { ApiPropertyOptional } from '@nestjs/swagger';
import { DOSSIER_SORTS, DossierSort } from '@motcua/database';
import { DossierStatus } from '@motcua/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsSupportedCalendarDate } from '../../calendar/dto/calendar-date.validator';
import { PaginationQueryDto } from '../../http/pagination';

/** Filters of the dossier list; pages as every list does (`page` and `limit` bounded). */
export class ListDossiersQuery extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: DossierStatus })
  @IsOptional()
  @IsEnum(DossierStatus)
  status?: DossierStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  procedureCode?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Submitted on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsSupportedCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-31',
    description: 'Submitted on or before (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsSupportedCalendarDate()
  to?: string;

  @ApiPropertyOptional({ description: 'Officials: `me`, or a specialist id' })
  @IsOptional()
  @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    context: { message: 'Giá trị phải là "me" hoặc mã người dùng.' },
  })
  assignee?: string;

  @ApiPropertyOptional({
    example: '2026-12-31',
    description: 'Appointment date on or before (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsSupportedCalendarDate()
  dueBefore?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'Received on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsSupportedCalendarDate()
  receivedFrom?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Received on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsSupportedCalendarDate()
  receivedTo?: string;

  @ApiPropertyOptional({
    description: 'Free text: start of a dossier code, or part of the applicant name',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    enum: DOSSIER_SORTS,
    description:
      'Default: `appointmentDate` for officials (soonest due first), `-createdAt` for citizens',
  })
  @IsOptional()
  @IsIn(DOSSIER_SORTS)
  sort?: DossierSort;
}
