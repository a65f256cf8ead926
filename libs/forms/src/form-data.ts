/**
 * What each printable form shows, as plain data: the renderers know nothing of the database,
 * and the mapper (`form-data.mapper.ts`) knows nothing of PDF.
 */

export interface Actor {
  name: string;
  role: string;
}

export interface FormHeader {
  /** The agency that receives and decides the dossier. */
  agencyName: string;
  dossierCode: string;
  applicantName: string;
  procedureName: string;
}

export interface ReceiptDocument {
  name: string;
  fileNames: string[];
}

/** Mẫu 01. */
export interface ReceiptSlipData extends FormHeader {
  applicantPhone: string | null;
  applicantEmail: string | null;
  applicantAddress: string | null;
  documents: ReceiptDocument[];
  receivedAt: Date;
  /** `YYYY-MM-DD`. */
  appointmentDate: string | null;
  processingDays: number | null;
  deliveryMethod: 'COUNTER' | 'POSTAL';
  deliveryAddress: string | null;
  receivedBy: string;
  /**
   * A dossier a service centre received for another agency (receipt regardless of boundary):
   * the centre that received it (it issues the slip, `agencyName`) and the competent agency it
   * is forwarded to. Null for a dossier received by the competent agency itself.
   */
  receivedElsewhere: { place: string; competentAgencyName: string } | null;
  trackingUrl: string;
  /** A desk dossier not yet claimed: its claim code and the portal page to type it on. */
  claim: { code: string; url: string } | null;
}

/** Mẫu 02. */
export interface SupplementRequestData extends FormHeader {
  applicantPhone: string | null;
  applicantEmail: string | null;
  reason: string;
  /** Names of the documents to add or complete. */
  documents: string[];
  requestedAt: Date;
  requestedBy: Actor;
}

/** Mẫu 03. */
export interface RefusalData extends FormHeader {
  reason: string;
  rejectedAt: Date;
  rejectedBy: Actor;
}

/** Mẫu 04. */
export interface ApologyData extends FormHeader {
  receivedAt: Date | null;
  /** `YYYY-MM-DD`. */
  previousAppointmentDate: string | null;
  /** `YYYY-MM-DD`. */
  newAppointmentDate: string;
  reason: string;
  extendedAt: Date;
  extendedBy: Actor;
}

export interface ControlStep {
  at: Date;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actor: Actor;
  note: string | null;
}

/** Mẫu 05. */
export interface ControlSheetData extends FormHeader {
  receivedAt: Date;
  /** `YYYY-MM-DD`. */
  appointmentDate: string | null;
  steps: ControlStep[];
  /** When the sheet is printed: the last step is held until then. */
  printedAt: Date;
}
