import type { Holiday } from '@motcua/domain';
import type { Executor } from '../executor';

/** Bounds of a solar year as `YYYY-MM-DD`. */
function yearBounds(year: number): [string, string] {
  const y = String(year).padStart(4, '0');
  return [`${y}-01-01`, `${y}-12-31`];
}

const HOLIDAY_COLUMNS = `to_char(date, 'YYYY-MM-DD') AS date, name`;

/** The `holidays` table: one row per day off, edited a whole year at a time. */
export class HolidayRepository {
  /** Every holiday of every year (a few dozen rows per year). */
  async all(db: Executor): Promise<Holiday[]> {
    return (await db.query(`SELECT ${HOLIDAY_COLUMNS} FROM holidays ORDER BY date`)) as Holiday[];
  }

  async ofYear(db: Executor, year: number): Promise<Holiday[]> {
    const [first, last] = yearBounds(year);
    return (await db.query(
      `SELECT ${HOLIDAY_COLUMNS} FROM holidays WHERE date BETWEEN $1 AND $2 ORDER BY date`,
      [first, last],
    )) as Holiday[];
  }

  /**
   * Makes the year's rows `holidays`, touching only what differs: dates no longer listed are
   * deleted, new dates inserted, renamed ones updated. So saving a year unchanged writes
   * nothing, and the `holidays` triggers (working-day ordinals, the reports' rollup) fire for
   * real changes only. Run it in a transaction: an advisory lock per year, held until commit,
   * serialises two administrators saving the same year, so the second one's rows win whole.
   */
  async replaceYear(tx: Executor, year: number, holidays: Holiday[]): Promise<void> {
    const [first, last] = yearBounds(year);
    const dates = holidays.map((h) => h.date);
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('motcua.holidays'), $1)`, [year]);
    await tx.query(
      `DELETE FROM holidays WHERE date BETWEEN $1 AND $2 AND date <> ALL($3::date[])`,
      [first, last, dates],
    );
    if (holidays.length > 0) {
      await tx.query(
        `INSERT INTO holidays (date, name)
         SELECT * FROM unnest($1::date[], $2::varchar[])
         ON CONFLICT (date) DO UPDATE SET name = EXCLUDED.name
          WHERE holidays.name IS DISTINCT FROM EXCLUDED.name`,
        [dates, holidays.map((h) => h.name)],
      );
    }
  }

  /**
   * Inserts `holidays` for `year` only when the year has no row at all, in one statement, so
   * a year an administrator has edited is never touched and concurrent starts are harmless.
   * Returns whether rows were inserted.
   */
  async fillYearIfEmpty(db: Executor, year: number, holidays: Holiday[]): Promise<boolean> {
    const [first, last] = yearBounds(year);
    const inserted = (await db.query(
      `INSERT INTO holidays (date, name)
       SELECT * FROM unnest($1::date[], $2::varchar[])
       WHERE NOT EXISTS (SELECT 1 FROM holidays WHERE date BETWEEN $3 AND $4)
       ON CONFLICT (date) DO NOTHING
       RETURNING date`,
      [holidays.map((h) => h.date), holidays.map((h) => h.name), first, last],
    )) as unknown[];
    return inserted.length > 0;
  }
}
