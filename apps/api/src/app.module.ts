import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthCoreModule } from '@motcua/auth';
import { AppConfig, AppConfigModule } from '@motcua/config';
import { databaseOptions } from '@motcua/database';
import { RedisModule } from '@motcua/queue';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams } from './bootstrap/logging';
import { AgenciesModule } from './agencies/agencies.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { ColleaguesModule } from './colleagues/colleagues.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { FilesModule } from './files/files.module';
import { FormsModule } from './forms/forms.module';
import { HealthModule } from './health/health.module';
import { OfficialsModule } from './officials/officials.module';
import { OperationsModule } from './operations/operations.module';
import { PostalModule } from './postal/postal.module';
import { ProceduresModule } from './procedures/procedures.module';
import { ReportsModule } from './reports/reports.module';
import { HttpDrain } from './http/http-drain';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RateLimitModule } from './http/rate-limit.module';
import { createValidationPipe } from './http/validation.pipe';

@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        loggerParams(config.get('LOG_LEVEL'), !config.isProduction && process.stdout.isTTY),
    }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        databaseOptions(config.get('DATABASE_URL'), {
          size: config.get('DATABASE_POOL_SIZE'),
          acquireTimeoutMs: config.get('DATABASE_POOL_ACQUIRE_TIMEOUT_MS'),
          statementTimeoutMs: config.get('DATABASE_STATEMENT_TIMEOUT_MS'),
          idleInTransactionTimeoutMs: config.get('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS'),
        }),
    }),
    RedisModule,
    RateLimitModule,
    AuthCoreModule,
    HealthModule,
    AuthModule,
    ProceduresModule,
    FilesModule,
    DossiersModule,
    ColleaguesModule,
    FormsModule,
    CalendarModule,
    PostalModule,
    OperationsModule,
    ReportsModule,
    AgenciesModule,
    OfficialsModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    HttpDrain,
  ],
})
export class AppModule {}
