import type { FastifyInstance } from 'fastify';
import type { ApiClient, components } from '../../api/api-client';
import { pageContextOf } from '../../layout/page-context';
import { CODE_SHAPE, normaliseCode, trackingHref } from './tracking.controller';
import { TrackingLookupPage, TrackingPage } from './tracking.page';

type Tracking = components['schemas']['TrackingResponse'];

/**
 * `/tra-cuu/<code>`: a dossier's public progress, with no personal data (only what the API's
 * tracking route gives). The address printed on receipts, sent by SMS and e-mail, and opened
 * from QR codes: the portal's busiest page. So it is a plain Fastify route beside Nest's router
 * and reads the API without building fetch objects (docs/performance.md); it renders the same
 * page components and goes through the same hooks (headers, session) and error pages.
 */
export function registerTrackingRoute(fastify: FastifyInstance, api: ApiClient): void {
  fastify.get<{ Params: { code: string } }>('/tra-cuu/:code', async (request, reply) => {
    const page = pageContextOf(request, reply);
    const code = request.params.code;
    const normalised = normaliseCode(code);
    if (normalised !== code && CODE_SHAPE.test(normalised)) {
      return reply.code(301).redirect(trackingHref(normalised));
    }
    if (!CODE_SHAPE.test(code)) {
      return reply.code(404).send(await (<TrackingLookupPage page={page} code={code} notFound />));
    }
    const answer = await api.getPublicJson<Tracking>(
      request,
      `/api/v1/tracking/${encodeURIComponent(code)}`,
    );
    if (answer.data) return reply.send(await (<TrackingPage page={page} dossier={answer.data} />));
    if (answer.status === 429) {
      const retryAfter = answer.headers['retry-after'];
      return reply
        .code(429)
        .header('retry-after', typeof retryAfter === 'string' ? retryAfter : '60')
        .send(
          await (
            <TrackingLookupPage
              page={page}
              code={code}
              error="Bạn đã tra cứu quá nhiều lần trong một phút. Vui lòng đợi một phút rồi thử lại."
            />
          ),
        );
    }
    if (answer.status >= 500) throw new Error(`Tracking answered ${answer.status}`);
    return reply.code(404).send(await (<TrackingLookupPage page={page} code={code} notFound />));
  });
}
