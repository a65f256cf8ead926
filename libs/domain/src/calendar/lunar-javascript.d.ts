/** The small part of lunar-javascript (no bundled types) that the calendar uses. */
declare module 'lunar-javascript' {
  export class Solar {
    static fromYmd(year: number, month: number, day: number): Solar;
    getLunar(): Lunar;
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    /** `YYYY-MM-DD` */
    toYmd(): string;
    next(days: number): Solar;
  }
  export class Lunar {
    /** Throws when the lunar month has no such day (e.g. the 30th of a 29-day month). */
    static fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): Lunar;
    getSolar(): Solar;
    getYear(): number;
    getMonth(): number;
    getDay(): number;
  }
}
