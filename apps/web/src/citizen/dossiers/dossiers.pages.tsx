import type { components } from '../../api/api-client';
import { ErrorSummary, titleWithErrors, type SummaryError } from '../../forms';
import {
  deliveryMethodLabel,
  deliveryStatusLabel,
  formatDate,
  formatDateTime,
  statusLabel,
} from '../../format/vi-format';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../layout/page-context';
import { Csrf } from '../account/account.pages';
import { DocumentUpload, UploadProgressScript, documentTargetId } from '../filing/filing.pages';
import type { Dossier, Procedure } from '../filing/filing.types';
import {
  PRINTABLE_FORM_TITLES,
  actionInWords,
  canWithdraw,
  nextThing,
  printableForms,
} from './dossier-guide';

type HistoryEntry = components['schemas']['HistoryEntryDto'];

/** The address of a dossier's page: by code, or by id while it is a draft. */
export function dossierPath(dossier: Pick<Dossier, 'code' | 'id'>): string {
  return `/ho-so/${encodeURIComponent(dossier.code ?? dossier.id)}`;
}

function StatusTag({ dossier }: { dossier: Dossier }): JSX.Element {
  const kind =
    dossier.status === 'DRAFT'
      ? 'tag--draft'
      : dossier.status === 'SUPPLEMENT_REQUIRED' || dossier.overdue
        ? 'tag--attention'
        : dossier.status === 'RETURNED' || dossier.status === 'RESULT_READY'
          ? 'tag--done'
          : '';
  return (
    <strong class={['tag', kind]} safe>
      {dossier.status === 'DRAFT' ? 'Bản nháp – chưa nộp' : dossier.statusLabel}
    </strong>
  );
}

