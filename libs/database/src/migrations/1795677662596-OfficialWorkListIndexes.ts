import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OfficialWorkListIndexes1795677662596 implements MigrationInterface {
  name = 'OfficialWorkListIndexes1795677662596';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_assignee_appointment" ON "dossiers" ("assignee_id", "appointment_date") WHERE assignee_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_agency_appointment" ON "dossiers" ("agency_id", "appointment_date") `,
    );
    // Hand-written: free-text search of the work list by applicant name.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_applicant_name_trgm" ON "dossiers" USING gin ("applicant_full_name" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_dossiers_applicant_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dossiers_agency_appointment"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dossiers_assignee_appointment"`);
  }
}
