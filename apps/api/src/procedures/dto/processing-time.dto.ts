import { ApiProperty } from '@nestjs/swagger';

class ProcessingTimePeriodDto {
  @ApiProperty({ example: '2025-12-03', description: 'First day counted (Vietnamese calendar)' })
  from: string;
  @ApiProperty({ example: '2026-12-02', description: 'Last day counted: today' })
  to: string;
}

/** How long a procedure's dossiers actually took over the last 12 months. */
export class ProcessingTimeDto {
  @ApiProperty({ example: '1.001193' }) code: string;
  @ApiProperty({ type: ProcessingTimePeriodDto }) period: ProcessingTimePeriodDto;
  @ApiProperty({ example: 42, description: 'Dossiers whose result came in the period' })
  resolved: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 4,
    description:
      '9 of 10 of those dossiers were ready within this many working days of reception; null when fewer than 10 were resolved',
  })
  p90WorkingDays: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.9524,
    description:
      'Share ready on or before the appointment date (0–1); null when fewer than 10 were resolved',
  })
  onTimeRate: number | null;
}
