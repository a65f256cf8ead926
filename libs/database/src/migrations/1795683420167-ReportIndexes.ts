import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportIndexes1795683420167 implements MigrationInterface {
  name = 'ReportIndexes1795683420167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_agency_received" ON "dossiers" ("agency_id", "received_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_history_dispatch_at" ON "dossier_history" ("at") WHERE action = 'dispatch'`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_history_result_ready_at" ON "dossier_history" ("at") WHERE to_status = 'RESULT_READY'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_history_result_ready_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_history_dispatch_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dossiers_agency_received"`);
  }
}
