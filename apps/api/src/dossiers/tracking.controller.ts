import { Controller, Get, Ip, Param } from '@nestjs/common';
import { RouteSchema } from '@nestjs/platform-fastify';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@motcua/auth';
import { NotFoundError } from '@motcua/domain';
import { ProblemDto } from '../http/problem-details';
import { ApiRateLimited, RateLimitedError, RateLimiter } from '../http/rate-limit.module';
import { DossierReader } from './dossier.reader';
import { TrackingResponse } from './dto/dossier.response';
import { TRACKING_RESPONSE_SCHEMA } from './dto/response.schemas';

@ApiTags('tracking')
@Controller('tracking')
export class TrackingController {
  constructor(
    private readonly reader: DossierReader,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * The rate limit is counted in Redis while the dossier is looked up, not before: the two
   * round trips overlap. Over the limit the answer is 429 whatever was found, so a blocked
   * client learns nothing, not even whether the code exists.
   */
  @Get(':code')
  @Public()
  @RouteSchema({ response: { 200: TRACKING_RESPONSE_SCHEMA } })
  @ApiOperation({ summary: 'Public status of a dossier by its code; no personal data' })
  @ApiOkResponse({ type: TrackingResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiRateLimited()
  async track(@Param('code') code: string, @Ip() address: string): Promise<TrackingResponse> {
    const [allowed, found] = await Promise.all([
      this.limiter.hit('tracking', 'track', address),
      this.reader.track(code),
    ]);
    if (!allowed) throw new RateLimitedError();
    if (!found) throw new NotFoundError('Không tìm thấy hồ sơ có mã này.');
    return found;
  }
}
