import { ApiProperty } from '@nestjs/swagger';

export class SkippedDayDto {
  @ApiProperty({ format: 'date', example: '2026-02-16' }) date: string;
  @ApiProperty({
    example: 'Tết Nguyên đán (29 tháng Chạp)',
    description: "Why it is not a working day: 'Thứ Bảy', 'Chủ nhật' or the holiday's name",
  })
  reason: string;
}

export class WorkingDaysDto {
  @ApiProperty({ format: 'date', example: '2026-02-13' }) from: string;
  @ApiProperty({ example: 3 }) days: number;
  @ApiProperty({ format: 'date', example: '2026-02-25' }) result: string;
  @ApiProperty({ type: [SkippedDayDto], description: 'Days off passed over, in date order' })
  skipped: SkippedDayDto[];
}
