// Postal-operator simulator (dev tool, never started in production).
// Env: POSTAL_SIM_PORT (4010), POSTAL_SIM_HOST (0.0.0.0), POSTAL_API_KEY (dev-postal-key),
// POSTAL_WEBHOOK_SECRET (fixed dev whsec_ value), POSTAL_SIM_STEP_MS (3000).
import { createPostalSimulator, loadSimulatorConfig } from './simulator';

async function bootstrap(): Promise<void> {
  const config = loadSimulatorConfig(process.env);
  const simulator = createPostalSimulator({
    ...config,
    logger: { level: process.env.LOG_LEVEL || 'info' },
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    simulator.app.log.info({ signal }, 'postal simulator stopping');
    simulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Postal simulator failed to stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await simulator.listen(config.port, config.host);
  simulator.app.log.info({ stepMs: config.stepMs }, 'postal simulator started');
}

bootstrap().catch((error: unknown) => {
  console.error('Postal simulator failed to start:', error);
  process.exit(1);
});
