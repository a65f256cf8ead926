import type { PropsWithChildren } from '@kitajs/html';
import {
  AnswerList,
  ErrorMessage,
  ErrorSummary,
  FieldInput,
  answerRows,
  fieldId,
  titleWithErrors,
  type FormField,
  type FormValues,
  type RawValues,
  type PageErrors,
} from '../../forms';
import { formatDate, formatFee, formatWorkingDays } from '../../format/vi-format';
import { assetUrl } from '../../assets/assets';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../layout/page-context';
import { Csrf } from '../account/account.pages';
import { ACCEPTED_FILE_TYPES } from '../uploads';
import type { JourneyStep } from './filing-journey';
import { stepPath } from './filing-journey';
import type { Dossier, Procedure } from './filing.types';
import { ADDRESS_FIELDS } from './filing.types';

interface StepFrameProps {
  page: PageContext;
  procedure: Procedure;
  title: string;
  steps: readonly JourneyStep[];
  current: JourneyStep;
  draftId: string;
  errors: PageErrors;
}

/** The frame of every step: a back link, where the person is, the errors, the heading. */
function StepFrame({
  page,
  procedure,
  title,
  steps,
  current,
  draftId,
  errors,
  children,
}: PropsWithChildren<StepFrameProps>): JSX.Element {
  const index = steps.findIndex((step) => step.slug === current.slug);
  const back =
    index > 0
      ? stepPath(procedure.code, draftId, steps[index - 1].slug)
      : `/nop-ho-so/${encodeURIComponent(procedure.code)}`;
  return (
    <Layout
      page={page}
      title={titleWithErrors(`${title} – ${procedure.name}`, errors.summary.length)}
    >
      <div class="narrow">
        <a class="back-link" href={back}>
          Quay lại
        </a>
        <ErrorSummary errors={errors.summary} />
        <p class="caption">
          <span safe>{procedure.name}</span>
          <br />
          <span safe>{`Bước ${index + 1} trên ${steps.length}`}</span>
        </p>
        <h1 safe>{title}</h1>
        {children ?? ''}
        <p class="save-note">
          Thông tin được lưu sau mỗi bước. Bạn có thể quay lại sau từ “Hồ sơ của tôi”.
        </p>
      </div>
    </Layout>
  );
}

