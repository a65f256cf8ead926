import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../http/pagination';

export const PROCEDURE_SORTS = ['name', 'popular'] as const;
export type ProcedureSort = (typeof PROCEDURE_SORTS)[number];

export class ListProceduresQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({
    description:
      'Words of the name or code, each of which must appear; case and diacritics are ignored ("dang ky" finds "Đăng ký")',
    example: 'khai sinh',
  })
  @IsOptional()
  @MaxLength(200)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ description: 'Only this agency’s procedures', example: '000.00.00.H00' })
  @IsOptional()
  @MaxLength(50)
  @IsString()
  agencyCode?: string;

  @ApiPropertyOptional({
    enum: PROCEDURE_SORTS,
    default: 'name',
    description:
      '`name`: alphabetical; `popular`: most dossiers received over the last 365 days first (counted up to yesterday)',
  })
  @IsOptional()
  @IsIn(PROCEDURE_SORTS, { context: { message: 'Thứ tự sắp xếp phải là "name" hoặc "popular".' } })
  sort?: ProcedureSort;
}
