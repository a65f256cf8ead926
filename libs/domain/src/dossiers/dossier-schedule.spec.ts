import { parseOfficeHours } from '../calendar/office-hours';
import { WorkingCalendar } from '../calendar/working-calendar';
import {
  appointmentAfterSupplement,
  extensionDateProblem,
  receptionSchedule,
} from './dossier-schedule';
import { DossierStatus } from './dossier-status';

const HOURS = parseOfficeHours('07:00-11:30,13:30-17:00');
/** 2091-03-09 is a Friday; Tuesday 13 is a day off. */
const calendar = WorkingCalendar.of([{ date: '2091-03-13', name: 'Ngày nghỉ' }]);
/** An instant given as Vietnamese local time (UTC+7). */
const vn = (local: string) => new Date(`${local}+07:00`);

describe('receptionSchedule', () => {
  it.each([
    {
      why: 'received in office hours: that day is day 0, the holiday is passed over',
      at: '2091-03-09T10:00:00',
      days: 3,
      expected: '2091-03-15',
    },
    {
      why: 'received after hours on a Friday: counting starts on Monday',
      at: '2091-03-09T17:30:00',
      days: 1,
      expected: '2091-03-14',
    },
    {
      why: 'received on a Sunday',
      at: '2091-03-11T09:00:00',
      days: 0,
      expected: '2091-03-12',
    },
  ])('$why', ({ at, days, expected }) => {
    const now = vn(at);
    expect(
      receptionSchedule({ receivedAt: null, appointmentDate: null }, now, days, HOURS, calendar),
    ).toEqual({ receivedAt: now, processingDays: days, appointmentDate: expected });
  });

  it('leaves a dossier received before with its (possibly moved) appointment', () => {
    expect(
      receptionSchedule(
        { receivedAt: vn('2091-03-01T09:00:00'), appointmentDate: '2091-03-21' },
        vn('2091-03-12T09:00:00'),
        3,
        HOURS,
        calendar,
      ),
    ).toBeNull();
  });

  it('schedules a dossier that has a reception instant but no appointment yet', () => {
    const now = vn('2091-03-12T09:00:00');
    expect(
      receptionSchedule(
        { receivedAt: vn('2091-03-01T09:00:00'), appointmentDate: null },
        now,
        1,
        HOURS,
        calendar,
      ),
    ).toEqual({ receivedAt: now, processingDays: 1, appointmentDate: '2091-03-14' });
  });
});

describe('appointmentAfterSupplement', () => {
  it.each([
    {
      why: 'asked on Friday, answered on Monday: one working day waited',
      from: DossierStatus.Processing,
      asked: '2091-03-09T10:00:00',
      answered: '2091-03-12T09:00:00',
      appointment: '2091-03-20',
      expected: '2091-03-21',
    },
    {
      why: 'the day off between is not counted',
      from: DossierStatus.Processing,
      asked: '2091-03-12T10:00:00',
      answered: '2091-03-14T16:00:00',
      appointment: '2091-03-20',
      expected: '2091-03-21',
    },
    {
      // still Thursday in UTC: counted from there, Friday would be a day waited too
      why: 'the days are Vietnamese days (asked at 03:00 on Friday in Vietnam)',
      from: DossierStatus.Processing,
      asked: '2091-03-09T03:00:00',
      answered: '2091-03-12T09:00:00',
      appointment: '2091-03-20',
      expected: '2091-03-21',
    },
    {
      why: 'the moved date passes over weekends and days off too',
      from: DossierStatus.Processing,
      asked: '2091-03-08T10:00:00',
      answered: '2091-03-09T10:00:00',
      appointment: '2091-03-12',
      expected: '2091-03-14',
    },
    {
      why: 'answered the same day: nothing waited',
      from: DossierStatus.Processing,
      asked: '2091-03-12T08:00:00',
      answered: '2091-03-12T16:00:00',
      appointment: '2091-03-20',
      expected: null,
    },
    {
      why: 'answered over a weekend only: no working day waited',
      from: DossierStatus.Processing,
      asked: '2091-03-09T16:00:00',
      answered: '2091-03-11T09:00:00',
      appointment: '2091-03-20',
      expected: null,
    },
    {
      why: 'asked at reception: the clock had not started',
      from: DossierStatus.Submitted,
      asked: '2091-03-09T10:00:00',
      answered: '2091-03-16T09:00:00',
      appointment: '2091-03-20',
      expected: null,
    },
    {
      why: 'no appointment to move',
      from: DossierStatus.Processing,
      asked: '2091-03-09T10:00:00',
      answered: '2091-03-16T09:00:00',
      appointment: null,
      expected: null,
    },
  ])('$why', ({ from, asked, answered, appointment, expected }) => {
    expect(
      appointmentAfterSupplement(
        { appointmentDate: appointment },
        { fromStatus: from, requestedAt: vn(asked) },
        vn(answered),
        calendar,
      ),
    ).toBe(expected);
  });
});

describe('extensionDateProblem', () => {
  // today Friday 2091-03-09, Tuesday 13 off, 10 days allowed
  const rules = (current: string | null) => ({ current, today: '2091-03-09', maxDays: 10 });

  it.each([
    {
      why: 'a working day after the appointment, within the limit',
      date: '2091-03-21',
      current: '2091-03-16',
      problem: null,
    },
    {
      why: 'the last day allowed, counted from the appointment',
      date: '2091-03-26',
      current: '2091-03-16',
      problem: null,
    },
    {
      why: 'no appointment yet: counted from today',
      date: '2091-03-19',
      current: null,
      problem: null,
    },
    {
      why: 'an overdue appointment: counted from today',
      date: '2091-03-19',
      current: '2091-03-02',
      problem: null,
    },
    {
      why: 'not a date',
      date: '2091-02-30',
      current: '2091-03-16',
      problem: 'Ngày hẹn mới không hợp lệ.',
    },
    {
      why: 'the appointment itself',
      date: '2091-03-16',
      current: '2091-03-16',
      problem: 'Ngày hẹn mới phải sau ngày hẹn hiện tại.',
    },
    {
      why: 'before the appointment',
      date: '2091-03-15',
      current: '2091-03-16',
      problem: 'Ngày hẹn mới phải sau ngày hẹn hiện tại.',
    },
    {
      why: 'today, the appointment being overdue',
      date: '2091-03-09',
      current: '2091-03-02',
      problem: 'Ngày hẹn mới phải sau ngày hẹn hiện tại.',
    },
    {
      why: 'one day past the limit',
      date: '2091-03-27',
      current: '2091-03-16',
      problem: 'Ngày hẹn mới phải trong vòng 10 ngày kể từ ngày hẹn hiện tại.',
    },
    {
      why: 'past the limit counted from today',
      date: '2091-03-20',
      current: null,
      problem: 'Ngày hẹn mới phải trong vòng 10 ngày kể từ ngày hẹn hiện tại.',
    },
    {
      why: 'a day off',
      date: '2091-03-13',
      current: '2091-03-12',
      problem: 'Ngày hẹn mới phải là ngày làm việc.',
    },
    {
      why: 'a Sunday',
      date: '2091-03-18',
      current: '2091-03-12',
      problem: 'Ngày hẹn mới phải là ngày làm việc.',
    },
  ])('$why', ({ date, current, problem }) => {
    expect(extensionDateProblem(date, rules(current), calendar)).toBe(problem);
  });
});
