import {
  fieldId,
  readFormValues,
  type FieldMessage,
  type FormField,
  type FormValues,
  type RawValues,
  type SubmittedBody,
} from '../../forms';

export type Channel = 'COUNTER' | 'POSTAL';
export type DeliveryMethod = 'COUNTER' | 'POSTAL';

/** A required document of a procedure, as the API lists them. */
export interface DocumentRequirement {
  code: string;
  name: string;
  required: boolean;
}

/** What the desk needs of a procedure to enter a dossier for it. */
export interface DeskProcedure {
  code: string;
  postalDelivery: boolean;
  fields: FormField[];
  requiredDocuments: DocumentRequirement[];
}

/** A scan uploaded for one document, as the API's `POST /files` named it. */
export interface UploadedScan {
  fileId: string;
  fileName: string;
}

/**
 * A paper dossier as the desk entered it, in the shape the API's `POST /dossiers` takes from
 * RECEPTION (plus the scans' names, to show them back).
 */
export interface DeskEntry {
  applicant: { nationalId: string; fullName: string; phone: string; email?: string };
  formData: FormValues;
  scans: Record<string, UploadedScan>;
  channel: Channel;
  deliveryMethod: DeliveryMethod;
  deliveryAddress?: Record<string, string>;
}

// Keys with a dot never clash with a procedure's field keys (letters, digits, "_").
export const APPLICANT_FIELDS: FormField[] = [
  {
    key: 'applicant.nationalId',
    label: 'Số định danh cá nhân của người nộp',
    type: 'nationalId',
    required: true,
  },
  {
    key: 'applicant.fullName',
    label: 'Họ và tên người nộp',
    type: 'text',
    required: true,
    maxLength: 120,
  },
  { key: 'applicant.phone', label: 'Số điện thoại di động', type: 'phone', required: true },
  { key: 'applicant.email', label: 'Địa chỉ email', type: 'email', required: false },
];

export const ADDRESS_FIELDS: FormField[] = [
  {
    key: 'delivery.recipientName',
    label: 'Họ và tên người nhận',
    type: 'text',
    required: true,
    maxLength: 120,
  },
  { key: 'delivery.phone', label: 'Số điện thoại người nhận', type: 'phone', required: true },
  {
    key: 'delivery.street',
    label: 'Số nhà, đường, thôn, xóm',
    type: 'text',
    required: true,
    maxLength: 200,
  },
  {
    key: 'delivery.ward',
    label: 'Xã, phường, đặc khu',
    type: 'text',
    required: true,
    maxLength: 100,
  },
  {
    key: 'delivery.district',
    label: 'Quận, huyện, thị xã (nơi cũ)',
    type: 'text',
    required: true,
    maxLength: 100,
  },
  {
    key: 'delivery.province',
    label: 'Tỉnh, thành phố',
    type: 'text',
    required: true,
    maxLength: 100,
  },
];

