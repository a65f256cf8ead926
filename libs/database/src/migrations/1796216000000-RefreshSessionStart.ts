import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a refresh token's login began, copied on every rotation, so a session ends after an
 * absolute lifetime. Existing tokens count from their own creation.
 */
export class RefreshSessionStart1796216000000 implements MigrationInterface {
  name = 'RefreshSessionStart1796216000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD COLUMN IF NOT EXISTS "session_started_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `UPDATE "refresh_tokens" SET "session_started_at" = "created_at" WHERE "session_started_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ALTER COLUMN "session_started_at" SET DEFAULT now(), ALTER COLUMN "session_started_at" SET NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" DROP COLUMN IF EXISTS "session_started_at"`,
    );
  }
}
