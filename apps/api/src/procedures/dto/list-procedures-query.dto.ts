import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../http/pagination';

export class ListProceduresQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({
    description: 'Part of the name or code, case-insensitive',
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
}
