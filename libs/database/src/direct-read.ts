import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Executor } from './executor';

/**
 * Runs one read-only statement on TypeORM's own pg pool, outside any transaction, without
 * TypeORM's query runner around it: the runner (created, connected and released per call)
 * measured at about a tenth of the CPU of the busiest read routes (public tracking, the
 * officials' work list). Only for single-statement reads on such routes; anything that writes
 * or needs a transaction goes through TypeORM.
 */
export async function directRead<T>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const result = await pool.query(sql, params);
  return result.rows as T[];
}

/**
 * An `Executor` over TypeORM's pg pool (see `directRead`), for a repository method that is
 * one read-only statement on a busy route.
 */
export function directExecutor(dataSource: DataSource): Executor {
  return {
    query: async (sql: string, params: unknown[] = []) => directRead(dataSource, sql, params),
  } as Executor;
}