export function StartPage({
  page,
  procedure,
  drafts,
  idempotencyKey,
}: {
  page: PageContext;
  procedure: Procedure;
  drafts: Dossier[];
  idempotencyKey: string;
}): JSX.Element {
  return (
    <Layout page={page} title={`Nộp hồ sơ – ${procedure.name}`}>
      <div class="narrow">
        <p class="caption">Nộp hồ sơ trực tuyến</p>
        <h1 safe>{procedure.name}</h1>
        <p>
          Lệ phí: <strong safe>{formatFee(procedure.fee)}</strong>. Thời hạn giải quyết:{' '}
          <strong safe>{formatWorkingDays(procedure.processingDays)}</strong> kể từ khi hồ sơ được
          tiếp nhận.
        </p>
        <h2>Bạn cần chuẩn bị</h2>
        <ul class="list">
          {procedure.requiredDocuments.map((doc) => (
            <li>
              <span safe>{doc.name}</span>
              {doc.required ? '' : ' (nếu có)'}
            </li>
          ))}
        </ul>
        <p>Bản chụp bằng điện thoại hoặc tệp PDF đều được, mỗi tệp không quá 10 MB.</p>
        {drafts.length > 0 ? (
          <div class="panel">
            <h2>Bạn có bản nháp chưa nộp</h2>
            <ul class="list">
              {drafts.map((draft) => (
                <li>
                  <a href={`/nop-ho-so/${encodeURIComponent(procedure.code)}/${draft.id}`}>
                    Tiếp tục bản nháp
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          ''
        )}
        <form method="post" action={`/nop-ho-so/${encodeURIComponent(procedure.code)}`}>
          <Csrf page={page} />
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
          <button type="submit" class="button button--start">
            {drafts.length > 0 ? 'Bắt đầu hồ sơ mới' : 'Bắt đầu'}
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function FormStepPage(
  props: StepFrameProps & { fields: FormField[]; raw: RawValues },
): JSX.Element {
  const { page, procedure, current, draftId, fields, raw, errors } = props;
  return (
    <StepFrame {...props}>
      <form method="post" action={stepPath(procedure.code, draftId, current.slug)} novalidate>
        <Csrf page={page} />
        {fields.map((field) => (
          <FieldInput
            field={field}
            value={raw[field.key]}
            error={errors.byTarget.get(fieldId(field.key))}
          />
        ))}
        <button type="submit" class="button">
          Lưu và tiếp tục
        </button>
      </form>
    </StepFrame>
  );
}

export function documentTargetId(code: string): string {
  return `doc-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** One upload form per document: works without script; the camera is offered on phones. */
export function DocumentUpload({
  action,
  csrf,
  doc,
  attached,
  error,
  removeAction,
}: {
  action: string;
  csrf: string;
  doc: { code: string; name: string; required: boolean };
  attached?: { fileName: string };
  error?: string;
  removeAction?: string;
}): JSX.Element {
  const id = documentTargetId(doc.code);
  const errorId = `${id}-error`;
  const uploadUrl = `${action}?_csrf=${encodeURIComponent(csrf)}`;
  return (
    <div class={['document', error ? 'form-group--error' : undefined]}>
      <h2 class="document__name">
        <span safe>{doc.name}</span>
        {doc.required || /nếu có/i.test(doc.name) ? (
          ''
        ) : (
          <span class="label__optional"> (nếu có)</span>
        )}
      </h2>
      {attached ? (
        <p class="document__attached">
          <span class="tag tag--done">Đã tải lên</span> <span safe>{attached.fileName}</span>
        </p>
      ) : (
        ''
      )}
      {error ? <ErrorMessage id={errorId} message={error} /> : ''}
      <form
        method="post"
        action={uploadUrl}
        enctype="multipart/form-data"
        class="upload"
        data-upload=""
      >
        <label class="label" for={id}>
          {attached ? 'Thay bằng tệp khác' : 'Chọn tệp (PDF, JPG, PNG)'}
        </label>
        <input
          class="file-input"
          type="file"
          id={id}
          name="file"
          accept={ACCEPTED_FILE_TYPES}
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? 'true' : undefined}
        />
        <button type="submit" class="button button--secondary">
          Tải lên
        </button>
      </form>
      <details class="camera">
        <summary class="camera__summary">Hoặc chụp ảnh bằng điện thoại</summary>
        <form
          method="post"
          action={uploadUrl}
          enctype="multipart/form-data"
          class="upload"
          data-upload=""
        >
          <label class="label" for={`${id}-camera`}>
            Chụp ảnh giấy tờ
          </label>
          <input
            class="file-input"
            type="file"
            id={`${id}-camera`}
            name="file"
            accept="image/jpeg,image/png"
            attrs={{ capture: 'environment' }}
          />
          <button type="submit" class="button button--secondary">
            Tải ảnh lên
          </button>
        </form>
      </details>
      {attached && removeAction ? (
        <form method="post" action={removeAction}>
          <input type="hidden" name="_csrf" value={csrf} />
          <button type="submit" class="link-button">
            Xóa tệp<span class="visually-hidden" safe>{` ${doc.name}`}</span>
          </button>
        </form>
      ) : (
        ''
      )}
    </div>
  );
}

/** Upload progress, from a file; the forms work the same without it. */
export function UploadProgressScript(): JSX.Element {
  return <script src={assetUrl('upload-progress.js')} defer></script>;
}

export function DocumentsPage(props: StepFrameProps & { dossier: Dossier }): JSX.Element {
  const { page, procedure, current, draftId, dossier, errors } = props;
  const attachedBy = new Map(dossier.attachments.map((a) => [a.documentCode, a]));
  const base = stepPath(procedure.code, draftId, current.slug);
  return (
    <StepFrame {...props}>
      <p>
        Tải lên từng giấy tờ. Có thể chụp ảnh bằng điện thoại hoặc chọn tệp PDF, mỗi tệp không quá
        10 MB.
      </p>
      {procedure.requiredDocuments.map((doc) => (
        <DocumentUpload
          action={`${base}/${encodeURIComponent(doc.code)}`}
          csrf={page.csrf()}
          doc={doc}
          attached={attachedBy.get(doc.code)}
          error={errors.byTarget.get(documentTargetId(doc.code))}
          removeAction={`${base}/${encodeURIComponent(doc.code)}/xoa`}
        />
      ))}
      <form method="post" action={base}>
        <Csrf page={page} />
        <button type="submit" class="button">
          Tiếp tục
        </button>
      </form>
      <UploadProgressScript />
    </StepFrame>
  );
}

export function DeliveryPage(
  props: StepFrameProps & { method: 'COUNTER' | 'POSTAL'; raw: RawValues },
): JSX.Element {
  const { page, procedure, current, draftId, method, raw, errors } = props;
  const methodError = errors.byTarget.get('delivery-counter');
  return (
    <StepFrame {...props}>
      <form method="post" action={stepPath(procedure.code, draftId, current.slug)} novalidate>
        <Csrf page={page} />
        <div class={['form-group', 'delivery', methodError ? 'form-group--error' : undefined]}>
          <fieldset class="fieldset" aria-describedby={methodError ? 'delivery-error' : undefined}>
            <legend class="fieldset__legend">Bạn muốn nhận kết quả bằng cách nào?</legend>
            {methodError ? <ErrorMessage id="delivery-error" message={methodError} /> : ''}
            <div class="radio">
              <input
                class="radio__input"
                type="radio"
                id="delivery-counter"
                name="deliveryMethod"
                value="COUNTER"
                checked={method === 'COUNTER'}
              />
              <label class="radio__label" for="delivery-counter">
                Nhận tại Bộ phận tiếp nhận và trả kết quả
              </label>
            </div>
            {procedure.postalDelivery ? (
              <div class="radio">
                <input
                  class="radio__input"
                  type="radio"
                  id="delivery-postal"
                  name="deliveryMethod"
                  value="POSTAL"
                  checked={method === 'POSTAL'}
                />
                <label class="radio__label" for="delivery-postal">
                  Nhận qua bưu điện tại địa chỉ của bạn
                </label>
              </div>
            ) : (
              ''
            )}
          </fieldset>
          {procedure.postalDelivery ? (
            <fieldset class="fieldset delivery__address">
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
        </div>
        <button type="submit" class="button">
          Lưu và tiếp tục
        </button>
      </form>
    </StepFrame>
  );
}

export function CheckPage(
  props: StepFrameProps & { dossier: Dossier; idempotencyKey: string },
): JSX.Element {
  const { page, procedure, steps, draftId, dossier, idempotencyKey } = props;
  const values = dossier.formData as FormValues;
  const attachedBy = new Map(dossier.attachments.map((a) => [a.documentCode, a]));
  const address = dossier.deliveryAddress;
  return (
    <StepFrame {...props}>
      {steps
        .filter((step) => step.kind === 'form')
        .map((step) => (
          <>
            <h2 class="heading-m" safe>
              {`Thông tin tờ khai (phần ${step.index + 1})`}
            </h2>
            <AnswerList
              rows={answerRows(
                step.fields,
                values,
                (field) => `${stepPath(procedure.code, draftId, step.slug)}#${fieldId(field.key)}`,
              )}
            />
          </>
        ))}
      <h2 class="heading-m">Giấy tờ</h2>
      <AnswerList
        rows={procedure.requiredDocuments.map((doc) => ({
          label: doc.name,
          value: attachedBy.get(doc.code)?.fileName ?? (doc.required ? 'Chưa tải lên' : 'Không có'),
          changeHref: `${stepPath(procedure.code, draftId, 'giay-to')}#${documentTargetId(doc.code)}`,
        }))}
      />
      <h2 class="heading-m">Nhận kết quả</h2>
      <AnswerList
        rows={[
          {
            label: 'Cách nhận',
            value:
              dossier.deliveryMethod === 'POSTAL'
                ? 'Qua bưu điện'
                : 'Tại Bộ phận tiếp nhận và trả kết quả',
            changeHref: stepPath(procedure.code, draftId, 'nhan-ket-qua'),
          },
          ...(dossier.deliveryMethod === 'POSTAL' && address
            ? [
                {
                  label: 'Địa chỉ',
                  value: [
                    address.recipientName,
                    address.phone,
                    address.street,
                    address.ward,
                    address.district,
                    address.province,
                  ]
                    .filter(Boolean)
                    .join(', '),
                  changeHref: stepPath(procedure.code, draftId, 'nhan-ket-qua'),
                },
              ]
            : []),
        ]}
      />
      <h2 class="heading-m">Gửi hồ sơ</h2>
      <p>Khi bấm “Nộp hồ sơ”, bạn xác nhận thông tin đã khai là đúng sự thật.</p>
      <form method="post" action={stepPath(procedure.code, draftId, 'kiem-tra')}>
        <Csrf page={page} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <button type="submit" class="button">
          Nộp hồ sơ
        </button>
      </form>
    </StepFrame>
  );
}

