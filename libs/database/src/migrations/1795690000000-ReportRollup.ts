import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reports' maintained summary (docs/performance.md, "Reports"):
 * - `working_day_ordinals`: every date 2000–2100 with the number of working days up to it
 *   (weekends and the `holidays` table excluded), rebuilt by a trigger whenever a holiday
 *   changes, so the working days between two dates are one subtraction;
 * - `report_daily`: per agency, procedure and Vietnamese day, the counts of the events of that
 *   day (received by channel, resolved by timeliness, postal handovers and outcomes, online
 *   dossiers started); `report_daily_processing`: per agency, procedure, day of result and
 *   number of working days taken, how many dossiers (a histogram, so the median stays exact);
 * - `report_rollup_state.closed_through`: the last day those two tables hold (NULL: none);
 *   later days are counted live from the source tables. A holiday change moves it back to the
 *   day before the holiday, since processing times from then on change, and writes a
 *   `report.rollup-reopened` outbox event, which the worker turns into a refresh.
 * The indexes for the live part come next, built concurrently (ReportRollupIndexes).
 */
export class ReportRollup1795690000000 implements MigrationInterface {
  name = 'ReportRollup1795690000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "working_day_ordinals" ("date" date NOT NULL PRIMARY KEY, "ordinal" integer NOT NULL)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION rebuild_working_day_ordinals() RETURNS void LANGUAGE sql AS $$
        DELETE FROM working_day_ordinals;
        INSERT INTO working_day_ordinals (date, ordinal)
        SELECT g.d::date,
               (count(*) FILTER (WHERE extract(isodow FROM g.d) < 6 AND h.date IS NULL)
                  OVER (ORDER BY g.d))::int
          FROM generate_series(date '2000-01-01', date '2100-12-31', interval '1 day') AS g(d)
          LEFT JOIN holidays h ON h.date = g.d::date;
      $$`);
    await queryRunner.query(`SELECT rebuild_working_day_ordinals()`);

    await queryRunner.query(
      `CREATE TABLE "report_daily" ("agency_id" uuid NOT NULL, "day" date NOT NULL, "procedure_id" uuid NOT NULL,
        "received_online" integer NOT NULL, "received_counter" integer NOT NULL, "received_postal" integer NOT NULL,
        "resolved_early" integer NOT NULL, "resolved_on_time" integer NOT NULL, "resolved_late" integer NOT NULL,
        "dispatched" integer NOT NULL, "delivered" integer NOT NULL, "returned_to_sender" integer NOT NULL,
        "online_started" integer NOT NULL,
        CONSTRAINT "PK_report_daily" PRIMARY KEY ("agency_id", "day", "procedure_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_report_daily_day" ON "report_daily" ("day")`);
    await queryRunner.query(
      `CREATE TABLE "report_daily_processing" ("agency_id" uuid NOT NULL, "day" date NOT NULL, "procedure_id" uuid NOT NULL,
        "working_days" integer NOT NULL, "dossiers" integer NOT NULL,
        CONSTRAINT "PK_report_daily_processing" PRIMARY KEY ("agency_id", "day", "procedure_id", "working_days"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_report_daily_processing_day" ON "report_daily_processing" ("day")`,
    );
    await queryRunner.query(
      `CREATE TABLE "report_rollup_state" ("id" boolean NOT NULL DEFAULT true PRIMARY KEY CHECK ("id"), "closed_through" date)`,
    );
    await queryRunner.query(`INSERT INTO "report_rollup_state" ("closed_through") VALUES (NULL)`);

    await queryRunner.query(`
      CREATE FUNCTION holidays_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE earliest date;
      BEGIN
        -- one rebuild at a time: two transactions saving holidays of different years would
        -- otherwise both delete and re-insert every ordinal (duplicate key)
        PERFORM pg_advisory_xact_lock(hashtext('motcua.working_days'));
        IF TG_OP = 'UPDATE' THEN
          -- only a date that came or went counts (a renamed holiday changes no working day)
          SELECT min(x.date) INTO earliest
            FROM ((SELECT date FROM changed EXCEPT SELECT date FROM changed_new)
                  UNION ALL (SELECT date FROM changed_new EXCEPT SELECT date FROM changed)) x;
        ELSE
          SELECT min(date) INTO earliest FROM changed;
        END IF;
        IF earliest IS NULL THEN RETURN NULL; END IF;
        PERFORM rebuild_working_day_ordinals();
        UPDATE report_rollup_state SET closed_through = earliest - 1
         WHERE closed_through IS NOT NULL AND closed_through >= earliest;
        IF FOUND THEN
          -- days were reopened: the worker's relay routes this to the rollup refresh
          INSERT INTO outbox (type, payload)
          VALUES ('report.rollup-reopened', jsonb_build_object('from', earliest));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER holidays_inserted AFTER INSERT ON holidays REFERENCING NEW TABLE AS changed
       FOR EACH STATEMENT EXECUTE FUNCTION holidays_changed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER holidays_deleted AFTER DELETE ON holidays REFERENCING OLD TABLE AS changed
       FOR EACH STATEMENT EXECUTE FUNCTION holidays_changed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER holidays_updated AFTER UPDATE ON holidays
       REFERENCING OLD TABLE AS changed NEW TABLE AS changed_new
       FOR EACH STATEMENT EXECUTE FUNCTION holidays_changed()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER holidays_updated ON holidays`);
    await queryRunner.query(`DROP TRIGGER holidays_deleted ON holidays`);
    await queryRunner.query(`DROP TRIGGER holidays_inserted ON holidays`);
    await queryRunner.query(`DROP FUNCTION holidays_changed()`);
    await queryRunner.query(`DROP TABLE "report_rollup_state"`);
    await queryRunner.query(`DROP TABLE "report_daily_processing"`);
    await queryRunner.query(`DROP TABLE "report_daily"`);
    await queryRunner.query(`DROP TABLE "working_day_ordinals"`);
    await queryRunner.query(`DROP FUNCTION rebuild_working_day_ordinals()`);
  }
}
