import { AgencyKind } from '../agencies/agency-kind';
import type { CalendarDate } from '../calendar/calendar-date';
import type { OfficeHours } from '../calendar/office-hours';
import { appointmentDate } from '../calendar/office-hours';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { DossierAction } from './dossier-state-machine';

/**
 * Receipt regardless of administrative boundary (Decree 118/2025/NĐ-CP, see
 * docs/legal-basis.md): a Public Administration Service Centre's desk receives a dossier for a
 * procedure of another agency of its province and forwards it to that (competent) agency.
 */

/** An agency as these rules see it: its kind and the province (root of its tree) it is in. */
export interface AgencyInTree {
  id: string;
  kind: AgencyKind;
  /** The root of the agency's tree: its province (itself for a province or an unplaced agency). */
  provinceId: string;
}

export type DeskReceipt =
  /** The procedure is the desk's own agency's: received as always. */
  | { kind: 'own' }
  /** Received by a service centre for another agency of its province, and forwarded to it. */
  | { kind: 'forward' }
  /**
   * Not receivable here: `not-a-centre`, the desk's agency is not a service centre (only
   * centres receive for other agencies); `other-province`, the competent agency is in another
   * province than the centre.
   */
  | { kind: 'refused'; reason: 'not-a-centre' | 'other-province' };

/** Whether the desk of agency `desk` may receive a dossier whose competent agency is `competent`. */
export function deskReceipt(desk: AgencyInTree, competent: AgencyInTree): DeskReceipt {
  if (desk.id === competent.id) return { kind: 'own' };
  if (desk.kind !== AgencyKind.ServiceCentre) return { kind: 'refused', reason: 'not-a-centre' };
  if (desk.provinceId !== competent.provinceId) {
    return { kind: 'refused', reason: 'other-province' };
  }
  return { kind: 'forward' };
}

/** Why a desk may not receive a dossier, in Vietnamese, for the problem's `detail`. */
export const DESK_RECEIPT_REFUSALS: Readonly<
  Record<Extract<DeskReceipt, { kind: 'refused' }>['reason'], string>
> = {
  'not-a-centre':
    'Thủ tục này không thuộc cơ quan của bạn. Chỉ Trung tâm Phục vụ hành chính công mới tiếp nhận hồ sơ của cơ quan khác.',
  'other-province':
    'Thủ tục này thuộc cơ quan ngoài tỉnh, thành phố của trung tâm. Trung tâm chỉ tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trong phạm vi tỉnh, thành phố của mình.',
};

/**
 * The agency whose identifier and daily sequence the dossier code takes (Circular
 * 01/2018/TT-VPCP: the code carries the identifier of the agency that receives the dossier):
 * the receiving centre when the dossier was received for another agency, else the competent
 * agency itself.
 */
export function codeIssuerOf<C extends { id: string }, R extends { id: string }>(
  competent: C,
  receivedBy: R | null | undefined,
): C | R {
  return receivedBy ?? competent;
}

/** When a dossier received at a desk is due. */
export interface DeskSchedule {
  /** Working days counted from the receipt: the procedure's, plus the forwarding allowance. */
  processingDays: number;
  appointmentDate: CalendarDate;
}

/**
 * The schedule of a dossier received at a desk at `receivedAt`. The time is counted from the
 * receipt at the desk that received it (the centre, for a forwarded dossier), as for any
 * receipt (`appointmentDate`: outside office hours, from the next working day); a forwarded
 * dossier gets `forwardingDays` more working days for the hand-over to the competent agency
 * (configurable, `BOUNDARY_FORWARDING_DAYS`, 0 by default: no text read so far grants any).
 */
export function deskSchedule(
  receivedAt: Date,
  procedureDays: number,
  receipt: Exclude<DeskReceipt, { kind: 'refused' }>,
  forwardingDays: number,
  hours: OfficeHours,
  calendar: WorkingCalendar,
): DeskSchedule {
  if (!Number.isInteger(forwardingDays) || forwardingDays < 0) {
    throw new RangeError(`Forwarding days must be a whole number ≥ 0, got ${forwardingDays}`);
  }
  const processingDays = procedureDays + (receipt.kind === 'forward' ? forwardingDays : 0);
  return {
    processingDays,
    appointmentDate: appointmentDate(receivedAt, processingDays, hours, calendar),
  };
}

/** The note of the forwarding history entry: names the competent agency. */
export function forwardingNote(competent: { code: string; name: string }): string {
  return `Chuyển hồ sơ đến ${competent.name} (${competent.code}), cơ quan có thẩm quyền giải quyết.`;
}

/** The note of the receipt history entry of a forwarded dossier: names the receiving place. */
export function receiptNote(receivedBy: { code: string; name: string }): string {
  return `Tiếp nhận tại ${receivedBy.name} (${receivedBy.code}), không phụ thuộc địa giới hành chính.`;
}

/**
 * How an official's agency stands to a dossier: `competent`, the agency that decides it (all
 * of its officials' actions); `receiving`, the centre whose desk received it for that agency
 * (sees it, and may only do `RECEIVING_DESK_ACTIONS`); `none` (a 404, as for anyone else).
 */
export type AgencyRelation = 'competent' | 'receiving' | 'none';

export function agencyRelation(
  agencyId: string | null,
  dossier: { agencyId: string; receivedByAgencyId: string | null },
): AgencyRelation {
  if (agencyId === null) return 'none';
  if (dossier.agencyId === agencyId) return 'competent';
  return dossier.receivedByAgencyId === agencyId ? 'receiving' : 'none';
}

/**
 * What the receiving centre may do to a dossier it forwarded: hand the result over at its own
 * counter, where the applicant handed the dossier in and holds the receipt (the `return` rules
 * of the action table still apply: its RECEPTION role, from RESULT_READY). Everything else,
 * from assignment to the result, is the competent agency's.
 */
export const RECEIVING_DESK_ACTIONS: readonly DossierAction[] = [DossierAction.Return];

export function receivingDeskMay(action: DossierAction): boolean {
  return RECEIVING_DESK_ACTIONS.includes(action);
}
