import type { FieldType, FormField, SubmittedBody } from '../../forms';

export const FIELD_TYPES: { value: FieldType; label: string }[] = [
  { value: 'text', label: 'Chữ (một dòng)' },
  { value: 'textarea', label: 'Đoạn văn' },
  { value: 'number', label: 'Số' },
  { value: 'date', label: 'Ngày' },
  { value: 'select', label: 'Chọn một trong danh sách' },
  { value: 'checkbox', label: 'Ô đánh dấu' },
  { value: 'nationalId', label: 'Số định danh cá nhân' },
  { value: 'phone', label: 'Số điện thoại' },
  { value: 'email', label: 'Email' },
];

/** Empty rows offered below the filled ones, and added by each "thêm dòng". */
export const EMPTY_ROWS = 3;
const MAX_ROWS = 100;

/** One row of the field list as typed (text, to show it back). */
export interface FieldRow {
  key: string;
  label: string;
  type: string;
  required: boolean;
  options: string;
  maxLength: string;
  min: string;
  max: string;
}

export interface DocumentRow {
  code: string;
  name: string;
  required: boolean;
}

/** The editor's whole state as typed; what the page shows back. */
export interface EditorState {
  code: string;
  name: string;
  agencyCode: string;
  processingDays: string;
  fee: string;
  onlineLevel: string;
  postalDelivery: boolean;
  purpose: string;
  eligibility: string;
  fields: FieldRow[];
  documents: DocumentRow[];
}

export interface ProcedurePayload {
  code: string;
  name: string;
  agencyCode: string;
  processingDays: number;
  fee: number;
  onlineLevel: 'FULL' | 'PARTIAL';
  postalDelivery: boolean;
  purpose: string;
  eligibility: string;
  fields: FormField[];
  requiredDocuments: DocumentRow[];
}

export interface ReadEditor {
  state: EditorState;
  payload: ProcedurePayload;
  /** Row index in the page of each item of `payload.fields` / `payload.requiredDocuments`. */
  fieldRowOf: number[];
  documentRowOf: number[];
  /** Messages by input id, for what the page itself could not read (a number that is not one). */
  errors: { targetId: string; message: string }[];
}

const emptyField = (): FieldRow => ({
  key: '',
  label: '',
  type: 'text',
  required: false,
  options: '',
  maxLength: '',
  min: '',
  max: '',
});
const emptyDocument = (): DocumentRow => ({ code: '', name: '', required: true });

export const fieldInputId = (row: number, prop: string) => `field-${row}-${prop}`;
export const documentInputId = (row: number, prop: string) => `doc-${row}-${prop}`;
export const procedureInputId = (prop: string) => `proc-${prop}`;

function text(body: SubmittedBody, name: string): string {
  const value = body[name];
  const single = Array.isArray(value) ? value[value.length - 1] : value;
  return (single ?? '').trim();
}

function ticked(body: SubmittedBody, name: string): boolean {
  const value = text(body, name);
  return value === 'true' || value === 'on';
}

function rowCount(body: SubmittedBody, name: string): number {
  const count = Number(text(body, name));
  return Number.isInteger(count) && count >= 0 ? Math.min(count, MAX_ROWS) : 0;
}

/** The editor for a procedure as the API has it, with empty rows to add more. */
export function stateOfProcedure(procedure: {
  code: string;
  name: string;
  agencyCode: string;
  processingDays: number;
  fee: number;
  onlineLevel: string;
  postalDelivery: boolean;
  purpose?: string | null;
  eligibility?: string | null;
  fields: FormField[];
  requiredDocuments: DocumentRow[];
}): EditorState {
  return withEmptyRows({
    code: procedure.code,
    name: procedure.name,
    agencyCode: procedure.agencyCode,
    processingDays: String(procedure.processingDays),
    fee: String(procedure.fee),
    onlineLevel: procedure.onlineLevel,
    postalDelivery: procedure.postalDelivery,
    purpose: procedure.purpose ?? '',
    eligibility: procedure.eligibility ?? '',
    fields: procedure.fields.map((field) => ({
      key: field.key,
      label: field.label,
      type: field.type,
      required: field.required,
      options: (field.options ?? []).join('\n'),
      maxLength: field.maxLength === undefined ? '' : String(field.maxLength),
      min: field.min === undefined ? '' : String(field.min),
      max: field.max === undefined ? '' : String(field.max),
    })),
    documents: procedure.requiredDocuments.map((d) => ({ ...d })),
  });
}

