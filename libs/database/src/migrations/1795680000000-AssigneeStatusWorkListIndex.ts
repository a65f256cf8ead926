import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A specialist's work list filters by assignee and status and sorts by due date; with the
 * status in the index (and the agency included) its page is an index scan and its count an
 * index-only scan.
 */
export class AssigneeStatusWorkListIndex1795680000000 implements MigrationInterface {
  name = 'AssigneeStatusWorkListIndex1795680000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_dossiers_assignee_appointment"`);
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_assignee_status_appointment" ON "dossiers" ("assignee_id", "status", "appointment_date") INCLUDE ("agency_id") WHERE assignee_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_dossiers_assignee_status_appointment"`);
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_assignee_appointment" ON "dossiers" ("assignee_id", "appointment_date") WHERE assignee_id IS NOT NULL`,
    );
  }
}
