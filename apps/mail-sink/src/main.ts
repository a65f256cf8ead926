// Development mail sink (dev tool, never started in production): SMTP on 127.0.0.1, every
// accepted message written as an .eml file. `npm start` runs it when SMTP_URL is unset.
// Env: MAIL_SINK_PORT (2525), MAIL_SINK_DIR (./var/mail), MAIL_SINK_MAX_BYTES (26214400),
// LOG_LEVEL (info).
import { relative } from 'node:path';
import { pino } from 'pino';
import { createMailSink, loadMailSinkConfig } from './mail-sink';

async function bootstrap(): Promise<void> {
  const config = loadMailSinkConfig(process.env);
  const logger = pino({ name: 'mail-sink', level: process.env.LOG_LEVEL || 'info' });
  const sink = createMailSink({ ...config, logger });
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'mail sink stopping');
    sink.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Mail sink failed to stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const url = await sink.listen();
  logger.info(
    { url, dir: relative(process.cwd(), config.dir) || '.', maxBytes: config.maxBytes },
    'mail sink started',
  );
}

bootstrap().catch((error: unknown) => {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(
    `Mail sink failed to start: ${detail} (set MAIL_SINK_PORT, or SMTP_URL for a real server)`,
  );
  process.exit(1);
});
