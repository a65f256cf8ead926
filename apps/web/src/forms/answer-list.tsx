import type { FormField, FormValues } from './form-field';

const groupedInteger = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** An answer as the person reads it back: dd/mm/yyyy, "Có"/"Không", 1.500.000. */
export function displayAnswer(field: FormField, value: FormValues[string] | undefined): string {
  if (field.type === 'checkbox') return value === true ? 'Có' : 'Không';
  if (value === undefined || value === '') return 'Chưa trả lời';
  if (field.type === 'number' && typeof value === 'number') return groupedInteger.format(value);
  if (field.type === 'date' && typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  }
  return String(value);
}

export interface AnswerRow {
  label: string;
  value: string;
  /** Where to change it, with the hidden words that say what is changed. */
  changeHref?: string;
}

/** GOV.UK's summary list: question, answer, "Sửa" link, for the "check your answers" page. */
export function AnswerList({ rows }: { rows: readonly AnswerRow[] }): JSX.Element {
  return (
    <dl class="summary-list">
      {rows.map((row) => (
        <div class="summary-list__row">
          <dt class="summary-list__key" safe>
            {row.label}
          </dt>
          <dd class="summary-list__value" safe>
            {row.value}
          </dd>
          {row.changeHref ? (
            <dd class="summary-list__actions">
              <a href={row.changeHref}>
                Sửa<span class="visually-hidden" safe>{` ${row.label}`}</span>
              </a>
            </dd>
          ) : (
            ''
          )}
        </div>
      ))}
    </dl>
  );
}

export function answerRows(
  fields: readonly FormField[],
  values: FormValues,
  changeHref?: (field: FormField) => string,
): AnswerRow[] {
  return fields.map((field) => ({
    label: field.label,
    value: displayAnswer(field, values[field.key]),
    changeHref: changeHref?.(field),
  }));
}
