import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { TrackingResponse } from '../dossiers/dto/dossier.response';
import { TRACKING_OPENAPI, TRACKING_PATH } from '../dossiers/tracking.route';
import { FieldErrorDto, ProblemDto } from '../http/problem-details';
import openApiMetadata from '../openapi-metadata';

/**
 * The API's OpenAPI document, from the controllers and DTOs of `app` and what the
 * `@nestjs/swagger` CLI plugin reads from their types and comments (`openapi-metadata.ts`, loaded
 * here so that every build, tsc or SWC, describes the same API). The running API serves it at
 * `/api/docs-json`; `npm run openapi` writes it to `docs/openapi.json` (`apps/api/openapi/`).
 * Paths and schemas are sorted by name, so the file changes only when the contract does.
 */
export async function buildOpenApiDocument(app: INestApplication): Promise<OpenAPIObject> {
  await SwaggerModule.loadPluginMetadata(openApiMetadata);
  const config = new DocumentBuilder()
    .setTitle('motcua — Một cửa điện tử')
    .setDescription(
      'Public API of motcua, the electronic one-stop shop. Errors are RFC 9457 ' +
        '`application/problem+json` (schema `ProblemDto`) with a stable `code` and a Vietnamese ' +
        '`detail`. The conventions (errors, pagination, idempotency, the action table, sign-in, ' +
        'rate limits) are explained in `docs/api.md`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto, FieldErrorDto, TrackingResponse],
  });
  // public tracking is a plain Fastify route (dossiers/tracking.route.ts), unseen by the scan
  document.paths[TRACKING_PATH.replace(':code', '{code}')] = TRACKING_OPENAPI;
  document.paths = sortedByKey(document.paths);
  if (document.components?.schemas) {
    document.components.schemas = sortedByKey(document.components.schemas);
  }
  return document;
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
