import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndex, dropIndex } from './concurrent-index';

const SEARCH: [string, string] = [
  'idx_procedures_search_trgm',
  `"procedures" USING gin (motcua_search_text("name" || ' ' || "code") gin_trgm_ops)`,
];
const DAILY_BY_PROCEDURE: [string, string] = [
  'idx_report_daily_procedure_day',
  `"report_daily" ("procedure_id", "day")`,
];
const PROCESSING_BY_PROCEDURE: [string, string] = [
  'idx_report_daily_processing_procedure_day',
  `"report_daily_processing" ("procedure_id", "day")`,
];

/**
 * The portal's procedure search and "most used" list, and a procedure's own figures:
 * - `motcua_search_text(text)`: lower case without diacritics ("Đăng ký" → "dang ky"), NFC first
 *   so decomposed input folds the same. `unaccent` is only STABLE (its dictionary could change),
 *   so an index needs this IMMUTABLE wrapper naming the dictionary explicitly;
 * - a trigram index on the folded name and code, which serves `LIKE '%word%'` per search word;
 * - `procedure_usage`: dossiers received per procedure over the last 365 days, rewritten by each
 *   rollup refresh from `report_daily`, so sorting by use reads one small table;
 * - `(procedure_id, day)` indexes on the rollup tables for one procedure's year of figures.
 * Built concurrently (a deploy never blocks writes); every step may run again.
 */
export class ProcedureSearchAndUsage1796212000000 implements MigrationInterface {
  name = 'ProcedureSearchAndUsage1796212000000';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION motcua_search_text(text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize($1, NFC))) $$`);
    await createIndex(queryRunner, SEARCH);
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "procedure_usage" (
        "procedure_id" uuid NOT NULL PRIMARY KEY REFERENCES "procedures" ("id") ON DELETE CASCADE,
        "filed" integer NOT NULL)`,
    );
    await createIndex(queryRunner, DAILY_BY_PROCEDURE);
    await createIndex(queryRunner, PROCESSING_BY_PROCEDURE);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropIndex(queryRunner, PROCESSING_BY_PROCEDURE[0]);
    await dropIndex(queryRunner, DAILY_BY_PROCEDURE[0]);
    await queryRunner.query(`DROP TABLE IF EXISTS "procedure_usage"`);
    await dropIndex(queryRunner, SEARCH[0]);
    await queryRunner.query(`DROP FUNCTION IF EXISTS motcua_search_text(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
