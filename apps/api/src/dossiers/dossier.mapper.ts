import type { Channel, DeliveryMethod } from '@motcua/domain';
import {
  DOSSIER_STATUS_LABELS,
  isOverdue,
  NATIONAL_STATUS_CODES,
  PUBLIC_STEP_LABELS,
} from '@motcua/domain';
import type { DossierRow, HistoryRow, TrackingRow } from '@motcua/database';
import type {
  DeliveryDto,
  DossierResponse,
  HistoryEntryDto,
  TrackingResponse,
} from './dto/dossier.response';

export interface DossierNames {
  procedureCode: string;
  procedureName: string;
  agencyCode: string;
  assigneeName?: string | null;
  /** The service centre that received it for the competent agency, if any. */
  receivedBy?: { agencyCode: string; agencyName: string } | null;
}

const iso = (value: Date | null): string | null => (value ? new Date(value).toISOString() : null);

function deliveryOf(row: { delivery: Record<string, unknown> | null }): DeliveryDto | undefined {
  if (!row.delivery) return undefined;
  return {
    status: String(row.delivery.status ?? ''),
    trackingNumber: (row.delivery.trackingNumber as string | undefined) ?? null,
    updatedAt: (row.delivery.updatedAt as string | undefined) ?? null,
  };
}

/**
 * `official`: the reader is an official of the dossier's agency (or of the centre that received
 * it), who also sees what is for officials only (the intake check of the attached files).
 */
export function toDossierResponse(
  row: DossierRow,
  names: DossierNames,
  today: string,
  official = false,
): DossierResponse {
  return {
    id: row.id,
    code: row.code,
    procedureCode: names.procedureCode,
    procedureName: names.procedureName,
    agencyCode: names.agencyCode,
    ...(names.receivedBy ? { receivedBy: names.receivedBy } : {}),
    status: row.status,
    statusLabel: DOSSIER_STATUS_LABELS[row.status],
    nationalStatusCode: NATIONAL_STATUS_CODES[row.status],
    channel: row.channel as Channel,
    applicant: {
      nationalId: row.applicant_national_id,
      fullName: row.applicant_full_name,
      phone: row.applicant_phone,
      email: row.applicant_email,
    },
    formData: row.form_data,
    attachments: row.attachments,
    deliveryMethod: row.delivery_method as DeliveryMethod,
    deliveryAddress: row.delivery_address,
    submittedAt: iso(row.submitted_at),
    receivedAt: iso(row.received_at),
    appointmentDate: row.appointment_date,
    overdue: isOverdue(row.status, row.appointment_date, today),
    ...(row.assignee_id && names.assigneeName
      ? { assignee: { id: row.assignee_id, fullName: names.assigneeName } }
      : {}),
    ...(row.supplement_request ? { supplementRequest: row.supplement_request } : {}),
    ...(row.result ? { result: row.result } : {}),
    ...(row.rejection ? { rejection: row.rejection } : {}),
    ...(row.extension ? { extension: row.extension } : {}),
    ...(row.delivery ? { delivery: deliveryOf(row) } : {}),
    ...(official && row.attachment_check
      ? {
          attachmentCheck: {
            verifiedAt: row.attachment_check.verifiedAt,
            ok: row.attachment_check.ok,
            checked: row.attachment_check.checked,
            problems: row.attachment_check.problems,
          },
        }
      : {}),
  };
}

export function toHistoryEntry(row: HistoryRow): HistoryEntryDto {
  return {
    at: new Date(row.at).toISOString(),
    action: row.action,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    actor: { role: row.actor_role, name: row.actor_name },
    note: row.note,
  };
}

/** Public view: status and dates only, never the applicant. */
export function toTrackingResponse(row: TrackingRow, today: string): TrackingResponse {
  return {
    code: row.code,
    procedureName: row.procedure_name,
    status: row.status,
    statusLabel: DOSSIER_STATUS_LABELS[row.status],
    submittedAt: iso(row.submitted_at),
    receivedAt: iso(row.received_at),
    appointmentDate: row.appointment_date,
    overdue: isOverdue(row.status, row.appointment_date, today),
    delivery: {
      method: row.delivery_method as DeliveryMethod,
      status: (row.delivery?.status as string | undefined) ?? null,
      trackingNumber: (row.delivery?.trackingNumber as string | undefined) ?? null,
    },
    steps: row.steps.map((step) => ({
      at: step.at,
      action: step.action,
      label: PUBLIC_STEP_LABELS[step.action],
      status: step.status,
      statusLabel: DOSSIER_STATUS_LABELS[step.status],
      newAppointmentDate: step.newAppointmentDate,
    })),
  };
}
