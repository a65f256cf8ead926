import type { CalendarDate } from '../calendar/calendar-date';
import { addCalendarDays } from '../calendar/calendar-date';
import { isCalendarDate } from '../procedures/form-data-validator';
import type { OfficeHours } from '../calendar/office-hours';
import { appointmentDate } from '../calendar/office-hours';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { vietnamDate } from './dossier-code';
import { DossierStatus } from './dossier-status';

/** When a dossier was received and when its result is due. */
export interface ReceptionSchedule {
  receivedAt: Date;
  processingDays: number;
  appointmentDate: CalendarDate;
}

/**
 * What receiving a dossier at `now` sets: the reception instant, the procedure's processing
 * time and the appointment date counted from the first working day (see `appointmentDate`).
 * Null for a dossier received before and sent back for a supplement: it keeps its schedule
 * (whose appointment the supplement may already have moved on).
 */
export function receptionSchedule(
  dossier: { receivedAt: Date | null; appointmentDate: CalendarDate | null },
  now: Date,
  processingDays: number,
  hours: OfficeHours,
  calendar: WorkingCalendar,
): ReceptionSchedule | null {
  if (dossier.receivedAt && dossier.appointmentDate) return null;
  return {
    receivedAt: now,
    processingDays,
    appointmentDate: appointmentDate(now, processingDays, hours, calendar),
  };
}

/**
 * The supplement clock: a supplement asked for during processing stops the clock, so when the
 * citizen answers, the appointment moves on by the working days waited (those after the day
 * of the request, up to and including the day of the answer). Returns the new appointment
 * date, or null when it stays: the request came before processing (at reception, where the
 * dossier had no appointment yet or keeps the one it had), or no working day went by.
 */
export function appointmentAfterSupplement(
  dossier: { appointmentDate: CalendarDate | null },
  request: { fromStatus: DossierStatus; requestedAt: Date },
  answeredAt: Date,
  calendar: WorkingCalendar,
): CalendarDate | null {
  if (request.fromStatus !== DossierStatus.Processing || !dossier.appointmentDate) return null;
  const waited = calendar.workingDaysBetween(
    vietnamDate(request.requestedAt),
    vietnamDate(answeredAt),
  );
  if (waited <= 0) return null;
  return calendar.addWorkingDays(dossier.appointmentDate, waited).result;
}

/**
 * Why `date` cannot be a dossier's new appointment date (the one extension allowed), in
 * Vietnamese, or null when it can: it must be a real date after both the current appointment
 * and today, at most `maxDays` calendar days after the later of the two, and a working day.
 */
export function extensionDateProblem(
  date: string,
  {
    current,
    today,
    maxDays,
  }: { current: CalendarDate | null; today: CalendarDate; maxDays: number },
  calendar: Pick<WorkingCalendar, 'isWorkingDay'>,
): string | null {
  if (!isCalendarDate(date)) return 'Ngày hẹn mới không hợp lệ.';
  if ((current && date <= current) || date <= today)
    return 'Ngày hẹn mới phải sau ngày hẹn hiện tại.';
  if (date > addCalendarDays(current && current > today ? current : today, maxDays))
    return `Ngày hẹn mới phải trong vòng ${maxDays} ngày kể từ ngày hẹn hiện tại.`;
  if (!calendar.isWorkingDay(date)) return 'Ngày hẹn mới phải là ngày làm việc.';
  return null;
}
