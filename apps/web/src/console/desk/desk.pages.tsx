import {
  AnswerList,
  ErrorMessage,
  ErrorSummary,
  FieldInput,
  answerRows,
  fieldId,
  titleWithErrors,
  type FormField,
  type RawValues,
  type PageErrors,
} from '../../forms';
import { formatDate, formatFee, formatWorkingDays } from '../../format/vi-format';
import { ConsoleLayout } from '../console-layout';
import type { PageContext } from '../../layout/page-context';
import { ACCEPTED_FILE_TYPES } from '../../citizen/uploads';
import type { components } from '../../api/api-client';
import {
  ADDRESS_FIELDS,
  APPLICANT_FIELDS,
  scanFileName,
  scanIdName,
  scanNameName,
  scanTargetId,
  type Channel,
  type DeliveryMethod,
  type DeskEntry,
  type UploadedScan,
} from './desk-entry';

type Procedure = components['schemas']['ProcedureDto'];
type Dossier = components['schemas']['DossierResponse'];

export const DESK_PATH = '/can-bo/tiep-nhan';
export const entryPath = (procedureCode: string) =>
  `${DESK_PATH}/thu-tuc/${encodeURIComponent(procedureCode)}`;
export const receivedPath = (dossierCode: string) =>
  `${DESK_PATH}/ho-so/${encodeURIComponent(dossierCode)}`;
export const receiptPdfPath = (dossierCode: string) =>
  `${receivedPath(dossierCode)}/giay-tiep-nhan.pdf`;

function Csrf({ page }: { page: PageContext }): JSX.Element {
  return <input type="hidden" name="_csrf" value={page.csrf()} />;
}

