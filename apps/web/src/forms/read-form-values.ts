import { validateFormData } from '@motcua/domain';
import type { FieldMessage, FormField, FormValues, RawValues } from './form-field';
import { fieldName } from './form-field';

/** A urlencoded body as @fastify/formbody gives it: a repeated name becomes an array. */
export type SubmittedBody = Record<string, string | string[] | undefined>;

export interface ReadResult {
  /** Answers that could be read, typed for the API; blank answers are left out. */
  values: FormValues;
  /** What was typed, to show it back. */
  raw: RawValues;
  /** At most one message per field, in the fields' order. */
  errors: FieldMessage[];
}

const DIGIT_SEPARATORS = /[\s.\-()]/g;
const VIETNAMESE_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// "1.500.000" or "1 500 000", optionally with a decimal comma: the way amounts are written
const GROUPED_NUMBER = /^-?\d{1,3}(?:[.\s]\d{3})+(?:,\d+)?$/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * Reads the answers to `fields` from a submitted form: converts each to the type the API
 * expects (numbers, booleans, `YYYY-MM-DD` dates), forgiving the ways people write them
 * (spaces in a phone number, "1.500.000" đồng, 27/03/1990), then checks them with the same
 * rules the API applies, so a step is corrected before the person moves on.
 */
export function readFormValues(fields: readonly FormField[], body: SubmittedBody): ReadResult {
  const values: FormValues = {};
  const raw: RawValues = {};
  const unreadable = new Map<string, string>();

  for (const field of fields) {
    const submitted = single(body[fieldName(field.key)]);
    if (field.type === 'checkbox') {
      values[field.key] = submitted === 'true' || submitted === 'on';
      raw[field.key] = values[field.key] ? 'true' : '';
      continue;
    }
    const text = field.type === 'textarea' ? submitted.replace(/\r\n?/g, '\n') : submitted;
    raw[field.key] = text;
    if (text.trim() === '') continue;
    const read = readValue(field, text.trim());
    if (read.ok) values[field.key] = read.value;
    else unreadable.set(field.key, read.message);
  }

  const ruleErrors = new Map<string, string>();
  const readable = fields.filter((field) => !unreadable.has(field.key));
  for (const error of validateFormData(readable, values)) {
    const key = error.field.replace(/^formData\./, '');
    if (!ruleErrors.has(key)) ruleErrors.set(key, error.message);
  }
  const errors: FieldMessage[] = [];
  for (const field of fields) {
    const message = unreadable.get(field.key) ?? ruleErrors.get(field.key);
    if (message) errors.push({ key: field.key, message });
  }
  return { values, raw, errors };
}

type Read = { ok: true; value: string | number } | { ok: false; message: string };

function readValue(field: FormField, text: string): Read {
  switch (field.type) {
    case 'number': {
      const value = parseVietnameseNumber(text);
      return value === undefined
        ? { ok: false, message: `"${field.label}" phải là số, ví dụ 2 hoặc 1.500.000.` }
        : { ok: true, value };
    }
    case 'date': {
      const value = parseDate(text);
      return value === undefined
        ? { ok: false, message: `"${field.label}" phải là ngày hợp lệ, ví dụ 27/03/1990.` }
        : { ok: true, value };
    }
    case 'nationalId':
    case 'phone':
      return { ok: true, value: text.replace(DIGIT_SEPARATORS, '') };
    default:
      return { ok: true, value: text };
  }
}

/** "1.500.000", "1 500 000", "2", "2,5" or "2.5"; undefined when it is not a number. */
export function parseVietnameseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  let normalised: string;
  if (GROUPED_NUMBER.test(trimmed)) {
    normalised = trimmed.replace(/[.\s]/g, '').replace(',', '.');
  } else if (PLAIN_NUMBER.test(trimmed)) {
    normalised = trimmed.replace(',', '.');
  } else {
    return undefined;
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

/** `YYYY-MM-DD` (a date input) or dd/mm/yyyy (typed by hand) → `YYYY-MM-DD`, if a real day. */
export function parseDate(text: string): string | undefined {
  let iso: string;
  const vietnamese = VIETNAMESE_DATE.exec(text.trim());
  if (vietnamese) {
    const [, day, month, year] = vietnamese;
    iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  } else if (ISO_DATE.test(text.trim())) {
    iso = text.trim();
  } else {
    return undefined;
  }
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

function single(value: string | string[] | undefined): string {
  if (Array.isArray(value)) return value[value.length - 1] ?? '';
  return value ?? '';
}

/** The typed answers shown back in their inputs (a date input wants `YYYY-MM-DD`). */
export function rawFromValues(fields: readonly FormField[], values: FormValues): RawValues {
  const raw: RawValues = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined || value === null) continue;
    if (field.type === 'checkbox') raw[field.key] = value === true ? 'true' : '';
    else raw[field.key] = String(value);
  }
  return raw;
}
