/** The time zone every Vietnamese legal date is read in. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const MINUTE_MS = 60_000;
let memo = { minute: NaN, date: '' };

/** The calendar date (`YYYY-MM-DD`) of an instant in Vietnam. */
export function vietnamDate(instant: Date): string {
  // Intl formatting is slow for a hot path; Vietnam has no DST and whole-hour offsets, so
  // every instant of one UTC minute has the same date there
  const minute = Math.floor(instant.getTime() / MINUTE_MS);
  if (minute !== memo.minute) memo = { minute, date: dateParts.format(instant) };
  return memo.date;
}

/** Agency identifier code per Circular 10/2016/TT-BTTTT, e.g. `000.06.16.G09`. */
export const AGENCY_CODE_PATTERN = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3}$/;

/**
 * Whether `value` is an agency identifier code in the national catalogue's format
 * `V1V2V3.Z1Z2.Y1Y2.MX1X2` (digits and capital letters), the first part of every dossier code
 * the agency gives.
 */
export function isAgencyCode(value: unknown): value is string {
  return typeof value === 'string' && AGENCY_CODE_PATTERN.test(value);
}

export const DOSSIER_CODE_PATTERN =
  /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3}-\d{6}-\d{4,}$/;

/**
 * Dossier code per Circular 01/2018/TT-VPCP: `<agencyCode>-<YYMMDD>-<NNNN>`, the date being
 * the Vietnamese calendar date of receipt and NNNN that agency's sequence for the day.
 */
export function formatDossierCode(
  agencyCode: string,
  receivedOn: string,
  sequence: number,
): string {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`Dossier sequence must be a positive integer, got ${sequence}`);
  }
  return dossierCodePrefix(agencyCode, receivedOn) + String(sequence).padStart(4, '0');
}

/**
 * Everything of the code but the sequence: `<agencyCode>-<YYMMDD>-`. The database appends
 * the sequence it takes from the agency's counter row, padded the same way as
 * `formatDossierCode` (at least four digits, never truncated).
 */
export function dossierCodePrefix(agencyCode: string, receivedOn: string): string {
  const match = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(receivedOn);
  if (!match) throw new RangeError(`Expected a YYYY-MM-DD date, got ${receivedOn}`);
  const [, yy, mm, dd] = match;
  return `${agencyCode}-${yy}${mm}${dd}-`;
}

export function isDossierCode(value: string): boolean {
  return DOSSIER_CODE_PATTERN.test(value);
}
