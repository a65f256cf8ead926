import type { components } from '../../api/api-client';
import { formatNumber } from '../../format/vi-format';
import { ConsoleLayout } from '../console-layout';
import type { PageContext } from '../../layout/page-context';

type QueueSummary = components['schemas']['QueueSummaryDto'];

/** `GET /admin/health` as @nestjs/terminus writes it (200 or 503, the same shape). */
export interface OperatorHealth {
  status: string;
  info?: Record<string, { status: string; [key: string]: unknown }>;
  error?: Record<string, { status: string; [key: string]: unknown }>;
  details?: Record<string, { status: string; [key: string]: unknown }>;
}

const QUEUE_NAMES: Record<string, string> = {
  notifications: 'Thông báo (email)',
  postal: 'Bưu điện',
  intake: 'Kiểm tra tệp hồ sơ',
  maintenance: 'Bảo trì',
};

const DEPENDENCIES: Record<string, string> = {
  database: 'Cơ sở dữ liệu (PostgreSQL)',
  redis: 'Hàng đợi (Redis)',
};

function liveWorkers(health: OperatorHealth): number | undefined {
  const workers = health.details?.workers as { live?: unknown } | undefined;
  return typeof workers?.live === 'number' ? workers.live : undefined;
}

/**
 * The background work for the system administrator: whether the database and Redis answer,
 * live workers, and each queue's jobs; then the way to Bull Board, which the console cannot
 * open for them (see the page's text).
 */
export function QueuesPage({
  page,
  health,
  queues,
  boardUrl,
}: {
  page: PageContext;
  health?: OperatorHealth;
  queues?: QueueSummary[];
  boardUrl: string;
}): JSX.Element {
  const workers = health ? liveWorkers(health) : undefined;
  return (
    <ConsoleLayout page={page} title="Hàng đợi công việc">
      <h1>Hàng đợi công việc</h1>
      <p class="lead">
        Tình trạng các dịch vụ và công việc chạy nền: gửi thông báo, chuyển phát, kiểm tra tệp.
      </p>
      <h2>Dịch vụ</h2>
      {health ? (
        <dl class="facts">
          {Object.entries(DEPENDENCIES).map(([key, label]) => (
            <>
              <dt safe>{label}</dt>
              <dd>{health.details?.[key]?.status === 'up' ? 'Hoạt động' : 'Không kết nối được'}</dd>
            </>
          ))}
          <dt>Tiến trình xử lý nền đang chạy</dt>
          <dd safe>{workers === undefined ? 'Không rõ' : formatNumber(workers)}</dd>
        </dl>
      ) : (
        <p class="notice notice--warning" role="alert">
          Không đọc được tình trạng hệ thống.
        </p>
      )}
      <h2>Các hàng đợi</h2>
      {queues && queues.length > 0 ? (
        <div class="table-wrap" tabindex="0" role="region" aria-label="Các hàng đợi">
          <table>
            <caption>Số công việc theo hàng đợi</caption>
            <thead>
              <tr>
                <th scope="col">Hàng đợi</th>
                <th scope="col" class="number">
                  Đang chờ
                </th>
                <th scope="col" class="number">
                  Đang chạy
                </th>
                <th scope="col" class="number">
                  Hẹn giờ
                </th>
                <th scope="col" class="number">
                  Thất bại
                </th>
              </tr>
            </thead>
            <tbody>
              {queues.map((queue) => (
                <tr>
                  <th scope="row" safe>
                    {QUEUE_NAMES[queue.name] ?? queue.name}
                  </th>
                  <td class="number" safe>
                    {formatNumber(queue.waiting)}
                  </td>
                  <td class="number" safe>
                    {formatNumber(queue.active)}
                  </td>
                  <td class="number" safe>
                    {formatNumber(queue.delayed)}
                  </td>
                  <td class="number" safe>
                    {formatNumber(queue.failed)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Không đọc được số công việc của các hàng đợi.</p>
      )}
      <h2>Bull Board</h2>
      <p>
        Xem chi tiết, chạy lại hoặc xoá từng công việc trong Bull Board của máy chủ API. Bull Board
        không mở được bằng phiên đăng nhập của trang cán bộ: nó nhận mã truy cập API của quản trị hệ
        thống (tiêu đề <code>Authorization</code>), mà trang cán bộ không đưa ra trình duyệt.
      </p>
      <p>
        <a href={boardUrl}>Mở Bull Board</a>
      </p>
    </ConsoleLayout>
  );
}
