import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@motcua/auth';
import { Role } from '@motcua/domain';
import { Page, PageDto } from '../http/pagination';
import {
  FailedJobDto,
  FailedJobsQueryDto,
  QueuesSummaryDto,
  RetriedDto,
  RetryJobParamsDto,
} from './dto/operations.dto';
import { QueueOperationsService } from './queue-operations.service';
import { ApiProblems } from '../http/api-problems';

@ApiTags('operations')
@Controller('admin')
export class OperationsController {
  constructor(private readonly operations: QueueOperationsService) {}

  @Get('queues/summary')
  @Authenticated(Role.SystemAdmin)
  @ApiOperation({ summary: 'Job counts of every background queue' })
  @ApiOkResponse({ type: QueuesSummaryDto })
  async summary(): Promise<QueuesSummaryDto> {
    return { queues: await this.operations.summary() };
  }

  @Get('jobs/failed')
  @Authenticated(Role.SystemAdmin)
  @ApiOperation({
    summary: 'Dead letters: jobs that exhausted their attempts',
    description: 'Newest first within a queue; queues in a fixed order when none is named.',
  })
  @ApiOkResponse({ type: PageDto(FailedJobDto) })
  failed(@Query() query: FailedJobsQueryDto): Promise<Page<FailedJobDto>> {
    return this.operations.failed(query);
  }

  @Post('jobs/:queue/:id/retry')
  @HttpCode(200)
  @Authenticated(Role.SystemAdmin)
  @ApiOperation({ summary: 'Run a failed job again (it goes back to waiting)' })
  @ApiOkResponse({ type: RetriedDto })
  @ApiProblems({ 404: 'Unknown queue or job', 409: 'The job is not failed' })
  async retry(@Param() params: RetryJobParamsDto): Promise<RetriedDto> {
    await this.operations.retry(params.queue, params.id);
    return { retried: true };
  }
}
