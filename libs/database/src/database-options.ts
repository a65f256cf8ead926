import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SafeQueryLogger } from './safe-query-logger';

/** How a process's connections behave; every duration in milliseconds, 0 meaning none. */
export interface PoolSettings {
  size: number;
  /** How long a caller waits for a free connection before the pool gives up with an error. */
  acquireTimeoutMs?: number;
  /** PostgreSQL `statement_timeout`, set on each connection as it opens. */
  statementTimeoutMs?: number;
  /** PostgreSQL `idle_in_transaction_session_timeout`, likewise. */
  idleInTransactionTimeoutMs?: number;
}

/** The one place TypeORM is configured, shared by the apps, the CLI and the tests. */
export function databaseOptions(url: string, pool: PoolSettings = { size: 10 }): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logging: ['error', 'warn'],
    logger: new SafeQueryLogger(['error', 'warn']),
    maxQueryExecutionTime: 1000,
    // handed to node-postgres's Pool and to each client it opens
    extra: {
      max: pool.size,
      application_name: 'motcua',
      ...(pool.acquireTimeoutMs ? { connectionTimeoutMillis: pool.acquireTimeoutMs } : {}),
      ...(pool.statementTimeoutMs ? { statement_timeout: pool.statementTimeoutMs } : {}),
      ...(pool.idleInTransactionTimeoutMs
        ? { idle_in_transaction_session_timeout: pool.idleInTransactionTimeoutMs }
        : {}),
    },
  };
}
