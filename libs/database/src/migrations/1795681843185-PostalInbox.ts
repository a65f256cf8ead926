import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Verified postal-operator callbacks, stored once per webhook id (see PostalInboxEntity). */
export class PostalInbox1795681843185 implements MigrationInterface {
  name = 'PostalInbox1795681843185';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "postal_inbox" ("webhook_id" character varying(200) NOT NULL, "tracking_number" character varying(100) NOT NULL, "reference" character varying(100) NOT NULL, "status" character varying(30) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "payload" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, "outcome" character varying(40), CONSTRAINT "PK_892fb7fe0645e66c1d0d2d6eb9a" PRIMARY KEY ("webhook_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_postal_inbox_reference" ON "postal_inbox" ("reference") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_postal_inbox_reference"`);
    await queryRunner.query(`DROP TABLE "postal_inbox"`);
  }
}
