import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An idempotency scope names the route and its dossier (`request-supplement:<uuid>` is 55
 * characters, `submit:<ref>` up to the longest path parameter): 40 characters refused them.
 */
export class IdempotencyScopeLength1796211000000 implements MigrationInterface {
  name = 'IdempotencyScopeLength1796211000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ALTER COLUMN "scope" TYPE character varying(255)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ALTER COLUMN "scope" TYPE character varying(40)`,
    );
  }
}
