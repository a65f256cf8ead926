import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import {
  appointmentDate,
  OfficeHours,
  parseOfficeHours,
  vietnamDate,
  vietnameseHolidays,
  WorkingCalendar,
  WorkingDaysResult,
} from '@motcua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { HolidayRepository } from '@motcua/database';

/** How long another process's holiday edits may take to be seen here. */
export const CALENDAR_CACHE_TTL_MS = 60_000;

/** Years pre-filled at start-up: the current one (Vietnam date) and the next two. */
const PREFILLED_YEARS = 3;

/**
 * Working days and appointment dates, from the `holidays` table (cached in memory: reloaded
 * at once after an edit in this process, within `CALENDAR_CACHE_TTL_MS` otherwise) and the
 * configured `OFFICE_HOURS`. Dates are `YYYY-MM-DD`; see `@motcua/domain` for the rules.
 */
@Injectable()
export class CalendarService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CalendarService.name);
  /** `OFFICE_HOURS`, parsed. */
  readonly officeHours: OfficeHours;
  private cached?: { calendar: WorkingCalendar; expiresAt: number };
  private loading?: Promise<WorkingCalendar>;
  /** Bumped by `invalidate()`, so a load begun before an edit is not cached after it. */
  private generation = 0;

  constructor(
    private readonly holidays: HolidayRepository,
    config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.officeHours = parseOfficeHours(config.get('OFFICE_HOURS'));
  }

  /**
   * Pre-fills the current and next two years with the computed default holidays, for each
   * year that has no row yet, so an administrator's edits are never overwritten.
   */
  async onApplicationBootstrap(): Promise<void> {
    const thisYear = Number(vietnamDate(new Date()).slice(0, 4));
    for (let year = thisYear; year < thisYear + PREFILLED_YEARS; year++) {
      const defaults = vietnameseHolidays(year);
      if (await this.holidays.fillYearIfEmpty(this.dataSource.manager, year, defaults)) {
        this.logger.log(`Pre-filled the default public holidays of ${year}`);
      }
    }
    this.invalidate();
  }

  /**
   * Appointment date for a dossier received at `receivedAt` (see the domain's
   * `appointmentDate`: the counting start day is day 0). A cold cache is filled on `manager`.
   */
  async appointmentDate(
    manager: EntityManager,
    receivedAt: Date,
    processingDays: number,
  ): Promise<string> {
    return appointmentDate(
      receivedAt,
      processingDays,
      this.officeHours,
      await this.workingCalendar(manager),
    );
  }

  /** For a question asked outside any transaction (the public calendar route). */
  async addWorkingDays(from: string, days: number): Promise<WorkingDaysResult> {
    return (await this.workingCalendar(this.dataSource.manager)).addWorkingDays(from, days);
  }

  /**
   * The working calendar; when the cache is cold the holidays are read on `manager` (inside
   * a transaction, its own connection), and callers arriving meanwhile share that read.
   */
  workingCalendar(manager: EntityManager): Promise<WorkingCalendar> {
    if (this.cached && this.cached.expiresAt > Date.now()) {
      return Promise.resolve(this.cached.calendar);
    }
    if (!this.loading) {
      const loading = this.load(manager).finally(() => {
        if (this.loading === loading) this.loading = undefined;
      });
      this.loading = loading;
    }
    return this.loading;
  }

  /** Forget the cached table: the next question reads the holidays again. */
  invalidate(): void {
    this.generation++;
    this.cached = undefined;
    this.loading = undefined;
  }

  private async load(manager: EntityManager): Promise<WorkingCalendar> {
    const generation = this.generation;
    const calendar = WorkingCalendar.of(await this.holidays.all(manager));
    if (generation === this.generation) {
      this.cached = { calendar, expiresAt: Date.now() + CALENDAR_CACHE_TTL_MS };
    }
    return calendar;
  }
}
