import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndex, dropIndex } from './concurrent-index';

const FIRST_RESULT: [string, string] = [
  'idx_history_result_ready_dossier',
  `"dossier_history" ("dossier_id", "id") WHERE to_status = 'RESULT_READY'`,
];

/**
 * The reports count a dossier's first RESULT_READY entry only (NOT EXISTS an earlier one of
 * the same dossier). Without this index PostgreSQL answers that anti-join by hashing the whole
 * history (about 1 s on a million dossiers); with it, one index probe per result of the day.
 */
export class FirstResultIndex1796101900000 implements MigrationInterface {
  name = 'FirstResultIndex1796101900000';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await createIndex(queryRunner, FIRST_RESULT);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropIndex(queryRunner, FIRST_RESULT[0]);
  }
}
