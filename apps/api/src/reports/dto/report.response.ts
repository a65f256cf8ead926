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
  @ApiProperty() dispatched: number;
  @ApiProperty() delivered: number;
  @ApiProperty() failed: number;
}

export class ProcedureFiguresDto {
  @ApiProperty() procedureCode: string;
  @ApiProperty() procedureName: string;
  @ApiProperty() received: number;
  @ApiProperty() online: number;
  @ApiProperty() resolved: number;
  @ApiProperty({ description: 'Resolved early or on the appointment date' })
  onTime: number;
}

export class SummaryReportDto {
  @ApiProperty({ type: ReportPeriodDto }) period: ReportPeriodDto;
  @ApiProperty({ type: ReceivedFiguresDto }) received: ReceivedFiguresDto;
  @ApiProperty({ type: ResolvedFiguresDto }) resolved: ResolvedFiguresDto;
  @ApiProperty({ type: InProgressFiguresDto }) inProgress: InProgressFiguresDto;
  @ApiProperty({ type: PostalFiguresDto }) postal: PostalFiguresDto;
  @ApiProperty({ type: [ProcedureFiguresDto] }) byProcedure: ProcedureFiguresDto[];
}

export class AgencyStatsDto {
  @ApiProperty() agencyCode: string;
  @ApiProperty() agencyName: string;
  @ApiProperty() received: number;
  @ApiProperty() onlineRate: number;
  @ApiProperty() onTimeRate: number;
}

export class PublicStatsDto {
  @ApiProperty({ type: [AgencyStatsDto] }) items: AgencyStatsDto[];
}
