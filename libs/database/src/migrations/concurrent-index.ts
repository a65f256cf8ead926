import type { QueryRunner } from 'typeorm';

/*
 * Index changes on big tables for migrations with `transaction = false`: CREATE / DROP INDEX
 * CONCURRENTLY, so a deploy never blocks writes while they build; each step may run again.
 * Inside a transaction (`migration:revert` without `--transaction none`) they fall back to the
 * plain, blocking statements.
 */

/** CONCURRENTLY cannot run in a transaction block. */
const concurrently = (queryRunner: QueryRunner) =>
  queryRunner.isTransactionActive ? '' : 'CONCURRENTLY ';

export async function createIndex(queryRunner: QueryRunner, [name, on]: [string, string]) {
  const [found] = (await queryRunner.query(
    `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE c.relname = $1 AND c.relnamespace = 'public'::regnamespace`,
    [name],
  )) as { valid: boolean }[];
  // a concurrent build that failed leaves an invalid index behind: IF NOT EXISTS would keep it
  if (found && !found.valid) await dropIndex(queryRunner, name);
  await queryRunner.query(
    `CREATE INDEX ${concurrently(queryRunner)}IF NOT EXISTS "${name}" ON ${on}`,
  );
}

export async function dropIndex(queryRunner: QueryRunner, name: string) {
  await queryRunner.query(`DROP INDEX ${concurrently(queryRunner)}IF EXISTS "public"."${name}"`);
}
