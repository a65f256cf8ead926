import type { components } from '../../api/api-client';
import {
  formatDate,
  formatFee,
  formatNumber,
  formatPercent,
  formatWorkingDays,
} from '../../format/vi-format';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../layout/page-context';

type Procedure = components['schemas']['ProcedureDto'];
type ProcessingTime = components['schemas']['ProcessingTimeDto'];

/** Where the citizen's filing journey for a procedure starts. */
export function filingHref(code: string): string {
  return `/nop-ho-so/${encodeURIComponent(code)}`;
}

export function ProcedurePage({
  page,
  procedure,
  timing,
}: {
  page: PageContext;
  procedure: Procedure;
  timing?: ProcessingTime;
}): JSX.Element {
  const required = procedure.requiredDocuments.filter((d) => d.required);
  const optional = procedure.requiredDocuments.filter((d) => !d.required);
  return (
    <Layout page={page} title={procedure.name}>
      <p class="muted">
        <a href="/">Trang chủ</a> › Thủ tục
      </p>
      <h1 safe>{procedure.name}</h1>
      <p class="lead">
        Thực hiện tại <span safe>{procedure.agencyName}</span>.
      </p>
      <p>
        <a class="button" href={filingHref(procedure.code)}>
          Nộp hồ sơ trực tuyến
        </a>
      </p>
      <TextSection heading="Thủ tục này để làm gì" text={procedure.purpose} />
      <TextSection heading="Ai được thực hiện" text={procedure.eligibility} />
      <h2>Thông tin chính</h2>
      <dl class="facts">
        <dt>Mã thủ tục</dt>
        <dd safe>{procedure.code}</dd>
        <dt>Thời hạn giải quyết</dt>
        <dd safe>{formatWorkingDays(procedure.processingDays)} kể từ khi hồ sơ được tiếp nhận</dd>
        <dt>Lệ phí</dt>
        <dd safe>{formatFee(procedure.fee)}</dd>
        <dt>Nộp trực tuyến</dt>
        <dd>
          {procedure.onlineLevel === 'FULL'
            ? 'Toàn trình: nộp hồ sơ và theo dõi hoàn toàn trên mạng, không phải đến cơ quan để nộp.'
            : 'Một phần: nộp hồ sơ trên mạng; có bước phải đến cơ quan (ví dụ để đối chiếu bản chính).'}
        </dd>
        <dt>Nhận kết quả qua bưu điện</dt>
        <dd>
          {procedure.postalDelivery
            ? 'Có: bạn có thể chọn nhận kết quả tại nhà qua bưu điện.'
            : 'Không: nhận kết quả tại bộ phận một cửa.'}
        </dd>
      </dl>
      <h2>Thực tế giải quyết</h2>
      <ActualTime timing={timing} />
      <h2>Giấy tờ cần chuẩn bị</h2>
      {procedure.requiredDocuments.length === 0 ? (
        <p>Thủ tục này không yêu cầu nộp kèm giấy tờ.</p>
      ) : (
        <>
          <p>Chụp ảnh rõ nét hoặc quét thành tệp PDF, PNG hoặc JPEG, mỗi tệp không quá 10 MB.</p>
          {required.length > 0 ? (
            <>
              <h3>Bắt buộc</h3>
              <ul>
                {required.map((d) => (
                  <li safe>{d.name}</li>
                ))}
              </ul>
            </>
          ) : (
            ''
          )}
          {optional.length > 0 ? (
            <>
              <h3>Nếu có</h3>
              <ul>
                {optional.map((d) => (
                  <li safe>{d.name}</li>
                ))}
              </ul>
            </>
          ) : (
            ''
          )}
        </>
      )}
      {procedure.fields.length > 0 ? (
        <>
          <h2>Thông tin bạn sẽ khai</h2>
          <ul>
            {procedure.fields.map((f) => (
              <li>
                <span safe>{f.label}</span>
                {f.required ? '' : ' (không bắt buộc)'}
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      <p>
        <a class="button" href={filingHref(procedure.code)}>
          Nộp hồ sơ trực tuyến
        </a>
      </p>
    </Layout>
  );
}

/** A heading and its text, one paragraph per line; nothing when the text is not written. */
function TextSection({ heading, text }: { heading: string; text: string | null }): JSX.Element {
  if (text === null || text.trim() === '') return '';
  return (
    <>
      <h2 safe>{heading}</h2>
      {text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => (
          <p safe>{line}</p>
        ))}
    </>
  );
}

/** How long such dossiers really took over the last 12 months, or why that is not known. */
function ActualTime({ timing }: { timing?: ProcessingTime }): JSX.Element {
  if (!timing) return <p>Chưa có số liệu thực tế cho thủ tục này.</p>;
  const period = `từ ${formatDate(timing.period.from)} đến ${formatDate(timing.period.to)}`;
  if (timing.p90WorkingDays === null) {
    return (
      <p safe>
        {`Chưa đủ số liệu để tính: ${period} mới có ${formatNumber(timing.resolved)} hồ sơ được giải quyết (cần ít nhất 10).`}
      </p>
    );
  }
  return (
    <>
      <p class="notice">
        <strong safe>
          {`9 trên 10 hồ sơ được giải quyết trong vòng ${formatWorkingDays(timing.p90WorkingDays)}.`}
        </strong>
      </p>
      <p safe>
        {`Tính trên ${formatNumber(timing.resolved)} hồ sơ có kết quả ${period}` +
          (timing.onTimeRate === null
            ? '.'
            : `; ${formatPercent(timing.onTimeRate)} đúng hoặc trước hẹn.`)}
      </p>
    </>
  );
}