export function emptyState(agencyCode: string): EditorState {
  return withEmptyRows({
    code: '',
    name: '',
    agencyCode,
    processingDays: '',
    fee: '0',
    onlineLevel: 'FULL',
    postalDelivery: false,
    purpose: '',
    eligibility: '',
    fields: [],
    documents: [],
  });
}

/** The filled rows kept, `extra` sets of empty rows added after them. */
export function withEmptyRows(
  state: EditorState,
  extra: { fields?: number; documents?: number } = {},
): EditorState {
  const fields = state.fields.filter((row) => !isBlankField(row));
  const documents = state.documents.filter((row) => !isBlankDocument(row));
  const addFields = EMPTY_ROWS * (1 + (extra.fields ?? 0));
  const addDocuments = EMPTY_ROWS * (1 + (extra.documents ?? 0));
  return {
    ...state,
    fields: [...fields, ...Array.from({ length: addFields }, emptyField)].slice(0, MAX_ROWS),
    documents: [...documents, ...Array.from({ length: addDocuments }, emptyDocument)].slice(
      0,
      MAX_ROWS,
    ),
  };
}

function isBlankField(row: FieldRow): boolean {
  return row.key === '' && row.label === '' && row.options === '';
}

function isBlankDocument(row: DocumentRow): boolean {
  return row.code === '' && row.name === '';
}

/** A whole number as people type it ("1.500.000", "2 000"); undefined when it is not one. */
export function readInteger(value: string): number | undefined {
  const compact = value.replace(/[\s.]/g, '');
  return /^-?\d+$/.test(compact) ? Number(compact) : undefined;
}

/** A number, decimals allowed ("2,5"); undefined when it is not one. */
function readNumber(value: string): number | undefined {
  const compact = value.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : undefined;
}

/**
 * Reads the editor's form: the procedure's properties, the field list and the documents, a
 * row left blank being no row. What the page can check is only that numbers are numbers; every
 * other rule is the API's, whose messages come back beside the inputs.
 */
