import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { validateWebEnvironment } from '@motcua/config/web-environment';
import { freePort } from './net';
import { startApiAndWorker, type TestStack } from './stack';

export interface TestPortal {
  /** The portal's address, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  /** The API's address the portal talks to. */
  apiUrl: string;
  stack: TestStack;
  web: NestFastifyApplication;
  close(): Promise<void>;
}

/**
 * The whole stack a browser test needs, each on a free loopback port: the API and the worker
 * (on queues of their own, see stack.ts) and the citizen portal talking to that API over HTTP,
 * as in production. `settings` go to the API and worker's environment, `webSettings` to the
 * portal's.
 */
export async function startPortal(
  settings: Record<string, string> = {},
  webSettings: Record<string, string> = {},
): Promise<TestPortal> {
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${webPort}`;
  const stack = await startApiAndWorker({
    PUBLIC_BASE_URL: url,
    TRUST_PROXY: '127.0.0.1,::1',
    ...settings,
  });
  await stack.api.app.listen({ port: apiPort, host: '127.0.0.1' });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const { createWebApp } = await import('../../apps/web/src/bootstrap/create-web-app');
  const web = await createWebApp(
    validateWebEnvironment({
      NODE_ENV: 'test',
      WEB_PORT: String(webPort),
      API_URL: apiUrl,
      PUBLIC_BASE_URL: url,
      LOG_LEVEL: 'silent',
      ...webSettings,
    }),
  );
  await web.listen({ port: webPort, host: '127.0.0.1' });
  return {
    url,
    apiUrl,
    stack,
    web,
    close: async () => {
      await web.close();
      await stack.worker.close();
      await stack.api.close();
    },
  };
}
