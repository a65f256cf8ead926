import type { FormField } from './form-field';
import { fieldId, fieldName } from './form-field';

export interface FieldInputProps {
  field: FormField;
  /** What to show in the input: the typed text, or `'true'` for a ticked checkbox. */
  value?: string;
  error?: string;
}

// Mirrors the API's rules, so that a phone keyboard opens on digits and a browser that checks
// patterns agrees with the server; the server's check is the one that counts.
const NATIONAL_ID_PATTERN = '[0-9]{12}';
const MOBILE_PATTERN = '(\\+84|84|0)[35789][0-9]{8}';
const DEFAULT_TEXT_MAX_LENGTH = 2000;

/** A hint under the label: the format expected and the limits, in plain words. */
export function fieldHint(field: FormField): string | undefined {
  switch (field.type) {
    case 'nationalId':
      return 'Gồm 12 chữ số, in trên thẻ căn cước.';
    case 'phone':
      return 'Số di động, ví dụ 0912345678.';
    case 'date':
      return 'Ngày/tháng/năm, ví dụ 27/03/1990.';
    case 'number':
      if (field.min !== undefined && field.max !== undefined)
        return `Từ ${field.min} đến ${field.max}.`;
      if (field.min !== undefined) return `Không nhỏ hơn ${field.min}.`;
      if (field.max !== undefined) return `Không lớn hơn ${field.max}.`;
      return undefined;
    case 'text':
    case 'textarea':
      return field.maxLength !== undefined ? `Tối đa ${field.maxLength} ký tự.` : undefined;
    default:
      return undefined;
  }
}

function describedBy(...ids: (string | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => id !== undefined);
  return present.length > 0 ? present.join(' ') : undefined;
}

export function ErrorMessage({ id, message }: { id: string; message: string }): JSX.Element {
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">Lỗi: </span>
      <span safe>{message}</span>
    </p>
  );
}

/**
 * One question of a procedure's form: label bound to its input, a hint, the error beside it
 * (announced through `aria-describedby` and `aria-invalid`), and the input that suits the
 * type: a numeric keyboard for a citizen ID or a phone number, a date picker, a list, a box.
 */
export function FieldInput({ field, value = '', error }: FieldInputProps): JSX.Element {
  const id = fieldId(field.key);
  const hint = fieldHint(field);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const aria = {
    'aria-describedby': describedBy(hintId, errorId),
    'aria-invalid': error ? 'true' : undefined,
  };
  const groupClass = ['form-group', error ? 'form-group--error' : undefined];

  if (field.type === 'checkbox') {
    return (
      <div class={groupClass}>
        {error ? <ErrorMessage id={errorId!} message={error} /> : ''}
        <div class="checkbox">
          <input
            class="checkbox__input"
            type="checkbox"
            id={id}
            name={fieldName(field.key)}
            value="true"
            checked={value === 'true'}
            required={field.required}
            {...aria}
          />
          <label class="checkbox__label" for={id} safe>
            {field.label}
          </label>
        </div>
      </div>
    );
  }

  return (
    <div class={groupClass}>
      <label class="label" for={id}>
        <span safe>{field.label}</span>
        {field.required ? '' : <span class="label__optional"> (không bắt buộc)</span>}
      </label>
      {hint ? (
        <p class="hint" id={hintId} safe>
          {hint}
        </p>
      ) : (
        ''
      )}
      {error ? <ErrorMessage id={errorId!} message={error} /> : ''}
      <Control field={field} id={id} value={value} invalid={error !== undefined} aria={aria} />
    </div>
  );
}

interface ControlProps {
  field: FormField;
  id: string;
  value: string;
  invalid: boolean;
  aria: Record<string, string | undefined>;
}

function Control({ field, id, value, invalid, aria }: ControlProps): JSX.Element {
  const name = fieldName(field.key);
  const inputClass = ['input', invalid ? 'input--error' : undefined];
  switch (field.type) {
    case 'textarea':
      return (
        <textarea
          class={inputClass}
          id={id}
          name={name}
          rows="5"
          maxlength={field.maxLength ?? DEFAULT_TEXT_MAX_LENGTH}
          required={field.required}
          {...aria}
          safe
        >
          {value}
        </textarea>
      );
    case 'select':
      return (
        <select class={inputClass} id={id} name={name} required={field.required} {...aria}>
          <option value="">Chọn</option>
          {(field.options ?? []).map((option) => (
            <option value={option} selected={option === value} safe>
              {option}
            </option>
          ))}
        </select>
      );
    case 'number':
      // text + inputmode rather than type=number: no spinner, no silent rounding, and
      // "1.500.000" as people write amounts is accepted
      return (
        <input
          class={[...inputClass, 'input--short']}
          type="text"
          inputmode={field.min !== undefined && field.min >= 0 ? 'numeric' : 'decimal'}
          id={id}
          name={name}
          value={value}
          required={field.required}
          spellcheck="false"
          {...aria}
        />
      );
    case 'date':
      return (
        <input
          class={[...inputClass, 'input--date']}
          type="date"
          id={id}
          name={name}
          value={value}
          required={field.required}
          {...aria}
        />
      );
    case 'nationalId':
      return (
        <input
          class={[...inputClass, 'input--id']}
          type="text"
          inputmode="numeric"
          pattern={NATIONAL_ID_PATTERN}
          maxlength="14"
          autocomplete="off"
          spellcheck="false"
          id={id}
          name={name}
          value={value}
          required={field.required}
          {...aria}
        />
      );
    case 'phone':
      return (
        <input
          class={[...inputClass, 'input--id']}
          type="tel"
          inputmode="numeric"
          pattern={MOBILE_PATTERN}
          autocomplete="tel"
          spellcheck="false"
          id={id}
          name={name}
          value={value}
          required={field.required}
          {...aria}
        />
      );
    case 'email':
      return (
        <input
          class={inputClass}
          type="email"
          autocomplete="email"
          spellcheck="false"
          id={id}
          name={name}
          value={value}
          required={field.required}
          {...aria}
        />
      );
    default:
      return (
        <input
          class={inputClass}
          type="text"
          id={id}
          name={name}
          value={value}
          maxlength={field.maxLength ?? DEFAULT_TEXT_MAX_LENGTH}
          required={field.required}
          {...aria}
        />
      );
  }
}
