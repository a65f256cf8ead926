import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SafeQueryLogger } from './safe-query-logger';

/** The one place TypeORM is configured, shared by the apps, the CLI and the tests. */
export function databaseOptions(url: string, poolSize = 10): DataSourceOptions {
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
    extra: { max: poolSize, application_name: 'motcua' },
  };
}
