import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DossierWorkflowAndHolidays1795677313522 implements MigrationInterface {
  name = 'DossierWorkflowAndHolidays1795677313522';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "holidays" ("date" date NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_40dfddee0c0d7125c767d8962b1" PRIMARY KEY ("date"))`,
    );
    await queryRunner.query(`ALTER TABLE "dossiers" ADD "processing_days" integer`);
    await queryRunner.query(`ALTER TABLE "dossiers" ADD "rejection" jsonb`);
    await queryRunner.query(`ALTER TABLE "dossiers" ADD "extension" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dossiers" DROP COLUMN "extension"`);
    await queryRunner.query(`ALTER TABLE "dossiers" DROP COLUMN "rejection"`);
    await queryRunner.query(`ALTER TABLE "dossiers" DROP COLUMN "processing_days"`);
    await queryRunner.query(`DROP TABLE "holidays"`);
  }
}
