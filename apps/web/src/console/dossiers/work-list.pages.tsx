import type { components } from '../../api/api-client';
import { formatDate, formatDateTime, formatNumber, STATUS_LABELS } from '../../format/vi-format';
import type { PageContext } from '../../layout/page-context';
import { ConsoleLayout } from '../console-layout';
import type { QueueCounts } from './queue-counts';
import {
  addDays,
  PAGE_SIZE,
  QUEUES,
  workListHref,
  type QueueName,
  type WorkListFilters,
} from './work-list-query';

type Dossier = components['schemas']['DossierResponse'];

export const WORK_LIST_PATH = '/can-bo/ho-so';
/** A dossier due within this many days is marked "due soon". */
export const DUE_SOON_DAYS = 2;

export interface WorkListView {
  filters: WorkListFilters;
  queues: QueueName[];
  items: Dossier[];
  total: number;
  procedures: { code: string; name: string }[];
  /** The agency's dossiers per status of its work (the queues' sizes). */
  counts?: QueueCounts;
  today: string;
  mayFilterMine: boolean;
}

export function WorkListPage({
  page,
  view,
}: {
  page: PageContext;
  view: WorkListView;
}): JSX.Element {
  const { filters } = view;
  const heading = filters.queue ? QUEUES[filters.queue].label : 'Tìm hồ sơ';
  const pages = Math.max(1, Math.ceil(view.total / PAGE_SIZE));
  return (
    <ConsoleLayout page={page} title={`Hồ sơ: ${heading}`}>
      <h1>Hồ sơ</h1>
      <nav class="queue-tabs" aria-label="Hàng đợi">
        <ul>
          {view.queues.map((name) => (
            <li>
              <a
                href={`${WORK_LIST_PATH}?hang=${name}`}
                aria-current={filters.queue === name ? 'page' : undefined}
                safe
              >
                {QUEUES[name].label}
              </a>
            </li>
          ))}
          <li>
            <a
              href={`${WORK_LIST_PATH}?tat-ca=1`}
              aria-current={filters.queue ? undefined : 'page'}
            >
              Tất cả hồ sơ của cơ quan
            </a>
          </li>
        </ul>
      </nav>
      {view.counts ? <StatusCounts counts={view.counts} /> : ''}
      <FilterForm view={view} />
      <h2 id="ket-qua" safe>
        {`${heading}: ${formatNumber(view.total)} hồ sơ`}
      </h2>
      {view.items.length === 0 ? (
        <p>Không có hồ sơ nào khớp với bộ lọc.</p>
      ) : (
        <div class="table-wrap">
          <table class="work-list">
            <caption class="visually-hidden">Hồ sơ, hạn trả kết quả sớm nhất trước</caption>
            <thead>
              <tr>
                <th scope="col">Mã hồ sơ</th>
                <th scope="col">Thủ tục</th>
                <th scope="col">Người nộp</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Ngày tiếp nhận</th>
                <th scope="col">Hạn trả kết quả</th>
                <th scope="col">Chuyên viên</th>
              </tr>
            </thead>
            <tbody>
              {view.items.map((dossier) => (
                <WorkListRow dossier={dossier} today={view.today} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? <Pagination filters={filters} pages={pages} /> : ''}
    </ConsoleLayout>
  );
}

function WorkListRow({ dossier, today }: { dossier: Dossier; today: string }): JSX.Element {
  const dueSoon =
    !dossier.overdue &&
    dossier.appointmentDate !== null &&
    !['RESULT_READY', 'DELIVERING', 'RETURNED', 'REJECTED', 'WITHDRAWN'].includes(dossier.status) &&
    dossier.appointmentDate <= addDays(today, DUE_SOON_DAYS);
  return (
    <tr class={dossier.overdue ? 'work-list__row--overdue' : undefined}>
      <td>
        <a class="work-list__code" href={`${WORK_LIST_PATH}/${dossier.code ?? dossier.id}`} safe>
          {dossier.code ?? dossier.id}
        </a>
      </td>
      <td safe>{dossier.procedureName}</td>
      <td safe>{dossier.applicant.fullName}</td>
      <td safe>{dossier.statusLabel}</td>
      <td safe>{formatDate(dossier.receivedAt)}</td>
      <td>
        <span safe>{formatDate(dossier.appointmentDate)}</span>
        {dossier.overdue ? (
          <>
            {' '}
            <strong class="tag tag--attention">Quá hạn</strong>
          </>
        ) : dueSoon ? (
          <>
            {' '}
            <strong class="tag tag--draft">Sắp đến hạn</strong>
          </>
        ) : (
          ''
        )}
      </td>
      <td safe>{dossier.assignee?.fullName ?? ''}</td>
    </tr>
  );
}

function StatusCounts({ counts }: { counts: QueueCounts }): JSX.Element {
  return (
    <section aria-labelledby="so-luong">
      <h2 id="so-luong" class="heading-m">
        Hồ sơ đang giải quyết
      </h2>
      {counts.items.length === 0 ? (
        <p>Không có hồ sơ nào đang chờ giải quyết.</p>
      ) : (
        <ul class="status-counts">
          {counts.items.map((item) => (
            <li>
              <a href={`${WORK_LIST_PATH}?trang-thai=${item.status}`}>
                <span class="status-counts__number" safe>
                  {formatNumber(item.count)}
                </span>{' '}
                <span safe>{item.statusLabel}</span>
                {item.overdue > 0 ? (
                  <span safe>{` (${formatNumber(item.overdue)} quá hạn)`}</span>
                ) : (
                  ''
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p class="hint" safe>
        {`Số liệu lúc ${formatDateTime(counts.at)}.`}
      </p>
    </section>
  );
}

const FILTER_STATUSES = Object.keys(STATUS_LABELS).filter((status) => status !== 'DRAFT');

function FilterForm({ view }: { view: WorkListView }): JSX.Element {
  const f = view.filters;
  return (
    <form method="get" action={WORK_LIST_PATH} class="filters" aria-labelledby="bo-loc">
      <h2 id="bo-loc" class="heading-m">
        Bộ lọc
      </h2>
      <div class="filters__grid">
        <div class="form-group">
          <label class="label" for="loc-trang-thai">
            Trạng thái
          </label>
          <select class="input" id="loc-trang-thai" name="trang-thai">
            <option value="">Tất cả</option>
            {FILTER_STATUSES.map((status) => (
              <option value={status} selected={f.status === status} safe>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div class="form-group">
          <label class="label" for="loc-thu-tuc">
            Thủ tục
          </label>
          <select class="input" id="loc-thu-tuc" name="thu-tuc">
            <option value="">Tất cả</option>
            {view.procedures.map((procedure) => (
              <option value={procedure.code} selected={f.procedureCode === procedure.code} safe>
                {procedure.name}
              </option>
            ))}
          </select>
        </div>
        <div class="form-group">
          <label class="label" for="loc-q">
            Mã hồ sơ hoặc tên người nộp
          </label>
          <input
            class="input"
            type="search"
            id="loc-q"
            name="q"
            value={f.text ?? ''}
            maxlength="100"
          />
        </div>
        <div class="form-group">
          <label class="label" for="loc-sap-den-han">
            Đến hạn trong (ngày)
          </label>
          <input
            class="input input--short"
            type="number"
            id="loc-sap-den-han"
            name="sap-den-han"
            min="0"
            max="366"
            value={f.dueWithinDays === undefined ? '' : String(f.dueWithinDays)}
          />
        </div>
        <div class="form-group">
          <label class="label" for="loc-tu-ngay">
            Tiếp nhận từ ngày
          </label>
          <input
            class="input input--date"
            type="date"
            id="loc-tu-ngay"
            name="tu-ngay"
            value={f.receivedFrom ?? ''}
          />
        </div>
        <div class="form-group">
          <label class="label" for="loc-den-ngay">
            Tiếp nhận đến ngày
          </label>
          <input
            class="input input--date"
            type="date"
            id="loc-den-ngay"
            name="den-ngay"
            value={f.receivedTo ?? ''}
          />
        </div>
      </div>
      <div class="checkbox">
        <input
          class="checkbox__input"
          type="checkbox"
          id="loc-qua-han"
          name="qua-han"
          value="1"
          checked={f.overdue === true}
        />
        <label class="checkbox__label" for="loc-qua-han">
          Chỉ hồ sơ quá hạn
        </label>
      </div>
      {view.mayFilterMine ? (
        <div class="checkbox">
          <input
            class="checkbox__input"
            type="checkbox"
            id="loc-cua-toi"
            name="cua-toi"
            value="1"
            checked={f.mine === true}
          />
          <label class="checkbox__label" for="loc-cua-toi">
            Chỉ hồ sơ được giao cho tôi
          </label>
        </div>
      ) : (
        ''
      )}
      <input type="hidden" name="tat-ca" value="1" />
      <button type="submit" class="button">
        Lọc hồ sơ
      </button>{' '}
      <a href={`${WORK_LIST_PATH}?tat-ca=1`}>Bỏ lọc</a>
    </form>
  );
}

function Pagination({ filters, pages }: { filters: WorkListFilters; pages: number }): JSX.Element {
  const current = filters.page;
  return (
    <nav class="pagination" aria-label="Trang kết quả">
      {current > 1 ? (
        <a href={workListHref(WORK_LIST_PATH, filters, current - 1)} rel="prev">
          Trang trước
        </a>
      ) : (
        ''
      )}
      <span safe>{`Trang ${formatNumber(current)} / ${formatNumber(pages)}`}</span>
      {current < pages ? (
        <a href={workListHref(WORK_LIST_PATH, filters, current + 1)} rel="next">
          Trang sau
        </a>
      ) : (
        ''
      )}
    </nav>
  );
}
