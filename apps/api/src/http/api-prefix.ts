import type { INestApplication } from '@nestjs/common';

/** The prefix of every API route but the health check. */
export const API_PREFIX = 'api/v1';

/** Applied by the running API and by the OpenAPI generator, so both see the same paths. */
export function useApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
}
