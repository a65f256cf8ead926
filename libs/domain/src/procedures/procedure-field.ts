export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'select',
  'checkbox',
  'nationalId',
  'phone',
  'email',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** One input of a procedure's form, against which submitted `formData` is checked. */
export interface ProcedureField {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  options?: string[];
  maxLength?: number;
  min?: number;
  max?: number;
}

export interface RequiredDocument {
  code: string;
  name: string;
  required: boolean;
}

export enum OnlineLevel {
  Full = 'FULL',
  Partial = 'PARTIAL',
}
