import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per sign-in, read by primary key on each request to stop access tokens at logout. */
export class AuthSessions1796216100000 implements MigrationInterface {
  name = 'AuthSessions1796216100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "auth_sessions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_auth_sessions_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "IDX_auth_sessions_user_id" ON "auth_sessions" ("user_id")`,
    );
    // Sessions signed in before this migration keep working.
    await queryRunner.query(
      `INSERT INTO "auth_sessions" ("id", "user_id", "created_at")
       SELECT DISTINCT ON ("family_id") "family_id", "user_id", "session_started_at"
         FROM "refresh_tokens" WHERE "revoked_at" IS NULL
       ON CONFLICT DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "auth_sessions"`);
  }
}
