import type { components } from '../../api/api-client';
import {
  ErrorMessage,
  ErrorSummary,
  FieldInput,
  FormGroup,
  groupAria,
  titleWithErrors,
  type FormField,
  type PageErrors,
} from '../../forms';
import { formatFee, formatWorkingDays } from '../../format/vi-format';
import { ConsoleLayout } from '../console-layout';
import type { PageContext } from '../../layout/page-context';
import {
  FIELD_TYPES,
  documentInputId,
  fieldInputId,
  previewFields,
  procedureInputId,
  type EditorState,
} from './procedure-editor';

type Procedure = components['schemas']['ProcedureDto'];

export const PROCEDURES_ADMIN_PATH = '/can-bo/quan-tri/thu-tuc';
export const newProcedurePath = `${PROCEDURES_ADMIN_PATH}/them`;
export const editProcedurePath = (code: string) =>
  `${PROCEDURES_ADMIN_PATH}/sua/${encodeURIComponent(code)}`;

export function ProcedureListPage({
  page,
  agencyCode,
  procedures,
}: {
  page: PageContext;
  agencyCode?: string;
  procedures: Procedure[];
}): JSX.Element {
  const lead = agencyCode
    ? `Các thủ tục của cơ quan ${agencyCode}: tờ khai, giấy tờ phải nộp, thời hạn và lệ phí.`
    : 'Các thủ tục trong danh mục: tờ khai, giấy tờ phải nộp, thời hạn và lệ phí.';
  return (
    <ConsoleLayout page={page} title="Thủ tục hành chính">
      <h1>Thủ tục hành chính</h1>
      <p class="lead" safe>
        {lead}
      </p>
      <p>
        <a class="button" href={newProcedurePath}>
          Thêm thủ tục
        </a>
      </p>
      {procedures.length === 0 ? (
        <p>Chưa có thủ tục nào.</p>
      ) : (
        <div class="table-wrap" tabindex="0" role="region" aria-label="Danh sách thủ tục">
          <table>
            <caption>Danh sách thủ tục</caption>
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Tên thủ tục</th>
                <th scope="col">Thời hạn</th>
                <th scope="col">Lệ phí</th>
                <th scope="col" class="number">
                  Trường tờ khai
                </th>
                <th scope="col" class="number">
                  Giấy tờ
                </th>
                <th scope="col">
                  <span class="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {procedures.map((p) => (
                <tr>
                  <td safe>{p.code}</td>
                  <th scope="row" safe>
                    {p.name}
                  </th>
                  <td safe>{formatWorkingDays(p.processingDays)}</td>
                  <td safe>{formatFee(p.fee)}</td>
                  <td class="number" safe>
                    {String(p.fields.length)}
                  </td>
                  <td class="number" safe>
                    {String(p.requiredDocuments.length)}
                  </td>
                  <td>
                    <a href={editProcedurePath(p.code)}>
                      Sửa<span class="visually-hidden" safe>{` ${p.name}`}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ConsoleLayout>
  );
}

interface TextInputProps {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  inputClass?: string;
  readonly?: boolean;
  inputmode?: string;
}

function TextGroup({
  id,
  name,
  label,
  value,
  error,
  hint,
  inputClass,
  readonly,
  inputmode,
}: TextInputProps): JSX.Element {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        class={['input', inputClass, error ? 'input--error' : undefined]}
        type="text"
        id={id}
        name={name}
        value={value}
        readonly={readonly}
        inputmode={inputmode}
        {...groupAria(id, Boolean(hint), error)}
      />
    </FormGroup>
  );
}

function TextAreaGroup({
  id,
  name,
  label,
  value,
  error,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string;
}): JSX.Element {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class={['form-group', error ? 'form-group--error' : undefined]}>
      <label class="label" for={id}>
        <span safe>{label}</span>
        <span class="label__optional"> (không bắt buộc)</span>
      </label>
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : ''}
      <textarea
        class="input"
        id={id}
        name={name}
        rows="3"
        maxlength="2000"
        aria-describedby={errorId}
        aria-invalid={error ? 'true' : undefined}
        safe
      >
        {value}
      </textarea>
    </div>
  );
}

