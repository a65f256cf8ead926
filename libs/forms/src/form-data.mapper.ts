import {
  ConflictError,
  DeliveryMethod,
  DossierStatus,
  ErrorCode,
  isOfficialsOnlyHistoryAction,
  Role,
  trackingPageUrl,
  claimPageUrl,
} from '@motcua/domain';
import type { DeliveryAddress } from '@motcua/database';
import type {
  ApologyData,
  ControlSheetData,
  FormHeader,
  ReceiptDocument,
  ReceiptSlipData,
  RefusalData,
  SupplementRequestData,
} from './form-data';
import { FormName, ONE_STOP_DESK } from './form-name';

/** Who did a step, as stored in the dossier's JSON columns. */
interface StoredActor {
  name: string;
  role: string;
}

/**
 * The columns of a dossier the forms read (snake_case, as SQL returns them): the API's
 * detailed dossier row and the worker's receipt query both have this shape.
 */
export interface FormDossier {
  id: string;
  code: string | null;
  agency_code: string;
  applicant_full_name: string;
  applicant_phone: string | null;
  applicant_email: string | null;
  procedure_name: string;
  form_data: Record<string, unknown>;
  attachments: { documentCode: string; fileName: string }[];
  delivery_method: string;
  delivery_address: DeliveryAddress | null;
  received_at: Date | string | null;
  appointment_date: string | null;
  processing_days: number | null;
  /** The service centre that received it for the competent agency; null or absent otherwise. */
  received_by_name?: string | null;
  supplement_request: {
    reason: string;
    documents: string[];
    requestedAt: string;
    requestedBy: StoredActor;
  } | null;
  rejection: { reason: string; rejectedAt: string; rejectedBy: StoredActor } | null;
  extension: {
    previousAppointmentDate: string | null;
    newAppointmentDate: string;
    reason: string;
    extendedAt: string;
    extendedBy: StoredActor;
  } | null;
}

/** One history entry of the dossier (as `GET /dossiers/:ref/history` shows it). */
export interface FormHistoryEntry {
  at: string | Date;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actor: StoredActor;
  note: string | null;
}

/** Everything a form is built from. */
export interface FormSources {
  dossier: FormDossier;
  /** The dossier's procedure (document names, agency name); null if it cannot be found. */
  procedure: {
    agencyName: string;
    requiredDocuments: readonly { code: string; name: string; required?: boolean }[];
  } | null;
  /** The dossier's history, oldest first (only the receipt and the control sheet use it). */
  history: FormHistoryEntry[];
  /** `PUBLIC_BASE_URL`. */
  publicBaseUrl: string;
  now: Date;
  /** A desk dossier's claim code while nobody has claimed it (printed on the receipt only). */
  claimCode?: string | null;
}

interface Availability {
  reached: (dossier: FormDossier) => boolean;
  notYet: string;
}

/** A form exists once the dossier has reached the step it records (409 before that). */
const AVAILABILITY: Record<FormName, Availability> = {
  [FormName.Receipt]: {
    reached: (d) => d.received_at !== null,
    notYet: 'Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
  },
  [FormName.SupplementRequest]: {
    reached: (d) => d.supplement_request !== null,
    notYet: 'Hồ sơ không có yêu cầu bổ sung, hoàn thiện nào.',
  },
  [FormName.Refusal]: {
    reached: (d) => d.rejection !== null,
    notYet: 'Hồ sơ không bị từ chối tiếp nhận, giải quyết.',
  },
  [FormName.Apology]: {
    reached: (d) => d.extension !== null,
    notYet: 'Hồ sơ chưa được hẹn lại ngày trả kết quả nên không có phiếu xin lỗi.',
  },
  [FormName.ControlSheet]: {
    reached: (d) => d.received_at !== null,
    notYet: 'Hồ sơ chưa được tiếp nhận nên chưa có phiếu kiểm soát quá trình giải quyết.',
  },
};

/** Throws 409 `FORM_NOT_AVAILABLE` unless the dossier has reached the form's step. */
export function assertFormAvailable(form: FormName, dossier: FormDossier): void {
  const availability = AVAILABILITY[form];
  if (!availability.reached(dossier)) {
    throw new ConflictError(availability.notYet, ErrorCode.FormNotAvailable);
  }
}

export function formFileName(form: FormName, dossier: FormDossier): string {
  return `${dossier.code ?? dossier.id}-${form}.pdf`;
}

function headerOf({ dossier, procedure }: FormSources): FormHeader {
  return {
    agencyName: procedure?.agencyName ?? dossier.agency_code,
    dossierCode: dossier.code ?? dossier.id,
    applicantName: dossier.applicant_full_name,
    procedureName: dossier.procedure_name,
  };
}

function documentName(sources: FormSources, code: string): string {
  return sources.procedure?.requiredDocuments.find((d) => d.code === code)?.name ?? code;
}

