import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QueueName } from '@motcua/queue';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { PaginationQueryDto } from '../../http/pagination';

export class QueueSummaryDto {
  @ApiProperty({ enum: QueueName, example: QueueName.Notifications }) name: QueueName;
  @ApiProperty({ example: 0 }) waiting: number;
  @ApiProperty({ example: 0 }) active: number;
  @ApiProperty({ example: 0 }) delayed: number;
  @ApiProperty({ example: 0, description: 'Dead letters: jobs that exhausted their attempts' })
  failed: number;
  @ApiProperty({ example: 0 }) completed: number;
}

export class QueuesSummaryDto {
  @ApiProperty({ type: [QueueSummaryDto] }) queues: QueueSummaryDto[];
}

export class FailedJobsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: QueueName, description: 'Only this queue (all queues otherwise)' })
  @IsOptional()
  @IsEnum(QueueName)
  queue?: QueueName;
}

export class FailedJobDto {
  @ApiProperty({ enum: QueueName }) queue: QueueName;
  @ApiProperty({ example: 'outbox-0b5c…-notify-applicant' }) id: string;
  @ApiProperty({ example: 'notify-applicant' }) name: string;
  @ApiProperty({ example: 'connect ECONNREFUSED 127.0.0.1:25' }) failedReason: string;
  @ApiProperty({ example: 8 }) attemptsMade: number;
  @ApiProperty({ description: 'When the job was added (epoch ms)' }) timestamp: number;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'When it last failed (epoch ms)',
  })
  finishedOn: number | null;
  @ApiProperty({
    description: 'The job payload (ids and codes only, no personal data)',
    type: 'object',
    additionalProperties: true,
  })
  data: unknown;
}

export class RetryJobParamsDto {
  @ApiProperty({ enum: QueueName, description: 'An unknown queue answers 404' })
  @Matches(/^[\w.-]{1,100}$/)
  queue: string;

  @ApiProperty({ example: 'outbox-0b5c…-notify-applicant' })
  @Matches(/^[\w.:-]{1,200}$/)
  id: string;
}

export class RetriedDto {
  @ApiProperty({ example: true }) retried: true;
}
