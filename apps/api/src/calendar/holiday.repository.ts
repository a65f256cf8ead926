import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HolidayEntity } from '@motcua/database';
import { Holiday } from '@motcua/domain';
import { DataSource, EntityManager } from 'typeorm';

/** Bounds of a solar year as `YYYY-MM-DD`. */
function yearBounds(year: number): [string, string] {
  const y = String(year).padStart(4, '0');
  return [`${y}-01-01`, `${y}-12-31`];
}

/** The `holidays` table: one row per day off, edited a whole year at a time. */
@Injectable()
export class HolidayRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every holiday of every year (a few dozen rows per year). */
  async all(manager: EntityManager): Promise<Holiday[]> {
    const rows = await manager.getRepository(HolidayEntity).find({ order: { date: 'ASC' } });
    return rows.map(({ date, name }) => ({ date, name }));
  }

  async ofYear(year: number): Promise<Holiday[]> {
    const [first, last] = yearBounds(year);
    const rows = await this.dataSource
      .getRepository(HolidayEntity)
      .createQueryBuilder('h')
      .where('h.date BETWEEN :first AND :last', { first, last })
      .orderBy('h.date', 'ASC')
      .getMany();
    return rows.map(({ date, name }) => ({ date, name }));
  }

  /**
   * Makes the year's rows `holidays`, in one transaction, touching only what differs: dates
   * no longer listed are deleted, new dates inserted, renamed ones updated. So saving a year
   * unchanged writes nothing, and the `holidays` triggers (working-day ordinals, the reports'
   * rollup) fire for real changes only. An advisory lock per year serialises two
   * administrators saving the same year, so the second one's rows win whole.
   */
  async replaceYear(year: number, holidays: Holiday[]): Promise<void> {
    const [first, last] = yearBounds(year);
    const dates = holidays.map((h) => h.date);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('motcua.holidays'), $1)`, [year]);
      await manager.query(
        `DELETE FROM holidays WHERE date BETWEEN $1 AND $2 AND date <> ALL($3::date[])`,
        [first, last, dates],
      );
      if (holidays.length > 0) {
        await manager.query(
          `INSERT INTO holidays (date, name)
           SELECT * FROM unnest($1::date[], $2::varchar[])
           ON CONFLICT (date) DO UPDATE SET name = EXCLUDED.name
            WHERE holidays.name IS DISTINCT FROM EXCLUDED.name`,
          [dates, holidays.map((h) => h.name)],
        );
      }
    });
  }

  /**
   * Inserts `holidays` for `year` only when the year has no row at all, in one statement, so
   * a year an administrator has edited is never touched and concurrent starts are harmless.
   * Returns whether rows were inserted.
   */
  async fillYearIfEmpty(
    manager: EntityManager,
    year: number,
    holidays: Holiday[],
  ): Promise<boolean> {
    const [first, last] = yearBounds(year);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO holidays (date, name)
       SELECT * FROM unnest($1::date[], $2::varchar[])
       WHERE NOT EXISTS (SELECT 1 FROM holidays WHERE date BETWEEN $3 AND $4)
       ON CONFLICT (date) DO NOTHING
       RETURNING date`,
      [holidays.map((h) => h.date), holidays.map((h) => h.name), first, last],
    );
    return inserted.length > 0;
  }
}
