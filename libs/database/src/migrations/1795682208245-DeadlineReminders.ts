import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deadline digests already mailed, one per day and official (see DeadlineReminderEntity). */
export class DeadlineReminders1795682208245 implements MigrationInterface {
  name = 'DeadlineReminders1795682208245';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "deadline_reminders" ("day" date NOT NULL, "user_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_deadline_reminders" PRIMARY KEY ("day", "user_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "deadline_reminders"`);
  }
}
