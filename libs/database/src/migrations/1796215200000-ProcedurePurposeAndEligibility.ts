import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a procedure is for and who may use it, shown on the portal's procedure page. NULL means
 * never written (the demo seed fills those of the demo procedures); an administrator clearing
 * one stores an empty text, which the seed leaves alone.
 */
export class ProcedurePurposeAndEligibility1796215200000 implements MigrationInterface {
  name = 'ProcedurePurposeAndEligibility1796215200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "procedures" ADD COLUMN IF NOT EXISTS "purpose" character varying(2000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "procedures" ADD COLUMN IF NOT EXISTS "eligibility" character varying(2000)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "procedures" DROP COLUMN IF EXISTS "eligibility"`);
    await queryRunner.query(`ALTER TABLE "procedures" DROP COLUMN IF EXISTS "purpose"`);
  }
}