export function ConfirmationPage({
  page,
  dossier,
  procedure,
  trackingUrl,
  safeQrSvg,
}: {
  page: PageContext;
  dossier: Dossier;
  procedure: Procedure;
  trackingUrl: string;
  safeQrSvg: string;
}): JSX.Element {
  const code = dossier.code ?? '';
  const ref = encodeURIComponent(code);
  return (
    <Layout page={page} title="Đã nộp hồ sơ">
      <div class="narrow">
        <div class="confirmation">
          <h1 class="confirmation__title">Đã nộp hồ sơ</h1>
          <p class="confirmation__label">Mã hồ sơ của bạn</p>
          <p class="confirmation__code" safe>
            {code}
          </p>
        </div>
        <p>
          Hãy ghi lại mã hồ sơ. Chúng tôi đã gửi mã này và đường dẫn tra cứu đến thư điện tử của bạn
          (nếu có).
        </p>
        <h2>Điều gì xảy ra tiếp theo</h2>
        <ol class="list list--number">
          <li>
            <span safe>{procedure.agencyName}</span> kiểm tra hồ sơ. Nếu cần bổ sung, bạn sẽ được
            báo một lần, ghi rõ tất cả giấy tờ còn thiếu.
          </li>
          <li>
            Khi hồ sơ được tiếp nhận, ngày hẹn trả kết quả được tính:{' '}
            <strong safe>{formatWorkingDays(procedure.processingDays)}</strong> kể từ ngày tiếp
            nhận, không tính thứ Bảy, Chủ nhật và ngày lễ. Hồ sơ nhận ngoài giờ hành chính được tính
            từ ngày làm việc tiếp theo.
          </li>
          <li>
            {dossier.deliveryMethod === 'POSTAL'
              ? 'Khi có kết quả, bưu điện sẽ chuyển đến địa chỉ bạn đã khai.'
              : 'Khi có kết quả, bạn mang giấy tờ tùy thân đến Bộ phận tiếp nhận và trả kết quả để nhận.'}
          </li>
        </ol>
        {dossier.appointmentDate ? (
          <p>
            Ngày hẹn trả kết quả: <strong safe>{formatDate(dossier.appointmentDate)}</strong>
          </p>
        ) : (
          ''
        )}
        <h2>Giấy tiếp nhận và tra cứu</h2>
        {dossier.receivedAt ? (
          <p>
            <a href={`/ho-so/${ref}/bieu-mau/receipt.pdf`}>
              Tải giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF)
            </a>
          </p>
        ) : (
          <p>
            Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) có ở{' '}
            <a href={`/ho-so/${ref}`}>trang hồ sơ</a> ngay khi cơ quan tiếp nhận hồ sơ.
          </p>
        )}
        <div class="qr">
          <div class="qr__image" role="img" aria-label="Mã QR của trang tra cứu hồ sơ">
            {safeQrSvg}
          </div>
          <p class="qr__text">
            Quét mã để tra cứu hồ sơ, hoặc mở{' '}
            <a href={trackingUrl} safe>
              {trackingUrl}
            </a>
          </p>
        </div>
        <p>
          <a class="button" href={`/ho-so/${ref}`}>
            Xem hồ sơ
          </a>{' '}
          <a href="/ho-so-cua-toi">Hồ sơ của tôi</a>
        </p>
      </div>
    </Layout>
  );
}
