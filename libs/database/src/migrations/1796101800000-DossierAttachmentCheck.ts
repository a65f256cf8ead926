import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Intake's outcome: when the dossier's attached files were re-verified, and what failed. */
export class DossierAttachmentCheck1796101800000 implements MigrationInterface {
  name = 'DossierAttachmentCheck1796101800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dossiers" ADD "attachment_check" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dossiers" DROP COLUMN "attachment_check"`);
  }
}
