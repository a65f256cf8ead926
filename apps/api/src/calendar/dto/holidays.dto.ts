import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { HOLIDAY_NAME_MAX_LENGTH, HOLIDAY_YEAR_MAX, HOLIDAY_YEAR_MIN } from '@motcua/domain';
import { IsSupportedCalendarDate, toStrictInteger } from './calendar-date.validator';

const YEAR_MESSAGE = {
  context: { message: `Năm phải là số nguyên từ ${HOLIDAY_YEAR_MIN} đến ${HOLIDAY_YEAR_MAX}.` },
};
const NAME_MESSAGE = {
  context: { message: `Tên ngày nghỉ phải có từ 1 đến ${HOLIDAY_NAME_MAX_LENGTH} ký tự.` },
};

export class HolidayYearParamsDto {
  @ApiProperty({ minimum: HOLIDAY_YEAR_MIN, maximum: HOLIDAY_YEAR_MAX, example: 2027 })
  @Max(HOLIDAY_YEAR_MAX, YEAR_MESSAGE)
  @Min(HOLIDAY_YEAR_MIN, YEAR_MESSAGE)
  @IsInt(YEAR_MESSAGE)
  @Transform(toStrictInteger)
  year: number;
}

export class HolidayDto {
  @ApiProperty({ format: 'date', example: '2027-02-06', description: 'A date of the year' })
  @IsSupportedCalendarDate()
  date: string;

  @ApiProperty({
    minLength: 1,
    maxLength: HOLIDAY_NAME_MAX_LENGTH,
    example: 'Tết Nguyên đán (mùng 1 tháng Giêng)',
  })
  @MaxLength(HOLIDAY_NAME_MAX_LENGTH, NAME_MESSAGE)
  @Matches(/\S/, NAME_MESSAGE)
  @IsString(NAME_MESSAGE)
  name: string;
}

export class ReplaceHolidaysDto {
  @ApiProperty({
    type: [HolidayDto],
    description: "The year's whole table: dates within the year, each at most once",
  })
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  @ArrayMaxSize(366)
  @IsArray()
  items: HolidayDto[];
}

export class HolidayYearDto {
  @ApiProperty({ example: 2027 }) year: number;
  @ApiProperty({ type: [HolidayDto], description: 'Sorted by date' }) items: HolidayDto[];
}
