import { Controller, HttpCode, Logger, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@motcua/auth';
import { FastifyRequest } from 'fastify';
import { PostalCallbackAck, PostalCallbackDto } from './postal-callback.dto';
import { parsePostalCallback } from './postal-callback.parser';
import { PostalInboxService } from './postal-inbox.service';
import { PostalSignatureGuard, signatureHeaders } from './postal-signature.guard';
import { ApiProblems } from '../http/api-problems';

@ApiTags('postal')
@Controller('postal')
export class PostalCallbacksController {
  private readonly logger = new Logger(PostalCallbacksController.name);

  constructor(private readonly inbox: PostalInboxService) {}

  @Post('callbacks')
  @Public()
  @UseGuards(PostalSignatureGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Shipment status callback from the postal operator (Standard Webhooks)',
    description:
      'Signed with POSTAL_WEBHOOK_SECRET per https://www.standardwebhooks.com on the exact body ' +
      'bytes. The event is stored durably before the 200; the worker applies it. The same ' +
      '`webhook-id` again → 200 with no second effect. Unknown references are kept, no effect. ' +
      "Delivery status only moves forward: by the operator's order of statuses (accepted, " +
      'picked up, in transit, out for delivery or failed attempt, delivered or returned to ' +
      'sender), then by `occurredAt`; a final status is never replaced. Events that arrive ' +
      'before the shipment is recorded are kept and applied once it is. An event for a ' +
      'dossier not delivered by post is kept, with no effect.',
  })
  @ApiHeader({ name: 'webhook-id', required: true, description: 'Unique id of the event' })
  @ApiHeader({
    name: 'webhook-timestamp',
    required: true,
    description: 'Unix seconds; refused when more than 5 minutes off',
  })
  @ApiHeader({
    name: 'webhook-signature',
    required: true,
    description: 'Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`',
  })
  @ApiBody({ type: PostalCallbackDto })
  @ApiOkResponse({ type: PostalCallbackAck, description: 'Stored (or already stored)' })
  @ApiProblems({
    401: 'Missing or bad signature, or stale timestamp; nothing is stored',
    400: 'Signed, but not a valid event',
  })
  async receive(@Req() req: FastifyRequest): Promise<PostalCallbackAck> {
    const webhookId = signatureHeaders(req)['webhook-id'];
    const callback = parsePostalCallback(req.body, webhookId);
    const stored = await this.inbox.store(webhookId, callback);
    if (!stored) this.logger.debug(`Postal callback ${webhookId} already stored`);
    return { received: true };
  }
}
