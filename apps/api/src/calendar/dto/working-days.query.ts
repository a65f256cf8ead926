import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IsSupportedCalendarDate, toStrictInteger } from './calendar-date.validator';

export const MAX_WORKING_DAYS_QUERY = 365;

const DAYS_MESSAGE = {
  context: { message: `Số ngày phải là số nguyên từ 0 đến ${MAX_WORKING_DAYS_QUERY}.` },
};

export class WorkingDaysQueryDto {
  @ApiProperty({ format: 'date', example: '2026-02-13', description: 'Day 0 (YYYY-MM-DD)' })
  @IsSupportedCalendarDate()
  from: string;

  @ApiProperty({ minimum: 0, maximum: MAX_WORKING_DAYS_QUERY, example: 3 })
  @Max(MAX_WORKING_DAYS_QUERY, DAYS_MESSAGE)
  @Min(0, DAYS_MESSAGE)
  @IsInt(DAYS_MESSAGE)
  @Transform(toStrictInteger)
  days: number;
}
