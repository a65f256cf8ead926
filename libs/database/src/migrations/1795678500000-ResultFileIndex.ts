import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets the owner and the agency download a dossier's result file (files access rule). */
export class ResultFileIndex1795678500000 implements MigrationInterface {
  name = 'ResultFileIndex1795678500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_result_file" ON "dossiers" ((result ->> 'resultFileId')) WHERE result IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_dossiers_result_file"`);
  }
}
