import {
  Channel,
  codeIssuerOf,
  DEFAULT_OFFICE_HOURS,
  DeliveryMethod,
  deskReceipt,
  deskSchedule,
  dossierCodePrefix,
  forwardingNote,
  type Holiday,
  newClaimNonce,
  parseOfficeHours,
  receiptNote,
  Role,
  vietnamDate,
  vietnameseHolidays,
  WorkingCalendar,
} from '@motcua/domain';
import type { EntityManager } from 'typeorm';
import { DeskReceiptRepository } from '../repositories/desk-receipt.repository';
import { DossierRepository } from '../repositories/dossier.repository';
import { HolidayRepository } from '../repositories/holiday.repository';
import { ProcedureRepository } from '../repositories/procedure.repository';
import { UserRepository } from '../repositories/user.repository';
import { DEMO_PROCEDURE_CODES } from './demo-procedures';

/** How the demo's desk receipt is scheduled: the API's OFFICE_HOURS and BOUNDARY_FORWARDING_DAYS. */
export interface DemoReceiptRules {
  officeHours: string;
  forwardingDays: number;
}

export const DEFAULT_DEMO_RECEIPT_RULES: DemoReceiptRules = {
  officeHours: DEFAULT_OFFICE_HOURS,
  forwardingDays: 0,
};

/**
 * The demo's dossier received regardless of boundary: a paper dossier handed in at the ward's
 * Public Administration Service Centre for a procedure of the ward, received by the centre's
 * desk and forwarded to the ward, which handles it. Its applicant's national ID marks it, so
 * it is created once.
 */
export const DEMO_FORWARDED_DOSSIER = {
  procedureCode: DEMO_PROCEDURE_CODES.certifiedCopy,
  channel: Channel.Counter,
  applicant: {
    nationalId: '001190023456',
    fullName: 'Đặng Thị Thu Trang',
    phone: '0912345690',
  },
  formData: {
    documentName: 'Bằng tốt nghiệp trung học phổ thông',
    issuingAuthority: 'Sở Giáo dục và Đào tạo thành phố Hà Nội',
    pageCount: 1,
    copyCount: 3,
    requesterPhone: '0912345690',
  },
} as const;

/**
 * Receives the demo's forwarded dossier at the centre's desk as the API's desk filing does
 * (the same rule, schedule, code, history and outbox events: receive, then forward), when it
 * does not exist yet. Nothing is created when an administrator changed what it needs: the
 * desk's account is gone or moved, or the procedure is no longer another agency's that the
 * centre may receive for. The paper originals stay at the counter: no scans are attached.
 */
export async function ensureForwardedDemoDossier(
  manager: EntityManager,
  centreId: string,
  deskEmail: string,
  rules: DemoReceiptRules,
): Promise<void> {
  const dossiers = new DossierRepository();
  const demo = DEMO_FORWARDED_DOSSIER;
  if (await dossiers.existsReceivedFor(manager, centreId, demo.applicant.nationalId)) return;
  const desk = await new UserRepository().findForLogin(manager, deskEmail);
  const procedure = await new ProcedureRepository().findForFiling(manager, demo.procedureCode);
  if (!desk || desk.agencyId !== centreId || !desk.roles.includes(Role.Reception) || !procedure) {
    return;
  }
  const places = await new DeskReceiptRepository().places(manager, [centreId, procedure.agency_id]);
  const centre = places.get(centreId);
  const competent = places.get(procedure.agency_id);
  if (!centre || !competent) return;
  const receipt = deskReceipt(centre, competent);
  if (receipt.kind !== 'forward') return;

  const now = new Date();
  const day = vietnamDate(now);
  const schedule = deskSchedule(
    now,
    procedure.processing_days,
    receipt,
    rules.forwardingDays,
    parseOfficeHours(rules.officeHours),
    await workingCalendar(manager, Number(day.slice(0, 4))),
  );
  const issuer = codeIssuerOf(competent, centre);
  await dossiers.insertAtDesk(
    manager,
    {
      procedureId: procedure.id,
      agencyId: competent.id,
      formData: { ...demo.formData },
      attachments: [],
      deliveryMethod: DeliveryMethod.Counter,
      deliveryAddress: null,
    },
    { day, prefix: dossierCodePrefix(issuer.code, day), agencyId: issuer.id },
    {
      applicant: { ...demo.applicant },
      channel: demo.channel,
      appointmentDate: schedule.appointmentDate,
      processingDays: schedule.processingDays,
      receptionist: {
        id: desk.id,
        role: Role.Reception,
        name: await dossiers.userName(manager, desk.id),
      },
      claimNonce: newClaimNonce(),
      forwarded: {
        receivedByAgencyId: centre.id,
        receiptNote: receiptNote(centre),
        forwardingNote: forwardingNote(competent),
      },
    },
  );
}

/**
 * The holidays table; at the first start the API has not filled it yet, so a year without
 * rows counts the holidays the API would fill it with.
 */
async function workingCalendar(manager: EntityManager, year: number): Promise<WorkingCalendar> {
  const rows = await new HolidayRepository().all(manager);
  const missing: Holiday[] = [year, year + 1]
    .filter((y) => !rows.some((h) => h.date.startsWith(`${y}-`)))
    .flatMap((y) => vietnameseHolidays(y));
  return WorkingCalendar.of([...rows, ...missing]);
}
