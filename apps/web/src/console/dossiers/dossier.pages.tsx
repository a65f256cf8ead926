import type { components } from '../../api/api-client';
import { ACCEPTED_FILE_TYPES } from '../../citizen/uploads';
import { actionInWords } from '../../citizen/dossiers/dossier-guide';
import {
  AnswerList,
  answerRows,
  ErrorMessage,
  ErrorSummary,
  titleWithErrors,
  type FormField,
  type FormValues,
  type SummaryError,
} from '../../forms';
import {
  deliveryMethodLabel,
  deliveryStatusLabel,
  formatDate,
  formatDateTime,
  statusLabel,
} from '../../format/vi-format';
import type { PageContext } from '../../layout/page-context';
import { ConsoleLayout } from '../console-layout';
import { ACTION_TEXTS, type OfficialAction } from './dossier-actions';
import { WORK_LIST_PATH } from './work-list.pages';

type Dossier = components['schemas']['DossierResponse'];
type Procedure = components['schemas']['ProcedureDto'];
type HistoryEntry = components['schemas']['HistoryEntryDto'];

/** The printable forms of Circular 01/2018 an official may open, by file name. */
export const CONSOLE_FORMS = {
  receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)',
  'supplement-request': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
  refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)',
  apology: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)',
  'control-sheet': 'Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05)',
} as const;
export type ConsoleForm = keyof typeof CONSOLE_FORMS;

/** The forms the dossier has reached (the API answers 409 for the others). */
export function availableForms(dossier: Dossier): ConsoleForm[] {
  const forms: ConsoleForm[] = [];
  if (dossier.receivedAt) forms.push('receipt');
  if (dossier.supplementRequest) forms.push('supplement-request');
  if (dossier.rejection) forms.push('refusal');
  if (dossier.extension) forms.push('apology');
  if (dossier.receivedAt) forms.push('control-sheet');
  return forms;
}

export function dossierConsolePath(dossier: { code: string | null; id: string }): string {
  return `${WORK_LIST_PATH}/${dossier.code ?? dossier.id}`;
}

/** What an action's form sent back, shown again with its errors. */
export interface ActionFormState {
  action: OfficialAction;
  values: Record<string, string | string[]>;
  errors: Map<string, string>;
  summary: SummaryError[];
}

export interface DossierView {
  dossier: Dossier;
  history: HistoryEntry[];
  procedure?: Procedure;
  actions: OfficialAction[];
  specialists: { id: string; fullName: string }[];
  idempotencyKey: string;
  /** An action refused because the dossier moved meanwhile (another official acted). */
  conflict?: string;
  form?: ActionFormState;
  today: string;
}

const IMAGE_NAME = /\.(png|jpe?g)$/i;

export function DossierDetailPage({
  page,
  view,
}: {
  page: PageContext;
  view: DossierView;
}): JSX.Element {
  const { dossier } = view;
  const ref = dossier.code ?? dossier.id;
  const errors = view.form?.summary ?? [];
  return (
    <ConsoleLayout page={page} title={titleWithErrors(`Hồ sơ ${ref}`, errors.length)}>
      <a class="back-link" href={WORK_LIST_PATH}>
        Danh sách hồ sơ
      </a>
      <ErrorSummary errors={errors} />
      {view.conflict ? (
        <div class="notice notice--warning" role="alert">
          <p safe>{view.conflict}</p>
        </div>
      ) : (
        ''
      )}
      <h1>
        Hồ sơ{' '}
        <span class="code" safe>
          {ref}
        </span>
      </h1>
      <p>
        <strong class="status" safe>
          {dossier.statusLabel}
        </strong>
        {dossier.overdue ? (
          <>
            {' '}
            <strong class="tag tag--attention">Quá hạn</strong>
          </>
        ) : (
          ''
        )}
      </p>
      <div class="dossier-columns">
        <div>
          <Overview dossier={dossier} />
          <Applicant dossier={dossier} />
          <FormDataSection dossier={dossier} procedure={view.procedure} />
          <Attachments dossier={dossier} procedure={view.procedure} />
          <Decisions dossier={dossier} procedure={view.procedure} />
          <History entries={view.history} />
        </div>
        <div>
          <Actions page={page} view={view} />
          <PrintableForms dossier={dossier} />
        </div>
      </div>
    </ConsoleLayout>
  );
}

