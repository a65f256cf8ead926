import {
  ErrorMessage,
  ErrorSummary,
  parseDate,
  titleWithErrors,
  type SubmittedBody,
  type PageErrors,
} from '../../forms';
import { formatDate } from '../../format/vi-format';
import { ConsoleLayout } from '../console-layout';
import type { PageContext } from '../../layout/page-context';

export const HOLIDAYS_PATH = '/can-bo/quan-tri/ngay-nghi';
export const holidaysPath = (year: number) => `${HOLIDAYS_PATH}?nam=${year}`;

export interface HolidayRow {
  date: string;
  name: string;
}

const EMPTY_ROWS = 3;
const MAX_ROWS = 366;
const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];

export const holidayInputId = (row: number, prop: 'date' | 'name') => `holiday-${row}-${prop}`;

function weekday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? '' : WEEKDAYS[day.getUTCDay()];
}

/**
 * The rows of the holiday form, blank rows left out (so the rows shown back, and the API's
 * `items.<n>` errors, are numbered as sent); a date typed dd/mm/yyyy is read as well.
 */
export function readHolidayRows(body: SubmittedBody): HolidayRow[] {
  const text = (name: string) => {
    const value = body[name];
    return ((Array.isArray(value) ? value[value.length - 1] : value) ?? '').trim();
  };
  const count = Math.min(Math.max(0, Number(text('rows')) || 0), MAX_ROWS);
  const rows: HolidayRow[] = [];
  for (let i = 0; i < count; i++) {
    const date = text(`items.${i}.date`);
    const name = text(`items.${i}.name`);
    if (date === '' && name === '') continue;
    rows.push({ date: parseDate(date) ?? date, name });
  }
  return rows;
}

/**
 * A year's public holidays: read by an agency's administrator, edited by the system
 * administrator (rows of date and name; "thêm dòng" adds empty rows, a row left blank is
 * removed). Working days, and so appointment dates, change as soon as the table is saved.
 */
export function HolidaysPage({
  page,
  year,
  rows,
  editable,
  extraRows = 0,
  errors,
}: {
  page: PageContext;
  year: number;
  rows: HolidayRow[];
  editable: boolean;
  extraRows?: number;
  errors: PageErrors;
}): JSX.Element {
  const title = `Ngày nghỉ lễ năm ${year}`;
  const shown = editable
    ? [
        ...rows,
        ...Array.from({ length: EMPTY_ROWS * (1 + extraRows) }, () => ({ date: '', name: '' })),
      ]
    : rows;
  return (
    <ConsoleLayout page={page} title={titleWithErrors(title, errors.summary.length)}>
      <ErrorSummary errors={errors.summary} />
      <h1 safe>{title}</h1>
      <p class="lead">
        Ngày nghỉ lễ, tết không tính vào ngày làm việc khi tính ngày hẹn trả kết quả.
      </p>
      <nav aria-label="Chọn năm">
        <p>
          <a href={holidaysPath(year - 1)} safe>
            {`Năm ${year - 1}`}
          </a>{' '}
          ·{' '}
          <a href={holidaysPath(year + 1)} safe>
            {`Năm ${year + 1}`}
          </a>
        </p>
      </nav>
      {editable ? (
        <form method="post" action={`${HOLIDAYS_PATH}/${year}`} novalidate>
          <input type="hidden" name="_csrf" value={page.csrf()} />
          <input type="hidden" name="rows" value={String(shown.length)} />
          <p class="hint">Để trống cả ngày và tên để bỏ một dòng.</p>
          <div class="table-wrap" tabindex="0" role="region" aria-label={title}>
            <table class="editor-table">
              <caption class="visually-hidden" safe>
                {title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Ngày</th>
                  <th scope="col">Tên ngày nghỉ</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row, i) => (
                  <tr>
                    <th scope="row" safe>
                      {String(i + 1)}
                    </th>
                    <RowCell
                      id={holidayInputId(i, 'date')}
                      name={`items.${i}.date`}
                      label={`Ngày ${i + 1}`}
                      type="date"
                      value={row.date}
                      error={errors.byTarget.get(holidayInputId(i, 'date'))}
                    />
                    <RowCell
                      id={holidayInputId(i, 'name')}
                      name={`items.${i}.name`}
                      label={`Tên ngày nghỉ ${i + 1}`}
                      type="text"
                      value={row.name}
                      error={errors.byTarget.get(holidayInputId(i, 'name'))}
                    />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="button-group">
            <button type="submit" class="button" name="action" value="luu">
              Lưu ngày nghỉ
            </button>
            <button type="submit" class="button button--secondary" name="action" value="them-dong">
              Thêm dòng
            </button>
          </div>
        </form>
      ) : rows.length === 0 ? (
        <p>Chưa có ngày nghỉ nào trong năm này.</p>
      ) : (
        <div class="table-wrap" tabindex="0" role="region" aria-label={title}>
          <table>
            <caption safe>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Ngày</th>
                <th scope="col">Thứ</th>
                <th scope="col">Tên ngày nghỉ</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <td safe>{formatDate(row.date)}</td>
                  <td safe>{weekday(row.date)}</td>
                  <th scope="row" safe>
                    {row.name}
                  </th>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable ? '' : <p class="muted">Chỉ quản trị hệ thống được sửa bảng ngày nghỉ.</p>}
    </ConsoleLayout>
  );
}

function RowCell({
  id,
  name,
  label,
  type,
  value,
  error,
}: {
  id: string;
  name: string;
  label: string;
  type: string;
  value: string;
  error?: string;
}): JSX.Element {
  return (
    <td class={error ? 'form-group--error' : undefined}>
      <label class="visually-hidden" for={id} safe>
        {label}
      </label>
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : ''}
      <input
        class={['input', error ? 'input--error' : undefined]}
        type={type}
        id={id}
        name={name}
        value={value}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? 'true' : undefined}
      />
    </td>
  );
}
