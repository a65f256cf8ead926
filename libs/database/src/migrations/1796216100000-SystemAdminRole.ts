import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ADMIN is now scoped to its own agency, and system-wide settings (holidays, background jobs,
 * the queue board) need SYSTEM_ADMIN. The ADMIN accounts that exist when this runs held those
 * powers already, so they keep them (the demo `admin@motcua.local` among them); an operator
 * narrows an account by removing SYSTEM_ADMIN from its roles. ADMIN accounts created later
 * get only what they are given.
 */
export class SystemAdminRole1796216100000 implements MigrationInterface {
  name = 'SystemAdminRole1796216100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "users" SET "roles" = array_append("roles", 'SYSTEM_ADMIN')
       WHERE 'ADMIN' = ANY("roles") AND NOT ('SYSTEM_ADMIN' = ANY("roles"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "users" SET "roles" = array_remove("roles", 'SYSTEM_ADMIN')
       WHERE 'SYSTEM_ADMIN' = ANY("roles")`,
    );
  }
}
