/**
 * A procedure's form as the API describes it (`fields` of a procedure), and the helpers that
 * tie one field to its input's name and id. Kept structural so that the portal's generated
 * API types and the domain's own type both fit.
 */
export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'select'
  | 'checkbox'
  | 'nationalId'
  | 'phone'
  | 'email';

export interface FormField {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  options?: string[];
  maxLength?: number;
  min?: number;
  max?: number;
}

/** Typed answers, as the API's `formData` carries them. */
export type FormValues = Record<string, string | number | boolean>;

/** What the person typed, kept to show it back beside an error. */
export type RawValues = Record<string, string>;

/** One message for one field (its key), or for the whole form when `key` is absent. */
export interface FieldMessage {
  key?: string;
  message: string;
}

// Field inputs carry a prefix so that a field called e.g. "_csrf" or "step" cannot collide
// with the form's own controls.
const NAME_PREFIX = 'fd.';

export function fieldName(key: string): string {
  return `${NAME_PREFIX}${key}`;
}

/** An id safe in HTML and in a `#fragment`, stable for a key. */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
