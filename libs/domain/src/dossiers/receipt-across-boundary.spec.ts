import { AgencyKind } from '../agencies/agency-kind';
import { parseOfficeHours } from '../calendar/office-hours';
import { WorkingCalendar } from '../calendar/working-calendar';
import { DossierAction } from './dossier-state-machine';
import type { AgencyInTree } from './receipt-across-boundary';
import {
  agencyRelation,
  receivingDeskMay,
  codeIssuerOf,
  deskReceipt,
  deskSchedule,
  forwardingNote,
  receiptNote,
} from './receipt-across-boundary';

const centre: AgencyInTree = { id: 'centre', kind: AgencyKind.ServiceCentre, provinceId: 'p1' };
const ward: AgencyInTree = { id: 'ward', kind: AgencyKind.Commune, provinceId: 'p1' };
const department: AgencyInTree = { id: 'dept', kind: AgencyKind.Department, provinceId: 'p1' };
const elsewhere: AgencyInTree = { id: 'far', kind: AgencyKind.Commune, provinceId: 'p2' };

describe('deskReceipt', () => {
  it("receives its own agency's procedures as always, whatever the kind", () => {
    expect(deskReceipt(ward, ward)).toEqual({ kind: 'own' });
    expect(deskReceipt(centre, centre)).toEqual({ kind: 'own' });
  });

  it('lets a service centre receive for another agency of its province, to forward', () => {
    expect(deskReceipt(centre, ward)).toEqual({ kind: 'forward' });
    expect(deskReceipt(centre, department)).toEqual({ kind: 'forward' });
  });

  it('refuses a centre a procedure of another province', () => {
    expect(deskReceipt(centre, elsewhere)).toEqual({ kind: 'refused', reason: 'other-province' });
  });

  it("refuses any other desk another agency's procedure, even in its province", () => {
    expect(deskReceipt(ward, department)).toEqual({ kind: 'refused', reason: 'not-a-centre' });
    expect(deskReceipt(department, ward)).toEqual({ kind: 'refused', reason: 'not-a-centre' });
    expect(deskReceipt(ward, elsewhere)).toEqual({ kind: 'refused', reason: 'not-a-centre' });
  });

  it('refuses an unplaced centre (its own root) every other agency', () => {
    const loose: AgencyInTree = {
      id: 'loose',
      kind: AgencyKind.ServiceCentre,
      provinceId: 'loose',
    };
    expect(deskReceipt(loose, ward)).toEqual({ kind: 'refused', reason: 'other-province' });
  });
});

describe('codeIssuerOf', () => {
  const competent = { id: 'ward', code: '000.00.00.H00' };
  const receiving = { id: 'centre', code: '000.00.01.H00' };

  it("takes the receiving centre's identifier for a forwarded dossier", () => {
    expect(codeIssuerOf(competent, receiving)).toBe(receiving);
  });

  it("takes the competent agency's otherwise", () => {
    expect(codeIssuerOf(competent, null)).toBe(competent);
    expect(codeIssuerOf(competent, undefined)).toBe(competent);
  });
});

describe('deskSchedule', () => {
  const HOURS = parseOfficeHours('07:00-11:30,13:30-17:00');
  /** 2091-03-09 is a Friday; Tuesday 13 is a day off. */
  const calendar = WorkingCalendar.of([{ date: '2091-03-13', name: 'Ngày nghỉ' }]);
  const vn = (local: string) => new Date(`${local}+07:00`);

  it('counts a forwarded dossier from the receipt at the centre, like any receipt', () => {
    const own = deskSchedule(vn('2091-03-09T10:00:00'), 3, { kind: 'own' }, 0, HOURS, calendar);
    const forwarded = deskSchedule(
      vn('2091-03-09T10:00:00'),
      3,
      { kind: 'forward' },
      0,
      HOURS,
      calendar,
    );
    expect(own).toEqual({ processingDays: 3, appointmentDate: '2091-03-15' });
    expect(forwarded).toEqual(own);
  });

  it('adds the forwarding allowance in working days to a forwarded dossier only', () => {
    // Friday 10:00 + 3 + 1 working days, Tuesday the 13th off: Thursday the 16th
    expect(
      deskSchedule(vn('2091-03-09T10:00:00'), 3, { kind: 'forward' }, 1, HOURS, calendar),
    ).toEqual({ processingDays: 4, appointmentDate: '2091-03-16' });
    expect(deskSchedule(vn('2091-03-09T10:00:00'), 3, { kind: 'own' }, 1, HOURS, calendar)).toEqual(
      { processingDays: 3, appointmentDate: '2091-03-15' },
    );
  });

  it('counts a receipt after hours at the centre from the next working day', () => {
    expect(
      deskSchedule(vn('2091-03-09T17:30:00'), 1, { kind: 'forward' }, 0, HOURS, calendar),
    ).toEqual({ processingDays: 1, appointmentDate: '2091-03-14' });
  });

  it('refuses a negative or fractional allowance', () => {
    const at = vn('2091-03-09T10:00:00');
    expect(() => deskSchedule(at, 3, { kind: 'forward' }, -1, HOURS, calendar)).toThrow(RangeError);
    expect(() => deskSchedule(at, 3, { kind: 'forward' }, 0.5, HOURS, calendar)).toThrow(
      RangeError,
    );
  });
});

describe('history notes', () => {
  it('name the receiving place and the competent agency', () => {
    const centreRef = { code: '000.00.01.H00', name: 'Trung tâm Phục vụ hành chính công' };
    const wardRef = { code: '000.00.00.H00', name: 'UBND phường' };
    expect(receiptNote(centreRef)).toContain('Trung tâm Phục vụ hành chính công (000.00.01.H00)');
    expect(forwardingNote(wardRef)).toContain('UBND phường (000.00.00.H00)');
  });
});

describe('agencyRelation', () => {
  const forwarded = { agencyId: 'ward', receivedByAgencyId: 'centre' };
  const own = { agencyId: 'ward', receivedByAgencyId: null };

  it('tells the competent agency, the receiving centre and everyone else apart', () => {
    expect(agencyRelation('ward', forwarded)).toBe('competent');
    expect(agencyRelation('centre', forwarded)).toBe('receiving');
    expect(agencyRelation('dept', forwarded)).toBe('none');
    expect(agencyRelation('ward', own)).toBe('competent');
    expect(agencyRelation('centre', own)).toBe('none');
  });

  it('gives a user without an agency nothing', () => {
    expect(agencyRelation(null, forwarded)).toBe('none');
    expect(agencyRelation(null, { agencyId: 'ward', receivedByAgencyId: null })).toBe('none');
  });
});

describe('receivingDeskMay', () => {
  it('lets the receiving centre hand the result over and nothing else', () => {
    expect(receivingDeskMay(DossierAction.Return)).toBe(true);
    for (const action of Object.values(DossierAction).filter((a) => a !== DossierAction.Return)) {
      expect(receivingDeskMay(action)).toBe(false);
    }
  });
});
