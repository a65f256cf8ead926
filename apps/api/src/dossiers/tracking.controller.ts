import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@motcua/auth';
import { ProblemDto } from '../http/problem-details';
import { RateLimited } from '../http/rate-limit.module';
import { DossierReader } from './dossier.reader';
import { TrackingResponse } from './dto/dossier.response';

@ApiTags('tracking')
@Controller('tracking')
export class TrackingController {
  constructor(private readonly reader: DossierReader) {}

  @Get(':code')
  @Public()
  @RateLimited('tracking')
  @ApiOperation({ summary: 'Public status of a dossier by its code; no personal data' })
  @ApiOkResponse({ type: TrackingResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  track(@Param('code') code: string): Promise<TrackingResponse> {
    return this.reader.track(code);
  }
}
