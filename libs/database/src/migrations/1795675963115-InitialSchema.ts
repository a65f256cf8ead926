import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795675963115 implements MigrationInterface {
  name = 'InitialSchema1795675963115';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying NOT NULL, "name" character varying NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6acd8cc6374916c08b4d7f060c8" UNIQUE ("code"), CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "dossier_counters" ("agency_id" uuid NOT NULL, "day" date NOT NULL, "last_sequence" integer NOT NULL, CONSTRAINT "PK_99f9bcc91d256ac40793ba31b00" PRIMARY KEY ("agency_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "procedures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying NOT NULL, "agency_id" uuid NOT NULL, "name" character varying NOT NULL, "processing_days" integer NOT NULL, "fee" bigint NOT NULL, "online_level" character varying(10) NOT NULL, "postal_delivery" boolean NOT NULL DEFAULT false, "required_documents" jsonb NOT NULL DEFAULT '[]'::jsonb, "fields" jsonb NOT NULL DEFAULT '[]'::jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8f0dd6bd4d8e1abaaf816856e29" UNIQUE ("code"), CONSTRAINT "PK_e7775bab78f27b4c47580b6cb4b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0d8700787b6fcb5c78c926b110" ON "procedures" ("agency_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "national_id" character varying(12), "email" character varying(254), "phone" character varying(20), "full_name" character varying NOT NULL, "password_hash" character varying NOT NULL, "roles" text array NOT NULL, "agency_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_users_national_id" ON "users" ("national_id") WHERE national_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email") WHERE email IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "dossiers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40), "procedure_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "owner_id" uuid, "applicant_national_id" character varying(12) NOT NULL, "applicant_full_name" character varying NOT NULL, "applicant_phone" character varying(20), "applicant_email" character varying(254), "channel" character varying(10) NOT NULL, "status" character varying(24) NOT NULL, "form_data" jsonb NOT NULL DEFAULT '{}'::jsonb, "attachments" jsonb NOT NULL DEFAULT '[]'::jsonb, "delivery_method" character varying(10) NOT NULL, "delivery_address" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE, "appointment_date" date, "assignee_id" uuid, "supplement_request" jsonb, "result" jsonb, "delivery" jsonb, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2f408e41e65ebf503dad3ec713b" UNIQUE ("code"), CONSTRAINT "PK_d84a24a9d2c52ec01142de45e42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_unclaimed_applicant" ON "dossiers" ("applicant_national_id") WHERE owner_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_agency_status_appointment" ON "dossiers" ("agency_id", "status", "appointment_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_owner_created" ON "dossiers" ("owner_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "dossier_history" ("id" BIGSERIAL NOT NULL, "dossier_id" uuid NOT NULL, "action" character varying(40) NOT NULL, "from_status" character varying(24), "to_status" character varying(24) NOT NULL, "actor_id" uuid, "actor_role" character varying(20) NOT NULL, "actor_name" character varying NOT NULL, "note" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e162aa5df7bddddc6ddc79a5f1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_afb239f4ea5fbf90e21edf45ee" ON "dossier_history" ("dossier_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("user_id" uuid NOT NULL, "key" character varying(255) NOT NULL, "scope" character varying(40) NOT NULL, "request_hash" character(64) NOT NULL, "response_status" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_392b1af86f210d98d3f0c764728" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5e72f040fdc5efc8eef52a388c" ON "idempotency_keys" ("created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3ddc983c5f7bcf132fd8732c3f" ON "refresh_tokens" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d5e27da0cd39bc3bb2811fc8ba" ON "refresh_tokens" ("family_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a7838d2ba25be1342091b6695f" ON "refresh_tokens" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "file_name" character varying NOT NULL, "size" integer NOT NULL, "mime_type" character varying NOT NULL, "sha256" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c16b9093a142e0e7613b04a3d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4bc1db1f4f34ec9415acd88afd" ON "files" ("owner_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "dossier_counters" ADD CONSTRAINT "FK_1b4f03f7e52999d65b1f91333c4" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "procedures" ADD CONSTRAINT "FK_0d8700787b6fcb5c78c926b110f" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_6fdb3282cea9ba5877ab476aa76" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossiers" ADD CONSTRAINT "FK_6d8c7927890c3a594586e6c44cc" FOREIGN KEY ("procedure_id") REFERENCES "procedures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossiers" ADD CONSTRAINT "FK_0d97098bc0643c570480a540e33" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossiers" ADD CONSTRAINT "FK_533f56b5bd90bf8c97ae9488e53" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossiers" ADD CONSTRAINT "FK_40b1c937601c750924a06905cff" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossier_history" ADD CONSTRAINT "FK_0b0c787d5691e6e633294792dcc" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ADD CONSTRAINT "FK_4d2181624ba2d61e76a07175198" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "files" ADD CONSTRAINT "FK_4bc1db1f4f34ec9415acd88afdb" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Hand-written: what TypeORM cannot describe.
    await queryRunner.query(
      `CREATE INDEX "idx_dossiers_attachments" ON "dossiers" USING gin ("attachments" jsonb_path_ops)`,
    );
    // The history is a legal trail: nobody, not even the application, may rewrite it.
    await queryRunner.query(`CREATE FUNCTION motcua_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'dossier_history is append-only' USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER dossier_history_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "dossier_history" FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_history_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER dossier_history_append_only ON "dossier_history"`);
    await queryRunner.query(`DROP FUNCTION motcua_refuse_history_change()`);
    await queryRunner.query(`DROP INDEX "idx_dossiers_attachments"`);
    await queryRunner.query(`ALTER TABLE "files" DROP CONSTRAINT "FK_4bc1db1f4f34ec9415acd88afdb"`);
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" DROP CONSTRAINT "FK_4d2181624ba2d61e76a07175198"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossier_history" DROP CONSTRAINT "FK_0b0c787d5691e6e633294792dcc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossiers" DROP CONSTRAINT "FK_40b1c937601c750924a06905cff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossiers" DROP CONSTRAINT "FK_533f56b5bd90bf8c97ae9488e53"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossiers" DROP CONSTRAINT "FK_0d97098bc0643c570480a540e33"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossiers" DROP CONSTRAINT "FK_6d8c7927890c3a594586e6c44cc"`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_6fdb3282cea9ba5877ab476aa76"`);
    await queryRunner.query(
      `ALTER TABLE "procedures" DROP CONSTRAINT "FK_0d8700787b6fcb5c78c926b110f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossier_counters" DROP CONSTRAINT "FK_1b4f03f7e52999d65b1f91333c4"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_4bc1db1f4f34ec9415acd88afd"`);
    await queryRunner.query(`DROP TABLE "files"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7838d2ba25be1342091b6695f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5e27da0cd39bc3bb2811fc8ba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ddc983c5f7bcf132fd8732c3f"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e72f040fdc5efc8eef52a388c"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_afb239f4ea5fbf90e21edf45ee"`);
    await queryRunner.query(`DROP TABLE "dossier_history"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dossiers_owner_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dossiers_agency_status_appointment"`);
    await queryRunner.query(`DROP INDEX "public"."idx_dossiers_unclaimed_applicant"`);
    await queryRunner.query(`DROP TABLE "dossiers"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_national_id"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0d8700787b6fcb5c78c926b110"`);
    await queryRunner.query(`DROP TABLE "procedures"`);
    await queryRunner.query(`DROP TABLE "dossier_counters"`);
    await queryRunner.query(`DROP TABLE "agencies"`);
  }
}
