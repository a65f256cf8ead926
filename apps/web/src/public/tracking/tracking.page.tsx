import type { components } from '../../api/api-client';
import {
  deliveryMethodLabel,
  deliveryStatusLabel,
  formatDate,
  formatDateTime,
} from '../../format/vi-format';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../layout/page-context';
import { TrackingForm } from './tracking-form';

type Tracking = components['schemas']['TrackingResponse'];

export function TrackingLookupPage({
  page,
  code,
  error,
  notFound,
}: {
  page: PageContext;
  code?: string;
  error?: string;
  notFound?: boolean;
}): JSX.Element {
  return (
    <Layout page={page} title={notFound ? 'Không tìm thấy hồ sơ' : 'Tra cứu hồ sơ'}>
      {notFound ? (
        <>
          <h1>Không tìm thấy hồ sơ</h1>
          <div class="notice notice--warning" role="alert">
            <p>
              Không có hồ sơ nào mang mã <strong safe>{code}</strong>.
            </p>
            <ul>
              <li>Kiểm tra lại từng ký tự của mã, kể cả dấu chấm và dấu gạch ngang.</li>
              <li>Hồ sơ đang là bản nháp (chưa nộp) thì chưa có mã để tra cứu.</li>
              <li>Hồ sơ vừa nộp tại bộ phận một cửa có thể mất vài phút mới tra cứu được.</li>
            </ul>
          </div>
        </>
      ) : (
        <h1>Tra cứu hồ sơ</h1>
      )}
      {error ? (
        <div class="notice notice--warning" role="alert">
          <p safe>{error}</p>
        </div>
      ) : (
        ''
      )}
      <p>Nhập mã hồ sơ để xem hồ sơ đang ở bước nào. Không cần đăng nhập.</p>
      <TrackingForm code={code} error={error} />
    </Layout>
  );
}

export function TrackingPage({
  page,
  dossier,
}: {
  page: PageContext;
  dossier: Tracking;
}): JSX.Element {
  return (
    <Layout page={page} title={`Hồ sơ ${dossier.code}`}>
      <p class="muted">
        <a href="/tra-cuu">Tra cứu hồ sơ</a> › Kết quả
      </p>
      <h1>Tình trạng hồ sơ</h1>
      <p class="code" safe>
        {dossier.code}
      </p>
      <p safe>{dossier.procedureName}</p>
      <p>
        Trạng thái:{' '}
        <strong class="status" safe>
          {dossier.statusLabel}
        </strong>
      </p>
      {dossier.overdue ? (
        <p class="notice notice--warning">
          Hồ sơ đã quá ngày hẹn trả kết quả. Cơ quan giải quyết phải gửi thư xin lỗi và hẹn lại ngày
          trả.
        </p>
      ) : (
        ''
      )}
      <h2>Các bước</h2>
      <ol class="timeline">
        {dossier.steps.map((step) => (
          <li class="timeline__item">
            <p class="timeline__what" safe>
              {step.label}
            </p>
            <p class="timeline__when">
              <time datetime={step.at} safe>
                {formatDateTime(step.at)}
              </time>
            </p>
            {step.newAppointmentDate ? (
              <p class="timeline__note">
                Ngày hẹn mới: <strong safe>{formatDate(step.newAppointmentDate)}</strong>
              </p>
            ) : (
              ''
            )}
          </li>
        ))}
      </ol>
      <h2>Ngày hẹn trả kết quả</h2>
      <p>
        {dossier.appointmentDate ? (
          <strong safe>{formatDate(dossier.appointmentDate)}</strong>
        ) : (
          'Có ngày hẹn khi cơ quan tiếp nhận hồ sơ.'
        )}
      </p>
      {dossier.delivery ? <Delivery delivery={dossier.delivery} /> : ''}
      <p class="muted">
        Trang này không hiện thông tin cá nhân của người nộp. Người nộp xem đầy đủ hồ sơ khi đăng
        nhập, tại <a href="/ho-so-cua-toi">Hồ sơ của tôi</a>.
      </p>
    </Layout>
  );
}

function Delivery({ delivery }: { delivery: NonNullable<Tracking['delivery']> }): JSX.Element {
  return (
    <>
      <h2>Nhận kết quả</h2>
      <dl class="facts">
        <dt>Hình thức</dt>
        <dd safe>{deliveryMethodLabel(delivery.method)}</dd>
        {delivery.status ? (
          <>
            <dt>Chuyển phát</dt>
            <dd safe>{deliveryStatusLabel(delivery.status)}</dd>
          </>
        ) : (
          ''
        )}
        {delivery.trackingNumber ? (
          <>
            <dt>Mã vận đơn bưu điện</dt>
            <dd class="code" safe>
              {delivery.trackingNumber}
            </dd>
          </>
        ) : (
          ''
        )}
      </dl>
    </>
  );
}
