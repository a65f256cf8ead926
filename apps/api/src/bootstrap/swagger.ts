import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { TrackingResponse } from '../dossiers/dto/dossier.response';
import { TRACKING_OPENAPI, TRACKING_PATH } from '../dossiers/tracking.route';
import { FieldErrorDto, ProblemDto } from '../http/problem-details';

export function setUpSwagger(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('motcua — Một cửa điện tử')
    .setDescription(
      'Public API of motcua, the electronic one-stop shop. Errors are RFC 9457 ' +
        '`application/problem+json` (schema `ProblemDto`) with a stable `code` and a Vietnamese `detail`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto, FieldErrorDto, TrackingResponse],
  });
  // public tracking is a plain Fastify route (dossiers/tracking.route.ts), unseen by the scan
  document.paths[TRACKING_PATH.replace(':code', '{code}')] = TRACKING_OPENAPI;
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