export function readEditor(body: SubmittedBody): ReadEditor {
  const errors: ReadEditor['errors'] = [];
  const state: EditorState = {
    code: text(body, 'code'),
    name: text(body, 'name'),
    agencyCode: text(body, 'agencyCode'),
    processingDays: text(body, 'processingDays'),
    fee: text(body, 'fee'),
    onlineLevel: text(body, 'onlineLevel') === 'PARTIAL' ? 'PARTIAL' : 'FULL',
    postalDelivery: ticked(body, 'postalDelivery'),
    purpose: text(body, 'purpose').replace(/\r\n?/g, '\n'),
    eligibility: text(body, 'eligibility').replace(/\r\n?/g, '\n'),
    fields: [],
    documents: [],
  };
  for (let row = 0; row < rowCount(body, 'fieldRows'); row++) {
    const prefix = `fields.${row}.`;
    // a blank row is no row: the rows are renumbered, so errors point at the rows shown back
    const field: FieldRow = {
      key: text(body, `${prefix}key`),
      label: text(body, `${prefix}label`),
      type: text(body, `${prefix}type`) || 'text',
      required: ticked(body, `${prefix}required`),
      options: text(body, `${prefix}options`).replace(/\r\n?/g, '\n'),
      maxLength: text(body, `${prefix}maxLength`),
      min: text(body, `${prefix}min`),
      max: text(body, `${prefix}max`),
    };
    if (!isBlankField(field)) state.fields.push(field);
  }
  for (let row = 0; row < rowCount(body, 'documentRows'); row++) {
    const prefix = `documents.${row}.`;
    const document: DocumentRow = {
      code: text(body, `${prefix}code`),
      name: text(body, `${prefix}name`),
      required: ticked(body, `${prefix}required`),
    };
    if (!isBlankDocument(document)) state.documents.push(document);
  }

  const whole = (value: string, id: string, label: string): number => {
    if (value === '') {
      errors.push({ targetId: id, message: `Vui lòng nhập "${label}".` });
      return NaN;
    }
    const read = readInteger(value);
    if (read === undefined) errors.push({ targetId: id, message: `"${label}" phải là số nguyên.` });
    return read ?? NaN;
  };
  const fields: FormField[] = [];
  const fieldRowOf: number[] = [];
  state.fields.forEach((row, index) => {
    if (isBlankField(row)) return;
    const field: FormField = {
      key: row.key,
      label: row.label,
      type: row.type as FieldType,
      required: row.required,
    };
    if (row.type === 'select') {
      field.options = row.options
        .split('\n')
        .map((option) => option.trim())
        .filter(Boolean);
    }
    if (row.maxLength !== '') {
      field.maxLength = whole(row.maxLength, fieldInputId(index, 'maxLength'), 'Tối đa ký tự');
    }
    for (const prop of ['min', 'max'] as const) {
      if (row[prop] === '') continue;
      const value = readNumber(row[prop]);
      if (value === undefined) {
        errors.push({
          targetId: fieldInputId(index, prop),
          message: `"${prop === 'min' ? 'Nhỏ nhất' : 'Lớn nhất'}" phải là số.`,
        });
      } else {
        field[prop] = value;
      }
    }
    fields.push(field);
    fieldRowOf.push(index);
  });
  const documents: DocumentRow[] = [];
  const documentRowOf: number[] = [];
  state.documents.forEach((row, index) => {
    if (isBlankDocument(row)) return;
    documents.push(row);
    documentRowOf.push(index);
  });
  const payload: ProcedurePayload = {
    code: state.code,
    name: state.name,
    agencyCode: state.agencyCode,
    processingDays: whole(
      state.processingDays,
      procedureInputId('processingDays'),
      'Thời hạn giải quyết',
    ),
    fee: whole(state.fee, procedureInputId('fee'), 'Lệ phí'),
    onlineLevel: state.onlineLevel as 'FULL' | 'PARTIAL',
    postalDelivery: state.postalDelivery,
    purpose: state.purpose,
    eligibility: state.eligibility,
    fields,
    requiredDocuments: documents,
  };
  return { state, payload, fieldRowOf, documentRowOf, errors };
}

/**
 * The input an error of the API's `errors[]` belongs beside: `fields.2.key` is the key of the
 * third field sent, i.e. of the page's row `fieldRowOf[2]`.
 */
export function editorTargetOf(read: ReadEditor, path: string): string | undefined {
  const item = /^(fields|requiredDocuments)\.(\d+)(?:\.(\w+))?/.exec(path);
  if (item) {
    const isField = item[1] === 'fields';
    const row = (isField ? read.fieldRowOf : read.documentRowOf)[Number(item[2])];
    if (row === undefined) return undefined;
    const prop = item[3] ?? (isField ? 'key' : 'code');
    const known = isField
      ? ['key', 'label', 'type', 'required', 'options', 'maxLength', 'min', 'max']
      : ['code', 'name', 'required'];
    const target = known.includes(prop) ? prop : isField ? 'key' : 'code';
    return isField ? fieldInputId(row, target) : documentInputId(row, target);
  }
  const top =
    /^(code|name|agencyCode|processingDays|fee|onlineLevel|postalDelivery|purpose|eligibility)$/.exec(
      path,
    );
  return top ? procedureInputId(top[1]) : undefined;
}

/** The fields of a preview: each key once (the API refuses a key twice anyway). */
export function previewFields(fields: FormField[]): FormField[] {
  const seen = new Set<string>();
  return fields.filter((field) => {
    if (!field.key || !field.label || seen.has(field.key)) return false;
    seen.add(field.key);
    return FIELD_TYPES.some((type) => type.value === field.type);
  });
}
