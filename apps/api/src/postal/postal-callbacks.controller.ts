import { Controller, HttpCode, Logger, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import { DomainError, ErrorCode } from '@motcua/domain';
import { FastifyRequest } from 'fastify';
import { Webhook } from 'standardwebhooks';
import { PostalCallbackAck, PostalCallbackDto } from './postal-callback.dto';
import { parsePostalCallback } from './postal-callback.parser';
import { PostalInboxService } from './postal-inbox.service';
import { ApiProblems } from '../http/api-problems';

type SignatureHeader = 'webhook-id' | 'webhook-timestamp' | 'webhook-signature';

@ApiTags('postal')
@Controller('postal')
export class PostalCallbacksController {
  private readonly logger = new Logger(PostalCallbacksController.name);
  private readonly webhook: Webhook;

  constructor(
    config: AppConfig,
    private readonly inbox: PostalInboxService,
  ) {
    // validateEnvironment always fills the secret (dev default) or refuses to start in production
    this.webhook = new Webhook(config.get('POSTAL_WEBHOOK_SECRET') as string);
  }

  @Post('callbacks')
  @Public()
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
  async receive(@Req() req: RawBodyRequest<FastifyRequest>): Promise<PostalCallbackAck> {
    const headers = this.signatureHeaders(req);
    this.verify(req.rawBody, headers);
    const callback = parsePostalCallback(req.body, headers['webhook-id']);
    const stored = await this.inbox.store(headers['webhook-id'], callback);
    if (!stored) this.logger.debug(`Postal callback ${headers['webhook-id']} already stored`);
    return { received: true };
  }

  private signatureHeaders(req: FastifyRequest): Record<SignatureHeader, string> {
    const pick = (name: string): string => {
      const value = req.headers[name];
      return (Array.isArray(value) ? value[0] : value) ?? '';
    };
    return {
      'webhook-id': pick('webhook-id'),
      'webhook-timestamp': pick('webhook-timestamp'),
      'webhook-signature': pick('webhook-signature'),
    };
  }

  private verify(rawBody: Buffer | undefined, headers: Record<string, string>): void {
    try {
      if (!rawBody) throw new Error('no body');
      // the exact bytes received: any re-serialisation would break the signature
      this.webhook.verify(rawBody.toString('utf8'), headers);
    } catch {
      throw new DomainError(
        ErrorCode.Unauthenticated,
        'Chữ ký của thông báo từ bưu điện không hợp lệ hoặc đã hết hạn.',
      );
    }
  }
}
