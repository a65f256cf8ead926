import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndex, dropIndex } from './concurrent-index';

const RECEIVED_BY_INDEX: [string, string] = [
  'idx_dossiers_received_by_appointment',
  `"dossiers" ("received_by_agency_id", "appointment_date") WHERE "received_by_agency_id" IS NOT NULL`,
];

/**
 * Two-tier local government: agencies form a tree (a province, its departments, communes and
 * service centres), and a dossier records the agency whose desk received it when that is not
 * the competent agency. Agencies that exist when this runs become communes without a parent
 * until an administrator places them; the demo data places the demo agency itself.
 */
export class AgencyTree1796220000000 implements MigrationInterface {
  name = 'AgencyTree1796220000000';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DO $$ BEGIN
         CREATE TYPE "agency_kind" AS ENUM ('PROVINCE', 'DEPARTMENT', 'COMMUNE', 'SERVICE_CENTRE');
       EXCEPTION WHEN duplicate_object THEN NULL; END $$`,
    );
    await queryRunner.query(
      `ALTER TABLE "agencies"
         ADD COLUMN IF NOT EXISTS "kind" "agency_kind" NOT NULL DEFAULT 'COMMUNE',
         ADD COLUMN IF NOT EXISTS "parent_id" uuid`,
    );
    await queryRunner.query(
      `DO $$ BEGIN
         ALTER TABLE "agencies" ADD CONSTRAINT "FK_agencies_parent" FOREIGN KEY ("parent_id")
           REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
       EXCEPTION WHEN duplicate_object THEN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "idx_agencies_parent" ON "agencies" ("parent_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossiers" ADD COLUMN IF NOT EXISTS "received_by_agency_id" uuid`,
    );
    await queryRunner.query(
      `DO $$ BEGIN
         ALTER TABLE "dossiers" ADD CONSTRAINT "FK_dossiers_received_by_agency"
           FOREIGN KEY ("received_by_agency_id") REFERENCES "agencies"("id")
           ON DELETE RESTRICT ON UPDATE NO ACTION NOT VALID;
       EXCEPTION WHEN duplicate_object THEN NULL; END $$`,
    );
    // the column is new and empty: validating scans the table without blocking writes
    await queryRunner.query(
      `ALTER TABLE "dossiers" VALIDATE CONSTRAINT "FK_dossiers_received_by_agency"`,
    );
    await createIndex(queryRunner, RECEIVED_BY_INDEX);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropIndex(queryRunner, RECEIVED_BY_INDEX[0]);
    await queryRunner.query(
      `ALTER TABLE "dossiers" DROP CONSTRAINT IF EXISTS "FK_dossiers_received_by_agency"`,
    );
    await queryRunner.query(`ALTER TABLE "dossiers" DROP COLUMN IF EXISTS "received_by_agency_id"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "public"."idx_agencies_parent"`);
    await queryRunner.query(
      `ALTER TABLE "agencies" DROP CONSTRAINT IF EXISTS "FK_agencies_parent"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agencies" DROP COLUMN IF EXISTS "parent_id", DROP COLUMN IF EXISTS "kind"`,
    );
    await queryRunner.query(`DROP TYPE IF EXISTS "agency_kind"`);
  }
}