/** The id of a document's file input, where its error is shown and the summary links to. */
export function scanTargetId(documentCode: string): string {
  return `scan-${documentCode.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Names of the inputs that carry a scan already uploaded (its file id and its name). */
export const scanIdName = (code: string) => `scan.${code}`;
export const scanNameName = (code: string) => `scanName.${code}`;
/** Name of a document's file input. */
export const scanFileName = (code: string) => `file.${code}`;

export interface ReadEntry {
  entry?: DeskEntry;
  /** What was typed, to show it back: applicant, form and address inputs by field key. */
  raw: RawValues;
  channel: Channel;
  deliveryMethod: DeliveryMethod;
  scans: Record<string, UploadedScan>;
  errors: FieldMessage[];
}

function single(value: string | string[] | undefined): string {
  if (Array.isArray(value)) return value[value.length - 1] ?? '';
  return value ?? '';
}

const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Scans uploaded by an earlier send of the form, carried in its hidden inputs. */
export function carriedScans(
  procedure: DeskProcedure,
  body: SubmittedBody,
): Record<string, UploadedScan> {
  const scans: Record<string, UploadedScan> = {};
  for (const doc of procedure.requiredDocuments) {
    const fileId = single(body[scanIdName(doc.code)]).trim();
    if (!FILE_ID.test(fileId)) continue;
    const fileName = single(body[scanNameName(doc.code)]).trim().slice(0, 255) || 'tệp';
    scans[doc.code] = { fileId, fileName };
  }
  return scans;
}

/**
 * Reads the desk's form: the applicant, the procedure's questions, how the dossier came and
 * how its result goes back, the scans (`scans`: those uploaded with this send or before).
 * Checks what the page can check (the same rules as the API for the answers, a scan for each
 * required document); the API checks everything again.
 */
export function readDeskEntry(
  procedure: DeskProcedure,
  body: SubmittedBody,
  scans: Record<string, UploadedScan>,
): ReadEntry {
  const applicant = readFormValues(APPLICANT_FIELDS, body);
  const form = readFormValues(procedure.fields, body);
  const channel: Channel = single(body.channel) === 'POSTAL' ? 'POSTAL' : 'COUNTER';
  const deliveryMethod: DeliveryMethod =
    procedure.postalDelivery && single(body.deliveryMethod) === 'POSTAL' ? 'POSTAL' : 'COUNTER';
  const address = readFormValues(ADDRESS_FIELDS, body);
  const errors: FieldMessage[] = [...applicant.errors, ...form.errors];
  for (const doc of procedure.requiredDocuments) {
    if (doc.required && !scans[doc.code]) {
      errors.push({ key: `scan:${doc.code}`, message: `Hãy tải lên bản quét "${doc.name}".` });
    }
  }
  if (deliveryMethod === 'POSTAL') errors.push(...address.errors);
  const raw = { ...applicant.raw, ...form.raw, ...address.raw };
  const result: ReadEntry = { raw, channel, deliveryMethod, scans, errors };
  if (errors.length > 0) return result;
  const a = applicant.values;
  result.entry = {
    applicant: {
      nationalId: String(a['applicant.nationalId']),
      fullName: String(a['applicant.fullName']),
      phone: String(a['applicant.phone']),
      ...(a['applicant.email'] ? { email: String(a['applicant.email']) } : {}),
    },
    formData: form.values,
    scans,
    channel,
    deliveryMethod,
    ...(deliveryMethod === 'POSTAL'
      ? {
          deliveryAddress: Object.fromEntries(
            Object.entries(address.values).map(([key, value]) => [
              key.slice('delivery.'.length),
              String(value),
            ]),
          ),
        }
      : {}),
  };
  return result;
}

/** The body of `POST /api/v1/dossiers` for an entry. */
export function dossierBody(procedureCode: string, entry: DeskEntry) {
  return {
    procedureCode,
    applicant: entry.applicant,
    formData: entry.formData,
    attachments: Object.entries(entry.scans).map(([documentCode, scan]) => ({
      documentCode,
      fileId: scan.fileId,
    })),
    channel: entry.channel,
    deliveryMethod: entry.deliveryMethod,
    ...(entry.deliveryAddress ? { deliveryAddress: entry.deliveryAddress } : {}),
  };
}

/** The form's inputs for an entry: to send it back for a change, or to show it again. */
export function rawOfEntry(procedure: DeskProcedure, entry: DeskEntry): RawValues {
  const raw: RawValues = {};
  for (const [key, value] of Object.entries(entry.applicant)) raw[`applicant.${key}`] = value;
  for (const field of procedure.fields) {
    const value = entry.formData[field.key];
    if (value === undefined) continue;
    raw[field.key] = field.type === 'checkbox' ? (value === true ? 'true' : '') : String(value);
  }
  for (const [key, value] of Object.entries(entry.deliveryAddress ?? {})) {
    raw[`delivery.${key}`] = value;
  }
  return raw;
}

/** The entry carried from the check page (a JSON text in a hidden input); undefined if unreadable. */
export function parseCarriedEntry(text: string): DeskEntry | undefined {
  try {
    const value = JSON.parse(text) as DeskEntry;
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof value.applicant !== 'object' ||
      typeof value.formData !== 'object' ||
      typeof value.scans !== 'object' ||
      !['COUNTER', 'POSTAL'].includes(value.channel) ||
      !['COUNTER', 'POSTAL'].includes(value.deliveryMethod)
    ) {
      return undefined;
    }
    return value;
  } catch {
    return undefined;
  }
}

/**
 * Where an error of the API's `errors[]` goes on the desk's form: the input of an applicant's,
 * a question's or an address's part, a document's file input, the channel choice.
 */
export function deskTargetOf(
  procedure: DeskProcedure,
  fieldPath: string,
  attachments: { documentCode: string }[],
): string | undefined {
  if (fieldPath.startsWith('applicant.')) return fieldId(fieldPath);
  if (fieldPath.startsWith('formData.')) return fieldId(fieldPath.slice('formData.'.length));
  if (fieldPath.startsWith('deliveryAddress.')) {
    return fieldId(`delivery.${fieldPath.slice('deliveryAddress.'.length)}`);
  }
  if (fieldPath === 'deliveryMethod') return 'delivery-COUNTER';
  if (fieldPath === 'channel') return 'channel-COUNTER';
  // `attachments.<code>`: a missing document; `attachments[2].fileId`: the third one sent
  const document = /^attachments\.(.+)$/.exec(fieldPath);
  if (document && procedure.requiredDocuments.some((d) => d.code === document[1])) {
    return scanTargetId(document[1]);
  }
  const attachment = /^attachments(?:\[(\d+)\]|\.(\d+))(?:\.|$)/.exec(fieldPath);
  if (attachment) {
    const code = attachments[Number(attachment[1] ?? attachment[2])]?.documentCode;
    return code ? scanTargetId(code) : undefined;
  }
  return undefined;
}

/** The target of a message of `readDeskEntry` (a field key, or `scan:<document code>`). */
export function localTargetOf(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  return key.startsWith('scan:') ? scanTargetId(key.slice(5)) : fieldId(key);
}
