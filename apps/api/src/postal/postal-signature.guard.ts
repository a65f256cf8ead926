import { CanActivate, ExecutionContext, Injectable, RawBodyRequest } from '@nestjs/common';
import { DomainError, ErrorCode } from '@motcua/domain';
import type { FastifyRequest } from 'fastify';
import { Webhook } from 'standardwebhooks';

type SignatureHeader = 'webhook-id' | 'webhook-timestamp' | 'webhook-signature';

/** The Standard Webhooks headers of a request, each its first value or ''. */
export function signatureHeaders(req: FastifyRequest): Record<SignatureHeader, string> {
  const pick = (name: SignatureHeader): string => {
    const value = req.headers[name];
    return (Array.isArray(value) ? value[0] : value) ?? '';
  };
  return {
    'webhook-id': pick('webhook-id'),
    'webhook-timestamp': pick('webhook-timestamp'),
    'webhook-signature': pick('webhook-signature'),
  };
}

/**
 * Admits a postal-operator callback only when its Standard Webhooks signature, made with
 * POSTAL_WEBHOOK_SECRET over the exact body bytes, matches and its timestamp is fresh;
 * anything else is 401 and nothing is read or stored.
 */
@Injectable()
export class PostalSignatureGuard implements CanActivate {
  constructor(private readonly webhook: Webhook) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<RawBodyRequest<FastifyRequest>>();
    try {
      if (!req.rawBody) throw new Error('no body');
      // the exact bytes received: any re-serialisation would break the signature
      this.webhook.verify(req.rawBody.toString('utf8'), signatureHeaders(req));
    } catch {
      throw new DomainError(
        ErrorCode.Unauthenticated,
        'Chữ ký của thông báo từ bưu điện không hợp lệ hoặc đã hết hạn.',
      );
    }
    return true;
  }
}