export function MyDossiersPage({
  page,
  dossiers,
  total,
  pageNumber,
  limit,
}: {
  page: PageContext;
  dossiers: Dossier[];
  total: number;
  pageNumber: number;
  limit: number;
}): JSX.Element {
  const drafts = dossiers.filter((d) => d.status === 'DRAFT');
  const filed = dossiers.filter((d) => d.status !== 'DRAFT');
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <Layout page={page} title="Hồ sơ của tôi">
      <h1>Hồ sơ của tôi</h1>
      {dossiers.length === 0 ? (
        <p>
          Bạn chưa có hồ sơ nào. <a href="/">Tìm thủ tục để nộp hồ sơ</a>. Nếu bạn đã nộp hồ sơ tại
          Bộ phận một cửa, hãy quét mã QR trên giấy tiếp nhận để đưa hồ sơ vào tài khoản.
        </p>
      ) : (
        ''
      )}
      {drafts.length > 0 ? (
        <section aria-labelledby="drafts-title">
          <h2 id="drafts-title">Bản nháp chưa nộp</h2>
          <p>Những hồ sơ này chưa được gửi đến cơ quan. Hãy tiếp tục và nộp khi đã đủ.</p>
          <ul class="dossier-list">
            {drafts.map((d) => (
              <li class="dossier-list__item dossier-list__item--draft">
                <StatusTag dossier={d} />
                <p class="dossier-list__name" safe>
                  {d.procedureName}
                </p>
                <a
                  class="button button--secondary"
                  href={`/nop-ho-so/${encodeURIComponent(d.procedureCode)}/${d.id}`}
                >
                  Tiếp tục<span class="visually-hidden" safe>{` ${d.procedureName}`}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}
      {filed.length > 0 ? (
        <section aria-labelledby="filed-title">
          <h2 id="filed-title">Hồ sơ đã nộp</h2>
          <ul class="dossier-list">
            {filed.map((d) => (
              <li class="dossier-list__item">
                <a class="dossier-list__code" href={dossierPath(d)} safe>
                  {d.code ?? ''}
                </a>
                <p class="dossier-list__name" safe>
                  {d.procedureName}
                </p>
                <p>
                  <StatusTag dossier={d} />
                  {d.appointmentDate ? (
                    <span safe>{` Hẹn trả: ${formatDate(d.appointmentDate)}`}</span>
                  ) : (
                    ''
                  )}
                  {d.overdue ? <span> – quá hạn</span> : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}
      {pages > 1 ? (
        <nav class="pagination" aria-label="Trang">
          {pageNumber > 1 ? <a href={`/ho-so-cua-toi?trang=${pageNumber - 1}`}>Trang trước</a> : ''}
          <span safe>{` Trang ${pageNumber} / ${pages} `}</span>
          {pageNumber < pages ? (
            <a href={`/ho-so-cua-toi?trang=${pageNumber + 1}`}>Trang sau</a>
          ) : (
            ''
          )}
        </nav>
      ) : (
        ''
      )}
    </Layout>
  );
}

export interface SupplementState {
  files: Record<string, { fileId: string; fileName: string }>;
  errors: Map<string, string>;
  summary: SummaryError[];
  idempotencyKey: string;
}

export function DossierPage({
  page,
  dossier,
  history,
  procedure,
  supplement,
}: {
  page: PageContext;
  dossier: Dossier;
  history: HistoryEntry[];
  procedure?: Procedure;
  supplement: SupplementState;
}): JSX.Element {
  const path = dossierPath(dossier);
  const next = nextThing(dossier);
  const forms = printableForms(dossier);
  const documentName = (code: string) =>
    procedure?.requiredDocuments.find((d) => d.code === code)?.name ?? code;
  return (
    <Layout
      page={page}
      title={titleWithErrors(`Hồ sơ ${dossier.code ?? ''}`, supplement.summary.length)}
    >
      <ErrorSummary errors={supplement.summary} />
      <p class="caption" safe>
        {dossier.procedureName}
      </p>
      <h1>
        Hồ sơ{' '}
        <span class="code" safe>
          {dossier.code ?? 'chưa nộp'}
        </span>
      </h1>
      <p>
        Trạng thái: <StatusTag dossier={dossier} />
      </p>
      <dl class="summary-list">
        {dossier.submittedAt ? (
          <div class="summary-list__row">
            <dt class="summary-list__key">Ngày nộp</dt>
            <dd class="summary-list__value" safe>
              {formatDateTime(dossier.submittedAt)}
            </dd>
          </div>
        ) : (
          ''
        )}
        {dossier.receivedAt ? (
          <div class="summary-list__row">
            <dt class="summary-list__key">Ngày tiếp nhận</dt>
            <dd class="summary-list__value" safe>
              {formatDateTime(dossier.receivedAt)}
            </dd>
          </div>
        ) : (
          ''
        )}
        <div class="summary-list__row">
          <dt class="summary-list__key">Hẹn trả kết quả</dt>
          <dd class="summary-list__value">
            {dossier.appointmentDate ? (
              <span safe>{formatDate(dossier.appointmentDate)}</span>
            ) : (
              'Có khi hồ sơ được tiếp nhận'
            )}
            {dossier.overdue ? <strong class="tag tag--attention">Quá hạn</strong> : ''}
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">Nhận kết quả</dt>
          <dd class="summary-list__value" safe>
            {deliveryMethodLabel(dossier.deliveryMethod)}
          </dd>
        </div>
        {dossier.delivery ? (
          <div class="summary-list__row">
            <dt class="summary-list__key">Chuyển phát</dt>
            <dd class="summary-list__value" safe>
              {`${deliveryStatusLabel(dossier.delivery.status)}${dossier.delivery.trackingNumber ? ` – mã bưu gửi ${dossier.delivery.trackingNumber}` : ''}`}
            </dd>
          </div>
        ) : (
          ''
        )}
      </dl>

      <section class={['panel', next.kind === 'supplement' ? 'panel--attention' : undefined]}>
        <h2>Việc cần làm</h2>
        <p safe>{next.text}</p>
        {next.kind === 'resume-draft' ? (
          <a
            class="button"
            href={`/nop-ho-so/${encodeURIComponent(dossier.procedureCode)}/${dossier.id}`}
          >
            Tiếp tục hồ sơ
          </a>
        ) : (
          ''
        )}
        {next.kind === 'supplement' && dossier.supplementRequest ? (
          <>
            <h3>Nội dung yêu cầu</h3>
            <p safe>{dossier.supplementRequest.reason}</p>
            {dossier.supplementRequest.documents.map((code) => (
              <DocumentUpload
                action={`${path}/bo-sung/${encodeURIComponent(code)}`}
                csrf={page.csrf()}
                doc={{ code, name: documentName(code), required: true }}
                attached={supplement.files[code]}
                error={supplement.errors.get(documentTargetId(code))}
              />
            ))}
            <form method="post" action={`${path}/bo-sung`}>
              <Csrf page={page} />
              <input type="hidden" name="idempotencyKey" value={supplement.idempotencyKey} />
              <button type="submit" class="button">
                Gửi bổ sung
              </button>
            </form>
            <UploadProgressScript />
          </>
        ) : (
          ''
        )}
      </section>

      {forms.length > 0 ? (
        <section>
          <h2>Giấy tờ in được</h2>
          <ul class="list">
            {forms.map((form) => (
              <li>
                <a href={`${path}/bieu-mau/${form}.pdf`} safe>
                  {`${PRINTABLE_FORM_TITLES[form]} (PDF)`}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}

      <section>
        <h2>Quá trình giải quyết</h2>
        <ol class="timeline">
          {history.map((entry) => (
            <li class="timeline__item">
              <p class="timeline__what" safe>
                {actionInWords(entry.action, statusLabel(entry.toStatus))}
              </p>
              <p class="timeline__when" safe>
                {formatDateTime(entry.at)}
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

      {canWithdraw(dossier) ? (
        <p>
          <a href={`${path}/rut`}>Rút hồ sơ</a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  );
}

export function WithdrawPage({
  page,
  dossier,
  idempotencyKey,
}: {
  page: PageContext;
  dossier: Dossier;
  idempotencyKey: string;
}): JSX.Element {
  const path = dossierPath(dossier);
  return (
    <Layout page={page} title="Rút hồ sơ">
      <div class="narrow">
        <a class="back-link" href={path}>
          Quay lại
        </a>
        <h1>
          Bạn có chắc muốn rút hồ sơ{' '}
          <span class="code" safe>
            {dossier.code ?? ''}
          </span>
          ?
        </h1>
        <p>
          Hồ sơ đã rút sẽ không được giải quyết tiếp và không thể khôi phục. Nếu cần, bạn phải nộp
          hồ sơ mới.
        </p>
        <form method="post" action={`${path}/rut`} novalidate>
          <Csrf page={page} />
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
          <div class="form-group">
            <label class="label" for="reason">
              Lý do rút hồ sơ <span class="label__optional">(không bắt buộc)</span>
            </label>
            <textarea class="input" id="reason" name="reason" rows="3" maxlength="500"></textarea>
          </div>
          <button type="submit" class="button button--warning">
            Rút hồ sơ
          </button>{' '}
          <a href={path}>Không, giữ hồ sơ</a>
        </form>
      </div>
    </Layout>
  );
}