/** Choosing the procedure of the paper dossier: a search over the catalogue. */
export function ChooseProcedurePage({
  page,
  query,
  procedures,
  total,
}: {
  page: PageContext;
  query: string;
  procedures: Procedure[];
  total: number;
}): JSX.Element {
  return (
    <ConsoleLayout page={page} title="Tiếp nhận hồ sơ giấy">
      <h1>Tiếp nhận hồ sơ giấy</h1>
      <p class="lead">
        Nhập hồ sơ công dân nộp tại quầy hoặc gửi qua bưu điện. Chọn thủ tục của hồ sơ.
      </p>
      <form method="get" action={DESK_PATH} role="search" class="search-form">
        <label class="label" for="q">
          Tìm thủ tục theo tên hoặc mã
        </label>
        <div class="search-form__row">
          <input class="input" type="search" id="q" name="q" value={query} />
          <button type="submit" class="button">
            Tìm
          </button>
        </div>
      </form>
      {procedures.length === 0 ? (
        <p>Không tìm thấy thủ tục nào.</p>
      ) : (
        <div class="table-wrap" tabindex="0" role="region" aria-label="Danh sách thủ tục">
          <table>
            <caption safe>
              {total > procedures.length
                ? `${procedures.length} trên ${total} thủ tục; tìm theo tên để thu hẹp`
                : `${total} thủ tục`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Thủ tục</th>
                <th scope="col">Cơ quan giải quyết</th>
                <th scope="col">Thời hạn</th>
                <th scope="col">
                  <span class="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {procedures.map((p) => (
                <tr>
                  <th scope="row">
                    <span safe>{p.name}</span>
                    <br />
                    <span class="muted" safe>
                      {p.code}
                    </span>
                  </th>
                  <td safe>{p.agencyName}</td>
                  <td safe>{formatWorkingDays(p.processingDays)}</td>
                  <td>
                    <a href={entryPath(p.code)}>
                      Tiếp nhận<span class="visually-hidden" safe>{` hồ sơ ${p.name}`}</span>
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

export interface EntryFormProps {
  page: PageContext;
  procedure: Procedure;
  raw: RawValues;
  channel: Channel;
  deliveryMethod: DeliveryMethod;
  scans: Record<string, UploadedScan>;
  errors: PageErrors;
}

/**
 * The whole paper dossier on one page (the desk's PC has the room): the applicant, the
 * procedure's questions generated from its fields, a scan per document, how it came and how
 * the result goes back. One multipart form, so the scans go with everything else; a scan sent
 * before an error is kept (its id in a hidden input) and may be replaced.
 */
export function EntryFormPage(props: EntryFormProps): JSX.Element {
  const { page, procedure, raw, channel, deliveryMethod, scans, errors } = props;
  const action = `${entryPath(procedure.code)}?_csrf=${encodeURIComponent(page.csrf())}`;
  const fields = procedure.fields as FormField[];
  return (
    <ConsoleLayout
      page={page}
      title={titleWithErrors(`Tiếp nhận: ${procedure.name}`, errors.summary.length)}
    >
      <a class="back-link" href={DESK_PATH}>
        Chọn thủ tục khác
      </a>
      <ErrorSummary errors={errors.summary} />
      <p class="caption">Tiếp nhận hồ sơ giấy</p>
      <h1 safe>{procedure.name}</h1>
      <p class="muted" safe>
        {`${procedure.code} · ${procedure.agencyName} · ${formatWorkingDays(procedure.processingDays)} · ${formatFee(procedure.fee)}`}
      </p>
      <form method="post" action={action} enctype="multipart/form-data" novalidate>
        <fieldset class="fieldset">
          <legend class="fieldset__legend">Người nộp hồ sơ</legend>
          {APPLICANT_FIELDS.map((field) => (
            <FieldInput
              field={field}
              value={raw[field.key]}
              error={errors.byTarget.get(fieldId(field.key))}
            />
          ))}
        </fieldset>
        {fields.length > 0 ? (
          <fieldset class="fieldset">
            <legend class="fieldset__legend">Thông tin tờ khai</legend>
            {fields.map((field) => (
              <FieldInput
                field={field}
                value={raw[field.key]}
                error={errors.byTarget.get(fieldId(field.key))}
              />
            ))}
          </fieldset>
        ) : (
          ''
        )}
        <fieldset class="fieldset">
          <legend class="fieldset__legend">Bản quét giấy tờ</legend>
          <p class="hint">Mỗi tệp PDF, JPG hoặc PNG, không quá 10 MB.</p>
          {procedure.requiredDocuments.map((doc) => (
            <ScanInput
              doc={doc}
              scan={scans[doc.code]}
              error={errors.byTarget.get(scanTargetId(doc.code))}
            />
          ))}
        </fieldset>
        <ChoiceGroup
          name="channel"
          legend="Hồ sơ đến bằng cách nào?"
          value={channel}
          error={errors.byTarget.get('channel-COUNTER')}
          choices={[
            { value: 'COUNTER', label: 'Công dân nộp trực tiếp tại quầy' },
            { value: 'POSTAL', label: 'Hồ sơ giấy gửi đến qua bưu điện' },
          ]}
        />
        <ChoiceGroup
          name="deliveryMethod"
          legend="Công dân nhận kết quả bằng cách nào?"
          value={deliveryMethod}
          error={errors.byTarget.get('delivery-COUNTER')}
          choices={[
            { value: 'COUNTER', label: 'Nhận tại Bộ phận tiếp nhận và trả kết quả' },
            ...(procedure.postalDelivery
              ? [{ value: 'POSTAL', label: 'Nhận qua bưu điện tại địa chỉ dưới đây' }]
              : []),
          ]}
        />
        {procedure.postalDelivery ? (
          <fieldset class="fieldset">
            <legend class="fieldset__legend fieldset__legend--small">
              Địa chỉ nhận kết quả (chỉ cần khi nhận qua bưu điện)
            </legend>
            {ADDRESS_FIELDS.map((field) => (
              <FieldInput
                field={field}
                value={raw[field.key]}
                error={errors.byTarget.get(fieldId(field.key))}
              />
            ))}
          </fieldset>
        ) : (
          <p class="hint">Thủ tục này không trả kết quả qua bưu điện.</p>
        )}
        <button type="submit" class="button">
          Kiểm tra trước khi tiếp nhận
        </button>
      </form>
    </ConsoleLayout>
  );
}

function ScanInput({
  doc,
  scan,
  error,
}: {
  doc: { code: string; name: string; required: boolean };
  scan?: UploadedScan;
  error?: string;
}): JSX.Element {
  const id = scanTargetId(doc.code);
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const hint = scan ? `Đã tải lên: ${scan.fileName}. Chọn tệp khác để thay.` : 'Chưa có bản quét.';
  return (
    <div class={['form-group', error ? 'form-group--error' : undefined]}>
      <label class="label" for={id}>
        <span safe>{doc.name}</span>
        {doc.required ? '' : <span class="label__optional"> (không bắt buộc)</span>}
      </label>
      <p class="hint" id={hintId} safe>
        {hint}
      </p>
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : ''}
      {scan ? (
        <>
          <input type="hidden" name={scanIdName(doc.code)} value={scan.fileId} />
          <input type="hidden" name={scanNameName(doc.code)} value={scan.fileName} />
        </>
      ) : (
        ''
      )}
      <input
        class="file-input"
        type="file"
        id={id}
        name={scanFileName(doc.code)}
        accept={ACCEPTED_FILE_TYPES}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

function ChoiceGroup({
  name,
  legend,
  value,
  error,
  choices,
}: {
  name: string;
  legend: string;
  value: string;
  error?: string;
  choices: { value: string; label: string }[];
}): JSX.Element {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div class={['form-group', error ? 'form-group--error' : undefined]}>
      <fieldset class="fieldset" aria-describedby={errorId}>
        <legend class="fieldset__legend" safe>
          {legend}
        </legend>
        {error && errorId ? <ErrorMessage id={errorId} message={error} /> : ''}
        {choices.map((choice) => (
          <div class="radio">
            <input
              class="radio__input"
              type="radio"
              id={`${name}-${choice.value}`}
              name={name}
              value={choice.value}
              checked={value === choice.value}
            />
            <label class="radio__label" for={`${name}-${choice.value}`} safe>
              {choice.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

const CHANNEL_LABELS: Record<Channel, string> = {
  COUNTER: 'Nộp trực tiếp tại quầy',
  POSTAL: 'Gửi đến qua bưu điện',
};

/**
 * "Check before receiving": everything entered, read back, and one button that receives the
 * dossier. The entry travels in a hidden input with the key fixed here, so pressing twice (or
 * a retry) files one dossier.
 */
export function CheckEntryPage({
  page,
  procedure,
  entry,
  idempotencyKey,
}: {
  page: PageContext;
  procedure: Procedure;
  entry: DeskEntry;
  idempotencyKey: string;
}): JSX.Element {
  const carried = JSON.stringify(entry);
  const address = entry.deliveryAddress;
  return (
    <ConsoleLayout page={page} title={`Kiểm tra trước khi tiếp nhận: ${procedure.name}`}>
      <p class="caption" safe>
        {procedure.name}
      </p>
      <h1>Kiểm tra trước khi tiếp nhận</h1>
      <h2>Người nộp hồ sơ</h2>
      <AnswerList
        rows={[
          { label: 'Họ và tên', value: entry.applicant.fullName },
          { label: 'Số định danh cá nhân', value: entry.applicant.nationalId },
          { label: 'Số điện thoại', value: entry.applicant.phone },
          { label: 'Email', value: entry.applicant.email ?? 'Không có' },
        ]}
      />
      {procedure.fields.length > 0 ? (
        <>
          <h2>Thông tin tờ khai</h2>
          <AnswerList rows={answerRows(procedure.fields as FormField[], entry.formData)} />
        </>
      ) : (
        ''
      )}
      <h2>Bản quét giấy tờ</h2>
      <AnswerList
        rows={procedure.requiredDocuments.map((doc) => ({
          label: doc.name,
          value: entry.scans[doc.code]?.fileName ?? 'Không có',
        }))}
      />
      <h2>Tiếp nhận và trả kết quả</h2>
      <AnswerList
        rows={[
          { label: 'Hồ sơ đến', value: CHANNEL_LABELS[entry.channel] },
          {
            label: 'Nhận kết quả',
            value:
              entry.deliveryMethod === 'POSTAL' && address
                ? `Qua bưu điện: ${address.recipientName}, ${address.phone}, ${address.street}, ${address.ward}, ${address.district}, ${address.province}`
                : 'Tại Bộ phận tiếp nhận và trả kết quả',
          },
        ]}
      />
      <div class="button-group">
        <form method="post" action={`${entryPath(procedure.code)}/tiep-nhan`}>
          <Csrf page={page} />
          <input type="hidden" name="entry" value={carried} />
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
          <button type="submit" class="button">
            Tiếp nhận hồ sơ
          </button>
        </form>
        <form method="post" action={`${entryPath(procedure.code)}/sua`}>
          <Csrf page={page} />
          <input type="hidden" name="entry" value={carried} />
          <button type="submit" class="button button--secondary">
            Sửa thông tin
          </button>
        </form>
      </div>
    </ConsoleLayout>
  );
}

/** The dossier received: its code, the one-time claim code, the receipt to print. */
export function ReceivedPage({
  page,
  dossier,
  claimCode,
}: {
  page: PageContext;
  dossier: Dossier;
  claimCode?: string;
}): JSX.Element {
  const code = dossier.code ?? '';
  return (
    <ConsoleLayout page={page} title={`Đã tiếp nhận hồ sơ ${code}`}>
      <div class="confirmation">
        <h1>Đã tiếp nhận hồ sơ</h1>
        <p>Mã hồ sơ</p>
        <p class="confirmation__code code" safe>
          {code}
        </p>
      </div>
      <dl class="facts">
        <dt>Thủ tục</dt>
        <dd safe>{dossier.procedureName}</dd>
        <dt>Người nộp</dt>
        <dd safe>{dossier.applicant?.fullName ?? ''}</dd>
        <dt>Ngày hẹn trả kết quả</dt>
        <dd safe>{formatDate(dossier.appointmentDate)}</dd>
        {claimCode ? (
          <>
            <dt>Mã nhận hồ sơ (dùng một lần)</dt>
            <dd class="code desk-claim-code" safe>
              {claimCode}
            </dd>
          </>
        ) : (
          ''
        )}
      </dl>
      {claimCode ? (
        <p>
          Công dân dùng mã hồ sơ và mã nhận hồ sơ để thêm hồ sơ vào tài khoản của mình trên cổng
          (mục “Hồ sơ của tôi”). Mã nhận được in trên giấy tiếp nhận.
        </p>
      ) : (
        ''
      )}
      <p>
        <a class="button" href={receiptPdfPath(code)}>
          In giấy tiếp nhận (Mẫu 01, PDF)
        </a>
      </p>
      <p>
        <a href={DESK_PATH}>Tiếp nhận hồ sơ khác</a>
      </p>
    </ConsoleLayout>
  );
}