/** The input of a table cell: its id and name, its (visually hidden) label, its error. */
interface CellInputProps {
  id: string;
  name: string;
  label: string;
  error?: string;
}

/** The cells of row `row` of the fields' or the documents' table, by the row's property. */
function rowCells(
  list: 'fields' | 'documents',
  inputId: (row: number, prop: string) => string,
  row: number,
  errorOf: (id: string) => string | undefined,
): (prop: string, label: string) => CellInputProps {
  return (prop, label) => ({
    id: inputId(row, prop),
    name: `${list}.${row}.${prop}`,
    label: `${label} ${row + 1}`,
    error: errorOf(inputId(row, prop)),
  });
}

/** A cell's input with its own (visually hidden) label, and its error above it. */
function Cell({
  id,
  label,
  error,
  children,
}: Omit<CellInputProps, 'name'> & { children: JSX.Element }): JSX.Element {
  return (
    <td class={error ? 'form-group--error' : undefined}>
      <label class="visually-hidden" for={id} safe>
        {label}
      </label>
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : ''}
      {children}
    </td>
  );
}

/**
 * One of the editor's tables of rows (fields, documents): a numbered row per item, its cells
 * given by `rows`, one per column after the number.
 */
function EditorTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: JSX.Element[];
}): JSX.Element {
  return (
    <div class="table-wrap" tabindex="0" role="region" aria-label={caption}>
      <table class="editor-table">
        <caption class="visually-hidden" safe>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {columns.map((column) => (
              <th scope="col" safe>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr>
              <th scope="row" safe>
                {String(i + 1)}
              </th>
              {cells}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TextCell({
  id,
  name,
  label,
  error,
  value,
  spellcheck,
  inputmode,
}: CellInputProps & { value: string; spellcheck?: string; inputmode?: string }): JSX.Element {
  return (
    <Cell id={id} label={label} error={error}>
      <input
        class="input"
        type="text"
        inputmode={inputmode}
        id={id}
        name={name}
        value={value}
        spellcheck={spellcheck}
        {...cellAria(id, error)}
      />
    </Cell>
  );
}

function CheckCell({
  id,
  name,
  label,
  error,
  checked,
}: CellInputProps & { checked: boolean }): JSX.Element {
  return (
    <Cell id={id} label={label} error={error}>
      <input type="checkbox" id={id} name={name} value="true" checked={checked} />
    </Cell>
  );
}

function cellAria(id: string, error?: string): Record<string, string | undefined> {
  return {
    'aria-describedby': error ? `${id}-error` : undefined,
    'aria-invalid': error ? 'true' : undefined,
  };
}

/**
 * The procedure editor: properties, the field list and the documents as rows (a row left
 * blank is no row; "thêm dòng" adds empty rows, no script needed), a preview of the citizen's
 * form made by the portal's own form generation, and save.
 */
export function ProcedureEditorPage({
  page,
  creating,
  state,
  errors,
  preview,
}: {
  page: PageContext;
  creating: boolean;
  state: EditorState;
  errors: PageErrors;
  /** The fields to preview, when "Xem trước" was pressed. */
  preview?: FormField[];
}): JSX.Element {
  const title = creating ? 'Thêm thủ tục' : `Sửa thủ tục ${state.code}`;
  const action = creating ? newProcedurePath : editProcedurePath(state.code);
  const err = (id: string) => errors.byTarget.get(id);
  return (
    <ConsoleLayout page={page} title={titleWithErrors(title, errors.summary.length)}>
      <a class="back-link" href={PROCEDURES_ADMIN_PATH}>
        Danh sách thủ tục
      </a>
      <ErrorSummary errors={errors.summary} />
      <h1 safe>{title}</h1>
      <form method="post" action={action} novalidate>
        <input type="hidden" name="_csrf" value={page.csrf()} />
        <input type="hidden" name="fieldRows" value={String(state.fields.length)} />
        <input type="hidden" name="documentRows" value={String(state.documents.length)} />
        <fieldset class="fieldset">
          <legend class="fieldset__legend">Thông tin thủ tục</legend>
          {creating ? (
            <TextGroup
              id={procedureInputId('code')}
              name="code"
              label="Mã thủ tục"
              hint="Mã trong Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.001193."
              value={state.code}
              error={err(procedureInputId('code'))}
              inputClass="input--id"
            />
          ) : (
            <input type="hidden" name="code" value={state.code} />
          )}
          <TextGroup
            id={procedureInputId('name')}
            name="name"
            label="Tên thủ tục"
            value={state.name}
            error={err(procedureInputId('name'))}
          />
          <TextGroup
            id={procedureInputId('agencyCode')}
            name="agencyCode"
            label="Mã cơ quan giải quyết"
            value={state.agencyCode}
            error={err(procedureInputId('agencyCode'))}
            inputClass="input--id"
            readonly={!creating}
          />
          <TextGroup
            id={procedureInputId('processingDays')}
            name="processingDays"
            label="Thời hạn giải quyết (ngày làm việc)"
            value={state.processingDays}
            error={err(procedureInputId('processingDays'))}
            inputClass="input--short"
            inputmode="numeric"
          />
          <TextGroup
            id={procedureInputId('fee')}
            name="fee"
            label="Lệ phí (đồng)"
            value={state.fee}
            error={err(procedureInputId('fee'))}
            inputClass="input--short"
            inputmode="numeric"
          />
          <fieldset class="fieldset">
            <legend class="fieldset__legend fieldset__legend--small">
              Mức độ dịch vụ trực tuyến
            </legend>
            <div class="radio">
              <input
                class="radio__input"
                type="radio"
                id={procedureInputId('onlineLevel')}
                name="onlineLevel"
                value="FULL"
                checked={state.onlineLevel !== 'PARTIAL'}
              />
              <label class="radio__label" for={procedureInputId('onlineLevel')}>
                Toàn trình
              </label>
            </div>
            <div class="radio">
              <input
                class="radio__input"
                type="radio"
                id="proc-onlineLevel-partial"
                name="onlineLevel"
                value="PARTIAL"
                checked={state.onlineLevel === 'PARTIAL'}
              />
              <label class="radio__label" for="proc-onlineLevel-partial">
                Một phần
              </label>
            </div>
          </fieldset>
          <div class="checkbox">
            <input
              class="checkbox__input"
              type="checkbox"
              id={procedureInputId('postalDelivery')}
              name="postalDelivery"
              value="true"
              checked={state.postalDelivery}
            />
            <label class="checkbox__label" for={procedureInputId('postalDelivery')}>
              Trả kết quả qua bưu điện
            </label>
          </div>
          <TextAreaGroup
            id={procedureInputId('purpose')}
            name="purpose"
            label="Thủ tục dùng để làm gì"
            value={state.purpose}
            error={err(procedureInputId('purpose'))}
          />
          <TextAreaGroup
            id={procedureInputId('eligibility')}
            name="eligibility"
            label="Ai được thực hiện"
            value={state.eligibility}
            error={err(procedureInputId('eligibility'))}
          />
        </fieldset>

        <h2>Các trường của tờ khai</h2>
        <p class="hint">
          Mỗi dòng là một câu hỏi, theo thứ tự hiển thị. Mã trường gồm chữ cái không dấu, chữ số và
          “_”, bắt đầu bằng chữ cái. Với kiểu “Chọn một trong danh sách”, ghi mỗi lựa chọn trên một
          dòng. Xoá mã và nhãn để bỏ một dòng.
        </p>
        <EditorTable
          caption="Các trường của tờ khai"
          columns={[
            'Mã trường',
            'Nhãn',
            'Kiểu',
            'Bắt buộc',
            'Lựa chọn',
            'Tối đa ký tự',
            'Nhỏ nhất',
            'Lớn nhất',
          ]}
          rows={state.fields.map((row, i) => {
            const cell = rowCells('fields', fieldInputId, i, err);
            const typeCell = cell('type', 'Kiểu');
            const optionsCell = cell('options', 'Lựa chọn');
            return (
              <>
                <TextCell {...cell('key', 'Mã trường')} value={row.key} spellcheck="false" />
                <TextCell {...cell('label', 'Nhãn')} value={row.label} />
                <Cell {...typeCell}>
                  <select
                    class="input"
                    id={typeCell.id}
                    name={typeCell.name}
                    {...cellAria(typeCell.id, typeCell.error)}
                  >
                    {FIELD_TYPES.map((type) => (
                      <option value={type.value} selected={row.type === type.value} safe>
                        {type.label}
                      </option>
                    ))}
                  </select>
                </Cell>
                <CheckCell {...cell('required', 'Bắt buộc')} checked={row.required} />
                <Cell {...optionsCell}>
                  <textarea
                    class="input"
                    id={optionsCell.id}
                    name={optionsCell.name}
                    rows="2"
                    {...cellAria(optionsCell.id, optionsCell.error)}
                    safe
                  >
                    {row.options}
                  </textarea>
                </Cell>
                <TextCell
                  {...cell('maxLength', 'Tối đa ký tự')}
                  value={row.maxLength}
                  inputmode="decimal"
                />
                <TextCell {...cell('min', 'Nhỏ nhất')} value={row.min} inputmode="decimal" />
                <TextCell {...cell('max', 'Lớn nhất')} value={row.max} inputmode="decimal" />
              </>
            );
          })}
        />
        <p>
          <button type="submit" class="button button--secondary" name="action" value="them-truong">
            Thêm dòng trường
          </button>
        </p>

        <h2>Giấy tờ phải nộp</h2>
        <p class="hint">Xoá mã và tên để bỏ một dòng.</p>
        <EditorTable
          caption="Giấy tờ phải nộp"
          columns={['Mã giấy tờ', 'Tên giấy tờ', 'Bắt buộc']}
          rows={state.documents.map((row, i) => {
            const cell = rowCells('documents', documentInputId, i, err);
            return (
              <>
                <TextCell {...cell('code', 'Mã giấy tờ')} value={row.code} spellcheck="false" />
                <TextCell {...cell('name', 'Tên giấy tờ')} value={row.name} />
                <CheckCell
                  {...cell('required', 'Bắt buộc')}
                  error={undefined}
                  checked={row.required}
                />
              </>
            );
          })}
        />
        <p>
          <button type="submit" class="button button--secondary" name="action" value="them-giay-to">
            Thêm dòng giấy tờ
          </button>
        </p>
        <div class="button-group">
          <button type="submit" class="button" name="action" value="luu">
            Lưu thủ tục
          </button>
          <button type="submit" class="button button--secondary" name="action" value="xem-truoc">
            Xem trước tờ khai
          </button>
        </div>
      </form>
      {preview ? <Preview fields={preview} /> : ''}
    </ConsoleLayout>
  );
}

/** The citizen's form as the portal will show it, made by the same form generation. */
function Preview({ fields }: { fields: FormField[] }): JSX.Element {
  const shown = previewFields(fields);
  return (
    <section class="preview" id="xem-truoc" aria-labelledby="xem-truoc-title">
      <h2 id="xem-truoc-title">Xem trước tờ khai của công dân</h2>
      <p class="hint">Bản xem trước, không gửi đi được.</p>
      {shown.length === 0 ? (
        <p>Tờ khai chưa có trường nào.</p>
      ) : (
        shown.map((field) => <FieldInput field={field} />)
      )}
    </section>
  );
}
