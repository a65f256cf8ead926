import { ApiProperty } from '@nestjs/swagger';

export class ReportPeriodDto {
  @ApiProperty({ example: '2026-03-01' }) from: string;
  @ApiProperty({ example: '2026-03-31' }) to: string;
}

export class ReceivedFiguresDto {
  @ApiProperty() total: number;
  @ApiProperty() online: number;
  @ApiProperty() counter: number;
  @ApiProperty() postal: number;
  @ApiProperty({ description: 'online / total, 4 decimals; 0 when total is 0' })
  onlineRate: number;
}

export class ResolvedFiguresDto {
  @ApiProperty() total: number;
  @ApiProperty() early: number;
  @ApiProperty() onTime: number;
  @ApiProperty() late: number;
  @ApiProperty({ description: '(early + onTime) / total, 4 decimals; 0 when total is 0' })
  onTimeRate: number;
}

export class InProgressFiguresDto {
  @ApiProperty() total: number;
  @ApiProperty() overdue: number;
}

export class PostalFiguresDto {
  @ApiProperty({ description: "Results handed to the post ('dispatch' entries in the period)" })
  dispatched: number;
  @ApiProperty({ description: "Delivered to the applicant ('deliver' entries in the period)" })
  delivered: number;
  @ApiProperty({
    description: "Returned to sender by the post ('return-to-sender' entries in the period)",
  })
  failed: number;
}

export class ProcessingTimeDto {
  @ApiProperty({ description: 'Dossiers resolved in the period that have a reception date' })
  dossiers: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean working days from reception to result, 2 decimals; null without dossiers',
  })
  averageWorkingDays: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median working days (mean of the two middle values); null without dossiers',
  })
  medianWorkingDays: number | null;
}

export class OnlineFunnelDto {
  @ApiProperty({ description: 'Online dossiers citizens began in the period (created_at)' })
  started: number;
  @ApiProperty({ description: 'Of those, submitted by now' })
  submitted: number;
  @ApiProperty({ description: 'Of those, still drafts now' })
  abandoned: number;
  @ApiProperty({ description: 'abandoned / started, 4 decimals; 0 when started is 0' })
  abandonedRate: number;
}

export class ProcedureFiguresDto {
  @ApiProperty() procedureCode: string;
  @ApiProperty() procedureName: string;
  @ApiProperty() received: number;
  @ApiProperty() online: number;
  @ApiProperty() resolved: number;
  @ApiProperty({ description: 'Resolved early or on the appointment date' })
  onTime: number;
  @ApiProperty({ type: Number, nullable: true }) averageWorkingDays: number | null;
  @ApiProperty({ type: Number, nullable: true }) medianWorkingDays: number | null;
}

export class SummaryReportDto {
  @ApiProperty({ type: ReportPeriodDto }) period: ReportPeriodDto;
  @ApiProperty({ type: ReceivedFiguresDto }) received: ReceivedFiguresDto;
  @ApiProperty({ type: ResolvedFiguresDto }) resolved: ResolvedFiguresDto;
  @ApiProperty({ type: InProgressFiguresDto }) inProgress: InProgressFiguresDto;
  @ApiProperty({ type: PostalFiguresDto }) postal: PostalFiguresDto;
  @ApiProperty({ type: ProcessingTimeDto }) processingTime: ProcessingTimeDto;
  @ApiProperty({ type: OnlineFunnelDto }) onlineFunnel: OnlineFunnelDto;
  @ApiProperty({ type: [ProcedureFiguresDto] }) byProcedure: ProcedureFiguresDto[];
}

export class TimeseriesPointDto {
  @ApiProperty({ example: '2026-03-02', description: 'First day of the interval in the period' })
  from: string;
  @ApiProperty({ example: '2026-03-08', description: 'Last day of the interval in the period' })
  to: string;
  @ApiProperty({ type: ReceivedFiguresDto }) received: ReceivedFiguresDto;
  @ApiProperty({ type: ResolvedFiguresDto }) resolved: ResolvedFiguresDto;
  @ApiProperty({ type: InProgressFiguresDto }) inProgress: InProgressFiguresDto;
  @ApiProperty({ type: PostalFiguresDto }) postal: PostalFiguresDto;
  @ApiProperty({ type: ProcessingTimeDto }) processingTime: ProcessingTimeDto;
  @ApiProperty({ type: OnlineFunnelDto }) onlineFunnel: OnlineFunnelDto;
}

export class TimeseriesReportDto {
  @ApiProperty({ type: ReportPeriodDto }) period: ReportPeriodDto;
  @ApiProperty({ enum: ['day', 'week', 'month'] }) interval: string;
  @ApiProperty({ type: [TimeseriesPointDto], description: 'Every interval, empty ones too' })
  items: TimeseriesPointDto[];
}

export class PublicProcedureStatsDto {
  @ApiProperty() procedureCode: string;
  @ApiProperty() procedureName: string;
  @ApiProperty({ description: 'Received in the period (at least 5, else folded into other)' })
  received: number;
  @ApiProperty() onlineRate: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'null when fewer than 5 dossiers were resolved in the period',
  })
  onTimeRate: number | null;
}

export class PublicOtherProceduresDto {
  @ApiProperty({
    description:
      'Received for the procedures not listed, together (at least 5): those with fewer than 5 ' +
      'each, and the smallest listed ones when these alone would be fewer than 5',
  })
  received: number;
  @ApiProperty() onlineRate: number;
  @ApiProperty({ type: Number, nullable: true }) onTimeRate: number | null;
}

export class AgencyStatsDto {
  @ApiProperty() agencyCode: string;
  @ApiProperty() agencyName: string;
  @ApiProperty() received: number;
  @ApiProperty() onlineRate: number;
  @ApiProperty() onTimeRate: number;
  @ApiProperty({
    type: PostalFiguresDto,
    description:
      "Results sent back by post: the same figures as the summary report's `postal` (agency total only)",
  })
  postal: PostalFiguresDto;
  @ApiProperty({ type: [PublicProcedureStatsDto] }) byProcedure: PublicProcedureStatsDto[];
  @ApiProperty({
    type: PublicOtherProceduresDto,
    nullable: true,
    description:
      'The procedures not listed together; null when none is left over. Never fewer than 5',
  })
  otherProcedures: PublicOtherProceduresDto | null;
}

export class PublicStatsDto {
  @ApiProperty({ type: [AgencyStatsDto] }) items: AgencyStatsDto[];
}
