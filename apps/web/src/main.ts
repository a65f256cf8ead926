import 'reflect-metadata';
import { ConfigurationError, validateWebEnvironment } from '@motcua/config/web-environment';
import { createWebApp } from './bootstrap/create-web-app';

async function bootstrap(): Promise<void> {
  const env = validateWebEnvironment(process.env);
  const app = await createWebApp(env);
  await app.listen({ port: env.WEB_PORT, host: '0.0.0.0' });
  console.log(`Cổng thông tin: ${env.PUBLIC_BASE_URL}`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigurationError) console.error(error.message);
  else console.error('Portal failed to start:', error);
  process.exit(1);
});
