import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The per-user upload quota sums a user's recent uploads. */
export class FilesOwnerCreatedIndex1796215100000 implements MigrationInterface {
  name = 'FilesOwnerCreatedIndex1796215100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_files_owner_created" ON "files" ("owner_id", "created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_files_owner_created"`);
  }
}
