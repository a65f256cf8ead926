import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, AppConfigModule } from '@motcua/config';
import { databaseOptions } from '@motcua/database';
import { bullConnection } from '@motcua/queue';
import { LoggerModule } from 'nestjs-pino';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { FileStoreModule } from './files/file-store.module';
import { WorkerHealthModule } from './health/worker-health.module';
import { IntakeModule } from './intake/intake.module';
import { JobsModule } from './jobs/jobs.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { ChannelsModule } from './notifications/channels.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OutboxModule } from './outbox/outbox.module';
import { PostalModule } from './postal/postal.module';

/** The background worker: BullMQ processors only, no HTTP server. */
@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.get('LOG_LEVEL'),
          redact: {
            paths: ['*.password', '*.nationalId', '*.phone', '*.email', '*.fullName'],
            censor: '[redacted]',
          },
        },
      }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        databaseOptions(config.get('DATABASE_URL'), {
          size: config.get('WORKER_DATABASE_POOL_SIZE'),
          // a job that gets no connection in time fails its attempt and is retried later
          acquireTimeoutMs: config.get('DATABASE_POOL_ACQUIRE_TIMEOUT_MS'),
          statementTimeoutMs: config.get('WORKER_STATEMENT_TIMEOUT_MS'),
          idleInTransactionTimeoutMs: config.get('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS'),
        }),
    }),
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: bullConnection(config.get('REDIS_URL')),
        prefix: config.get('QUEUE_PREFIX'),
        defaultJobOptions: {
          attempts: 8,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { age: 24 * 3600, count: 10_000 },
          // failed jobs are kept: they are the dead letters an operator looks at
          removeOnFail: false,
        },
      }),
    }),
    ChannelsModule,
    JobsModule,
    MaintenanceModule,
    WorkerHealthModule,
    DeadlinesModule,
    OutboxModule,
    NotificationsModule,
    PostalModule,
    FileStoreModule,
    IntakeModule,
  ],
})
export class WorkerModule {}
