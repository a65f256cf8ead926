import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The per-login-name lock-out's count of sign-in attempts. */
export class LoginAttempts1796213000000 implements MigrationInterface {
  name = 'LoginAttempts1796213000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_attempts" ("login_hash" character(64) NOT NULL, "attempts" integer NOT NULL, "resets_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d258ef5e59606110395f3d46a61" PRIMARY KEY ("login_hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_be81306e531d73a97245aa5152" ON "login_attempts" ("resets_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_be81306e531d73a97245aa5152"`);
    await queryRunner.query(`DROP TABLE "login_attempts"`);
  }
}