function instant(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function required<T>(value: T | null, form: FormName, dossier: FormDossier): T {
  if (value === null) assertFormAvailable(form, dossier);
  return value as T;
}

export function addressLine(address: DeliveryAddress): string {
  return [address.street, address.ward, address.district, address.province]
    .filter(Boolean)
    .join(', ');
}

/** An address the applicant wrote in the form, under one of the usual keys. */
function applicantAddress(formData: Record<string, unknown>): string | null {
  for (const key of ['applicantAddress', 'address', 'residenceAddress']) {
    const value = formData[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

/** Attachments grouped by document, in the procedure's order, then any unknown code. */
function receiptDocuments(sources: FormSources): ReceiptDocument[] {
  const byCode = new Map<string, string[]>();
  for (const attachment of sources.dossier.attachments) {
    const files = byCode.get(attachment.documentCode) ?? [];
    files.push(attachment.fileName);
    byCode.set(attachment.documentCode, files);
  }
  const known = (sources.procedure?.requiredDocuments ?? []).map((d) => d.code);
  const codes = [
    ...known.filter((c) => byCode.has(c)),
    ...[...byCode.keys()].filter((c) => !known.includes(c)),
  ];
  return codes.map((code) => ({
    name: documentName(sources, code),
    fileNames: byCode.get(code) ?? [],
  }));
}

/**
 * Who received the dossier: the actor of its `receive` step; for a dossier entered at the
 * desk (received at once), the official who moved it to RECEIVED; else the desk itself.
 */
export function receivingOfficial(history: FormHistoryEntry[]): string {
  const received = [...history].reverse();
  const entry =
    received.find((h) => h.action === 'receive') ??
    received.find((h) => h.toStatus === DossierStatus.Received && h.actor.role !== Role.Citizen);
  return entry?.actor.name || ONE_STOP_DESK;
}

/** The portal's tracking page, printed as a QR code on the forms. */
export function trackingUrl(publicBaseUrl: string, code: string): string {
  return trackingPageUrl(publicBaseUrl, code);
}

export function toReceiptSlipData(sources: FormSources): ReceiptSlipData {
  const { dossier } = sources;
  const postal = dossier.delivery_method === DeliveryMethod.Postal;
  const address = dossier.delivery_address;
  const header = headerOf(sources);
  const place = dossier.received_by_name ?? null;
  return {
    ...header,
    // the centre that received the dossier issues its receipt
    agencyName: place ?? header.agencyName,
    receivedElsewhere: place ? { place, competentAgencyName: header.agencyName } : null,
    applicantPhone: dossier.applicant_phone,
    applicantEmail: dossier.applicant_email,
    applicantAddress: applicantAddress(dossier.form_data),
    documents: receiptDocuments(sources),
    receivedAt: instant(required(dossier.received_at, FormName.Receipt, dossier)),
    appointmentDate: dossier.appointment_date,
    processingDays: dossier.processing_days,
    deliveryMethod: postal ? 'POSTAL' : 'COUNTER',
    deliveryAddress:
      postal && address
        ? `${address.recipientName}, ${address.phone}, ${addressLine(address)}`
        : null,
    receivedBy: receivingOfficial(sources.history),
    trackingUrl: trackingUrl(sources.publicBaseUrl, dossier.code ?? dossier.id),
    claim:
      sources.claimCode && dossier.code
        ? { code: sources.claimCode, url: claimPageUrl(sources.publicBaseUrl, dossier.code) }
        : null,
  };
}

export function toSupplementRequestData(sources: FormSources): SupplementRequestData {
  const { dossier } = sources;
  const request = required(dossier.supplement_request, FormName.SupplementRequest, dossier);
  return {
    ...headerOf(sources),
    applicantPhone: dossier.applicant_phone,
    applicantEmail: dossier.applicant_email,
    reason: request.reason,
    documents: (request.documents ?? []).map((code) => documentName(sources, code)),
    requestedAt: instant(request.requestedAt),
    requestedBy: { name: request.requestedBy.name, role: request.requestedBy.role },
  };
}

export function toRefusalData(sources: FormSources): RefusalData {
  const { dossier } = sources;
  const rejection = required(dossier.rejection, FormName.Refusal, dossier);
  return {
    ...headerOf(sources),
    reason: rejection.reason,
    rejectedAt: instant(rejection.rejectedAt),
    rejectedBy: { name: rejection.rejectedBy.name, role: rejection.rejectedBy.role },
  };
}

export function toApologyData(sources: FormSources): ApologyData {
  const { dossier } = sources;
  const extension = required(dossier.extension, FormName.Apology, dossier);
  return {
    ...headerOf(sources),
    receivedAt: dossier.received_at ? instant(dossier.received_at) : null,
    previousAppointmentDate: extension.previousAppointmentDate,
    newAppointmentDate: extension.newAppointmentDate,
    reason: extension.reason,
    extendedAt: instant(extension.extendedAt),
    extendedBy: { name: extension.extendedBy.name, role: extension.extendedBy.role },
  };
}

export function toControlSheetData(sources: FormSources): ControlSheetData {
  const { dossier } = sources;
  return {
    ...headerOf(sources),
    receivedAt: instant(required(dossier.received_at, FormName.ControlSheet, dossier)),
    appointmentDate: dossier.appointment_date,
    // drafting is the citizen's business, not a step of the processing; an intake flag is
    // an internal alarm for officials, not a step either (and the citizen may print this)
    steps: sources.history
      .filter((h) => h.toStatus !== DossierStatus.Draft && !isOfficialsOnlyHistoryAction(h.action))
      .map((h) => ({
        at: instant(h.at),
        action: h.action,
        fromStatus: h.fromStatus,
        toStatus: h.toStatus,
        actor: { name: h.actor.name, role: h.actor.role },
        note: h.note,
      })),
    printedAt: sources.now,
  };
}
