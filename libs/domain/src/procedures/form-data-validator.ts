import type { FieldError } from '../errors/domain-error';
import type { ProcedureField } from './procedure-field';

/** 12-digit citizen identity number (căn cước công dân). */
export const NATIONAL_ID_PATTERN = /^\d{12}$/;
/** Vietnamese mobile number: 0 or +84, then a 3/5/7/8/9 prefix and 8 more digits. */
export const VIETNAMESE_MOBILE_PATTERN = /^(?:\+84|84|0)(?:3|5|7|8|9)\d{8}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_TEXT_MAX_LENGTH = 2000;

export type FormData = Record<string, unknown>;

/**
 * Checks submitted form data against a procedure's fields: one error per bad field,
 * in the order the procedure lists its fields, then unknown keys.
 * `partial` (drafts) skips the "required" rule but still checks what is present.
 * A required checkbox must be ticked (a declaration such as "Tôi cam đoan...").
 */
export function validateFormData(
  fields: readonly ProcedureField[],
  data: unknown,
  options: { partial?: boolean } = {},
): FieldError[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ field: 'formData', message: 'Thông tin tờ khai phải là một đối tượng.' }];
  }
  const values = data as FormData;
  const errors: FieldError[] = [];
  const known = new Set(fields.map((f) => f.key));

  for (const field of fields) {
    // own properties only: a key such as "constructor" must not read Object.prototype
    const value = Object.hasOwn(values, field.key) ? values[field.key] : undefined;
    const path = `formData.${field.key}`;
    if (isBlank(value)) {
      if (field.required && !options.partial) {
        errors.push({ field: path, message: `Vui lòng nhập "${field.label}".` });
      }
      continue;
    }
    const message =
      field.type === 'checkbox' && field.required && !options.partial && value === false
        ? `Vui lòng đánh dấu "${field.label}".`
        : checkValue(field, value);
    if (message) errors.push({ field: path, message });
  }
  for (const key of Object.keys(values)) {
    if (!known.has(key)) {
      errors.push({ field: `formData.${key}`, message: 'Trường này không có trong tờ khai.' });
    }
  }
  return errors;
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

function checkValue(field: ProcedureField, value: unknown): string | undefined {
  const label = field.label;
  switch (field.type) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return `"${label}" phải là chuỗi ký tự.`;
      const max = field.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      if (value.length > max) return `"${label}" không được dài quá ${max} ký tự.`;
      return undefined;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `"${label}" phải là số.`;
      if (field.min !== undefined && value < field.min)
        return `"${label}" không được nhỏ hơn ${field.min}.`;
      if (field.max !== undefined && value > field.max)
        return `"${label}" không được lớn hơn ${field.max}.`;
      return undefined;
    }
    case 'date':
      if (typeof value !== 'string' || !isCalendarDate(value)) {
        return `"${label}" phải là ngày hợp lệ theo dạng YYYY-MM-DD.`;
      }
      return undefined;
    case 'select':
      if (typeof value !== 'string' || !(field.options ?? []).includes(value)) {
        return `"${label}" phải là một trong các lựa chọn: ${(field.options ?? []).join(', ')}.`;
      }
      return undefined;
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : `"${label}" phải là đúng hoặc sai.`;
    case 'nationalId':
      return typeof value === 'string' && NATIONAL_ID_PATTERN.test(value)
        ? undefined
        : `"${label}" phải là số định danh cá nhân gồm 12 chữ số.`;
    case 'phone':
      return typeof value === 'string' && VIETNAMESE_MOBILE_PATTERN.test(value)
        ? undefined
        : `"${label}" phải là số điện thoại di động Việt Nam hợp lệ.`;
    case 'email':
      return typeof value === 'string' && EMAIL_PATTERN.test(value) && value.length <= 254
        ? undefined
        : `"${label}" phải là địa chỉ email hợp lệ.`;
    default:
      // a field type this version does not know (e.g. data written by a newer one): refuse
      return `"${label}" có kiểu dữ liệu không được hỗ trợ.`;
  }
}

export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