function Overview({ dossier }: { dossier: Dossier }): JSX.Element {
  const channel =
    dossier.channel === 'ONLINE'
      ? 'Trực tuyến'
      : dossier.channel === 'POSTAL'
        ? 'Qua bưu chính'
        : 'Trực tiếp tại Bộ phận một cửa';
  return (
    <section aria-labelledby="tong-quan">
      <h2 id="tong-quan">Thông tin hồ sơ</h2>
      <AnswerList
        rows={[
          { label: 'Thủ tục', value: `${dossier.procedureName} (${dossier.procedureCode})` },
          { label: 'Hình thức nộp', value: channel },
          { label: 'Ngày nộp', value: formatDateTime(dossier.submittedAt) || '—' },
          {
            label: 'Ngày tiếp nhận',
            value: formatDateTime(dossier.receivedAt) || 'Chưa tiếp nhận',
          },
          {
            label: 'Hạn trả kết quả',
            value: dossier.appointmentDate
              ? `${formatDate(dossier.appointmentDate)}${dossier.overdue ? ' (đã quá hạn)' : ''}`
              : 'Chưa có (hẹn khi tiếp nhận)',
          },
          { label: 'Chuyên viên xử lý', value: dossier.assignee?.fullName ?? 'Chưa giao' },
          { label: 'Nhận kết quả', value: deliveryMethodLabel(dossier.deliveryMethod) },
          ...(dossier.delivery
            ? [
                {
                  label: 'Chuyển phát',
                  value: `${deliveryStatusLabel(dossier.delivery.status)}${
                    dossier.delivery.trackingNumber
                      ? `, mã vận đơn ${dossier.delivery.trackingNumber}`
                      : ''
                  }`,
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}

function Applicant({ dossier }: { dossier: Dossier }): JSX.Element {
  const a = dossier.applicant;
  const address = dossier.deliveryAddress;
  return (
    <section aria-labelledby="nguoi-nop">
      <h2 id="nguoi-nop">Người nộp</h2>
      <AnswerList
        rows={[
          { label: 'Họ và tên', value: a.fullName },
          { label: 'Số định danh cá nhân', value: a.nationalId },
          { label: 'Số điện thoại', value: a.phone ?? '—' },
          { label: 'Thư điện tử', value: a.email ?? '—' },
          ...(address
            ? [
                {
                  label: 'Địa chỉ nhận kết quả',
                  value: [
                    `${address.recipientName}, ${address.phone};`,
                    address.street,
                    address.ward,
                    address.district,
                    address.province,
                  ]
                    .filter(Boolean)
                    .join(', '),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}

function FormDataSection({
  dossier,
  procedure,
}: {
  dossier: Dossier;
  procedure?: Procedure;
}): JSX.Element {
  const fields = (procedure?.fields ?? []) as FormField[];
  const known = new Set(fields.map((f) => f.key));
  // answers to fields the procedure no longer has are still shown, under their key
  const others = Object.keys(dossier.formData)
    .filter((key) => !known.has(key))
    .map((key) => ({ label: key, value: String(dossier.formData[key]) }));
  return (
    <section aria-labelledby="to-khai">
      <h2 id="to-khai">Nội dung tờ khai</h2>
      <AnswerList rows={[...answerRows(fields, dossier.formData as FormValues), ...others]} />
    </section>
  );
}

function documentNameOf(procedure: Procedure | undefined, code: string): string {
  return procedure?.requiredDocuments.find((d) => d.code === code)?.name ?? code;
}

const PROBLEM_TEXTS: Record<string, string> = {
  MISSING: 'không tìm thấy tệp đã lưu',
  HASH_MISMATCH: 'nội dung tệp đã thay đổi sau khi tải lên',
  UNVERIFIED: 'chưa kiểm tra được (lỗi kho lưu trữ), hãy kiểm tra tệp trực tiếp',
};

function Attachments({
  dossier,
  procedure,
}: {
  dossier: Dossier;
  procedure?: Procedure;
}): JSX.Element {
  const ref = dossier.code ?? dossier.id;
  const check = dossier.attachmentCheck;
  return (
    <section aria-labelledby="giay-to">
      <h2 id="giay-to">Giấy tờ đính kèm</h2>
      {check ? (
        check.ok ? (
          <p class="notice" safe>
            {`Kiểm tra tự động lúc ${formatDateTime(check.verifiedAt)}: ${check.checked} tệp đầy đủ, đúng nội dung đã nộp.`}
          </p>
        ) : (
          <div class="notice notice--warning">
            <p
              safe
            >{`Kiểm tra tự động lúc ${formatDateTime(check.verifiedAt)} phát hiện vấn đề:`}</p>
            <ul>
              {check.problems.map((problem) => (
                <li safe>
                  {`${documentNameOf(procedure, problem.documentCode)}: ${PROBLEM_TEXTS[problem.problem] ?? problem.problem}`}
                </li>
              ))}
            </ul>
          </div>
        )
      ) : (
        <p class="hint">Giấy tờ chưa được hệ thống kiểm tra tự động.</p>
      )}
      {dossier.attachments.length === 0 ? (
        <p>Không có giấy tờ đính kèm.</p>
      ) : (
        <ul class="attachments">
          {dossier.attachments.map((attachment) => {
            const href = `${WORK_LIST_PATH}/${ref}/tep/${attachment.fileId}`;
            const name = documentNameOf(procedure, attachment.documentCode);
            return (
              <li class="attachments__item">
                <p class="attachments__name" safe>
                  {name}
                </p>
                <p>
                  <a href={href} target="_blank" rel="noopener">
                    <span safe>{attachment.fileName}</span>
                    <span class="visually-hidden"> (mở trong thẻ mới)</span>
                  </a>
                </p>
                {IMAGE_NAME.test(attachment.fileName) ? (
                  <img
                    class="attachments__image"
                    src={href}
                    alt={`Ảnh giấy tờ: ${name}`}
                    loading="lazy"
                  />
                ) : (
                  ''
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** What officials decided so far: supplement request, refusal, proposal and approval, extension. */
function Decisions({
  dossier,
  procedure,
}: {
  dossier: Dossier;
  procedure?: Procedure;
}): JSX.Element {
  const rows: { label: string; value: string }[] = [];
  if (dossier.supplementRequest) {
    const s = dossier.supplementRequest;
    rows.push({
      label: 'Yêu cầu bổ sung',
      value: `${s.reason}${s.documents.length ? ` (giấy tờ: ${s.documents.map((c) => documentNameOf(procedure, c)).join('; ')})` : ''} – ${s.requestedBy.name}, ${formatDateTime(s.requestedAt)}`,
    });
  }
  if (dossier.rejection) {
    rows.push({
      label: 'Lý do từ chối',
      value: `${dossier.rejection.reason} – ${dossier.rejection.rejectedBy.name}`,
    });
  }
  if (dossier.result) {
    const r = dossier.result;
    rows.push({
      label: 'Kết quả đề xuất',
      value: `${r.outcome === 'GRANTED' ? 'Giải quyết' : 'Không giải quyết'}: ${r.summary} – ${r.proposedBy.name}`,
    });
    if (r.approvedAt) {
      rows.push({
        label: 'Phê duyệt',
        value: `${r.approvedBy?.name ?? ''}, ${formatDateTime(r.approvedAt)}`,
      });
    }
  }
  if (dossier.extension) {
    rows.push({
      label: 'Hẹn lại ngày trả',
      value: `${formatDate(dossier.extension.newAppointmentDate)} – ${dossier.extension.reason}`,
    });
  }
  if (rows.length === 0) return '';
  return (
    <section aria-labelledby="y-kien">
      <h2 id="y-kien">Ý kiến xử lý</h2>
      <AnswerList rows={rows} />
      {dossier.result?.resultFileId ? (
        <p>
          <a
            href={`${WORK_LIST_PATH}/${dossier.code ?? dossier.id}/tep/${dossier.result.resultFileId}`}
          >
            Tệp kết quả đã ký
          </a>
        </p>
      ) : (
        ''
      )}
    </section>
  );
}

function History({ entries }: { entries: HistoryEntry[] }): JSX.Element {
  return (
    <section aria-labelledby="qua-trinh">
      <h2 id="qua-trinh">Quá trình xử lý</h2>
      <ol class="timeline">
        {entries.map((entry) => (
          <li>
            <p class="timeline__what" safe>
              {actionInWords(entry.action, statusLabel(entry.toStatus))}
            </p>
            <p class="timeline__when" safe>
              {`${formatDateTime(entry.at)} · ${entry.actor.name}`}
            </p>
            {entry.note ? (
              <p class="timeline__note" safe>
                {entry.note}
              </p>
            ) : (
              ''
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function PrintableForms({ dossier }: { dossier: Dossier }): JSX.Element {
  const forms = availableForms(dossier);
  if (forms.length === 0) return '';
  const ref = dossier.code ?? dossier.id;
  return (
    <section aria-labelledby="bieu-mau">
      <h2 id="bieu-mau">Biểu mẫu in</h2>
      <ul class="list">
        {forms.map((form) => (
          <li>
            <a href={`${WORK_LIST_PATH}/${ref}/bieu-mau/${form}.pdf`}>{CONSOLE_FORMS[form]}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Actions({ page, view }: { page: PageContext; view: DossierView }): JSX.Element {
  return (
    <section aria-labelledby="thao-tac" class="actions">
      <h2 id="thao-tac">Thao tác</h2>
      {view.actions.length === 0 ? (
        <p>Hồ sơ ở trạng thái này không có thao tác nào dành cho bạn.</p>
      ) : (
        view.actions.map((action) => <ActionForm page={page} view={view} action={action} />)
      )}
    </section>
  );
}

function ActionForm({
  page,
  view,
  action,
}: {
  page: PageContext;
  view: DossierView;
  action: OfficialAction;
}): JSX.Element {
  const path = `${dossierConsolePath(view.dossier)}/${action}`;
  const texts = ACTION_TEXTS[action];
  const state = view.form?.action === action ? view.form : undefined;
  const value = (name: string) => {
    const v = state?.values[name];
    return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
  };
  const id = (name: string) => `${action}-${name}`;
  const headingId = `tt-${action}`;
  const key = <input type="hidden" name="idempotencyKey" value={view.idempotencyKey} />;
  if (action === 'approve') {
    // a multipart form: its body is read as a stream, so the CSRF token and the key ride in the address
    const actionUrl = `${path}?_csrf=${encodeURIComponent(page.csrf())}&key=${view.idempotencyKey}`;
    return (
      <form
        method="post"
        action={actionUrl}
        enctype="multipart/form-data"
        class="action"
        aria-labelledby={headingId}
      >
        <h3 id={headingId} safe>
          {texts.heading}
        </h3>
        <Upload id={id('file')} error={state?.errors.get(id('file'))} />
        <button type="submit" class="button" safe>
          {texts.button}
        </button>
      </form>
    );
  }
  return (
    <form method="post" action={path} class="action" aria-labelledby={headingId} novalidate>
      <h3 id={headingId} safe>
        {texts.heading}
      </h3>
      <input type="hidden" name="_csrf" value={page.csrf()} />
      {key}
      {action === 'request-supplement' ? (
        <DocumentChoice view={view} id={id('documents')} state={state} />
      ) : (
        ''
      )}
      {action === 'assign' ? (
        <Select
          id={id('assigneeId')}
          name="assigneeId"
          label="Chuyên viên xử lý"
          options={view.specialists.map((s) => ({ value: s.id, label: s.fullName }))}
          value={value('assigneeId')}
          error={state?.errors.get(id('assigneeId'))}
        />
      ) : (
        ''
      )}
      {action === 'propose' ? (
        <>
          <Select
            id={id('outcome')}
            name="outcome"
            label="Kết quả đề xuất"
            options={[
              { value: 'GRANTED', label: 'Giải quyết (cấp kết quả)' },
              { value: 'REFUSED', label: 'Không giải quyết' },
            ]}
            value={value('outcome')}
            error={state?.errors.get(id('outcome'))}
          />
          <TextArea
            id={id('summary')}
            name="summary"
            label="Nội dung kết quả giải quyết"
            value={value('summary')}
            error={state?.errors.get(id('summary'))}
            maxLength={4000}
          />
        </>
      ) : (
        ''
      )}
      {action === 'extend' ? (
        <div
          class={[
            'form-group',
            state?.errors.get(id('newAppointmentDate')) ? 'form-group--error' : undefined,
          ]}
        >
          <label class="label" for={id('newAppointmentDate')}>
            Ngày hẹn trả mới
          </label>
          {state?.errors.get(id('newAppointmentDate')) ? (
            <ErrorMessage
              id={`${id('newAppointmentDate')}-error`}
              message={state.errors.get(id('newAppointmentDate'))!}
            />
          ) : (
            ''
          )}
          <input
            class="input input--date"
            type="date"
            id={id('newAppointmentDate')}
            name="newAppointmentDate"
            value={value('newAppointmentDate')}
            min={view.dossier.appointmentDate ?? view.today}
            required
          />
        </div>
      ) : (
        ''
      )}
      {['reject', 'request-supplement', 'send-back', 'extend'].includes(action) ? (
        <TextArea
          id={id('reason')}
          name="reason"
          label={
            action === 'extend'
              ? 'Thư xin lỗi người nộp (lý do chậm trả kết quả)'
              : action === 'request-supplement'
                ? 'Nội dung cần bổ sung, hoàn thiện'
                : action === 'reject'
                  ? 'Lý do từ chối'
                  : 'Lý do trả lại'
          }
          value={value('reason')}
          error={state?.errors.get(id('reason'))}
          maxLength={2000}
        />
      ) : (
        ''
      )}
      <button
        type="submit"
        class={['button', action === 'reject' ? 'button--warning' : undefined]}
        safe
      >
        {texts.button}
      </button>
    </form>
  );
}

function TextArea(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string;
  maxLength: number;
}): JSX.Element {
  return (
    <div class={['form-group', props.error ? 'form-group--error' : undefined]}>
      <label class="label" for={props.id} safe>
        {props.label}
      </label>
      {props.error ? <ErrorMessage id={`${props.id}-error`} message={props.error} /> : ''}
      <textarea
        class={['input', props.error ? 'input--error' : undefined]}
        id={props.id}
        name={props.name}
        rows="4"
        maxlength={String(props.maxLength)}
        required
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        safe
      >
        {props.value}
      </textarea>
    </div>
  );
}

function Select(props: {
  id: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value: string;
  error?: string;
}): JSX.Element {
  return (
    <div class={['form-group', props.error ? 'form-group--error' : undefined]}>
      <label class="label" for={props.id} safe>
        {props.label}
      </label>
      {props.error ? <ErrorMessage id={`${props.id}-error`} message={props.error} /> : ''}
      <select
        class={['input', props.error ? 'input--error' : undefined]}
        id={props.id}
        name={props.name}
        required
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        aria-invalid={props.error ? 'true' : undefined}
      >
        <option value="">Chọn</option>
        {props.options.map((option) => (
          <option value={option.value} selected={props.value === option.value} safe>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DocumentChoice({
  view,
  id,
  state,
}: {
  view: DossierView;
  id: string;
  state?: ActionFormState;
}): JSX.Element {
  const documents = view.procedure?.requiredDocuments ?? [];
  if (documents.length === 0) return '';
  const chosen = new Set([state?.values.documents ?? []].flat());
  return (
    <fieldset class="fieldset">
      <legend class="fieldset__legend fieldset__legend--small">Giấy tờ cần bổ sung (nếu có)</legend>
      {documents.map((document, index) => (
        <div class="checkbox">
          <input
            class="checkbox__input"
            type="checkbox"
            id={`${id}-${index}`}
            name="documents"
            value={document.code}
            checked={chosen.has(document.code)}
          />
          <label class="checkbox__label" for={`${id}-${index}`} safe>
            {document.name}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function Upload({ id, error }: { id: string; error?: string }): JSX.Element {
  return (
    <div class={['form-group', error ? 'form-group--error' : undefined]}>
      <label class="label" for={id}>
        Tệp kết quả đã ký (không bắt buộc)
      </label>
      <p class="hint" id={`${id}-hint`}>
        PDF, ảnh JPG hoặc PNG.
      </p>
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : ''}
      <input
        class="file-input"
        type="file"
        id={id}
        name="file"
        accept={ACCEPTED_FILE_TYPES}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      />
    </div>
  );
}
