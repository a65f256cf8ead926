import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A desk dossier reaches a citizen's account only by its claim code (derived from
 * `claim_nonce`, see libs/domain claim-code.ts), no longer by the national ID at registration:
 * the index that linking used goes.
 */
export class DossierClaimCode1796214100000 implements MigrationInterface {
  name = 'DossierClaimCode1796214100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dossiers" ADD "claim_nonce" character(32)`);
    await queryRunner.query(`DROP INDEX "public"."idx_dossiers_unclaimed_applicant"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_unclaimed_applicant" ON "dossiers" ("applicant_national_id") WHERE owner_id IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "dossiers" DROP COLUMN "claim_nonce"`);
  }
}
