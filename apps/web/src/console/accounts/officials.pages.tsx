import type { components } from '../../api/api-client';
import { Csrf, type FormState } from '../../citizen/account/account.pages';
import { ErrorMessage, ErrorSummary, FormGroup, groupAria, titleWithErrors } from '../../forms';
import type { PageContext } from '../../layout/page-context';
import { CONSOLE_AREAS } from '../console-access';
import { ConsoleLayout, roleLabel } from '../console-layout';

type Official = components['schemas']['OfficialDto'];
type AuditEntry = components['schemas']['AuditEntryDto'];

export interface AgencyOption {
  code: string;
  name: string;
}

const OFFICIALS_PATH = CONSOLE_AREAS.officials.path;
const AUDIT_LOG_PATH = CONSOLE_AREAS.auditLog.path;
const ASSIGNABLE = ['RECEPTION', 'SPECIALIST', 'LEADER', 'ADMIN', 'SYSTEM_ADMIN'] as const;

const STATUS_LABELS: Record<Official['status'], string> = {
  INVITED: 'Chờ kích hoạt',
  ACTIVE: 'Đang hoạt động',
  DISABLED: 'Đã khóa',
};

const ACTION_LABELS: Record<string, string> = {
  OFFICIAL_INVITED: 'Mời cán bộ',
  INVITATION_ACCEPTED: 'Kích hoạt tài khoản',
  INVITATION_RESENT: 'Gửi lại thư mời',
  OFFICIAL_UPDATED: 'Thay đổi thông tin',
  OFFICIAL_DISABLED: 'Khóa tài khoản',
  OFFICIAL_ENABLED: 'Mở khóa tài khoản',
  PASSWORD_RESET_SENT: 'Gửi đường dẫn đặt lại mật khẩu',
  SECOND_FACTOR_RESET: 'Xóa ứng dụng xác thực',
};

const DATE_TIME = new Intl.DateTimeFormat('vi-VN', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Asia/Ho_Chi_Minh',
});

function rolesText(roles: readonly string[]): string {
  return roles.map(roleLabel).join(', ');
}

function Pagination({
  path,
  current,
  pages,
}: {
  path: string;
  current: number;
  pages: number;
}): JSX.Element {
  if (pages <= 1) return '';
  return (
    <nav class="pagination" aria-label="Trang kết quả">
      {current > 1 ? (
        <a href={`${path}?trang=${current - 1}`} rel="prev">
          Trang trước
        </a>
      ) : (
        ''
      )}
      <span safe>{`Trang ${current} / ${pages}`}</span>
      {current < pages ? (
        <a href={`${path}?trang=${current + 1}`} rel="next">
          Trang sau
        </a>
      ) : (
        ''
      )}
    </nav>
  );
}

export function OfficialsListPage({
  page,
  items,
  total,
  current,
  pages,
}: {
  page: PageContext;
  items: Official[];
  total: number;
  current: number;
  pages: number;
}): JSX.Element {
  return (
    <ConsoleLayout page={page} title="Cán bộ">
      <h1>Cán bộ</h1>
      <p>
        <a class="button" href={`${OFFICIALS_PATH}/moi`}>
          Mời cán bộ
        </a>
      </p>
      <p safe>{`${total} tài khoản`}</p>
      <div class="table-wrap">
        <table class="work-list">
          <caption class="visually-hidden">Tài khoản cán bộ, theo họ tên</caption>
          <thead>
            <tr>
              <th scope="col">Họ và tên</th>
              <th scope="col">Thư điện tử</th>
              <th scope="col">Vai trò</th>
              <th scope="col">Cơ quan</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {items.map((official) => (
              <tr>
                <td>
                  <a href={`${OFFICIALS_PATH}/${official.id}`} safe>
                    {official.fullName}
                  </a>
                </td>
                <td safe>{official.email}</td>
                <td safe>{rolesText(official.roles)}</td>
                <td safe>{official.agencyName ?? official.agencyCode ?? ''}</td>
                <td safe>{STATUS_LABELS[official.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination path={OFFICIALS_PATH} current={current} pages={pages} />
    </ConsoleLayout>
  );
}

function TextInput({
  id,
  label,
  value,
  error,
  type = 'text',
  autocomplete,
  hint,
}: {
  id: string;
  label: string;
  value: string | undefined;
  error: string | undefined;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  hint?: string;
}): JSX.Element {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        class={['input', error ? 'input--error' : undefined]}
        type={type}
        id={id}
        name={id}
        value={value ?? ''}
        autocomplete={autocomplete}
        {...groupAria(id, Boolean(hint), error)}
      />
    </FormGroup>
  );
}

function RolesFieldset({
  page,
  checked,
  error,
}: {
  page: PageContext;
  checked: readonly string[];
  error: string | undefined;
}): JSX.Element {
  const mayGrantSystem = page.user?.roles.includes('SYSTEM_ADMIN') ?? false;
  const roles = ASSIGNABLE.filter(
    (role) => role !== 'SYSTEM_ADMIN' || mayGrantSystem || checked.includes(role),
  );
  return (
    <div class={['form-group', error ? 'form-group--error' : undefined]}>
      <fieldset class="fieldset" aria-describedby={error ? 'roles-error' : undefined}>
        <legend class="fieldset__legend fieldset__legend--small">Vai trò</legend>
        {error ? <ErrorMessage id="roles-error" message={error} /> : ''}
        {roles.map((role) => (
          <div class="checkbox">
            <input
              class="checkbox__input"
              type="checkbox"
              id={`role-${role}`}
              name="roles"
              value={role}
              checked={checked.includes(role)}
              disabled={role === 'SYSTEM_ADMIN' && !mayGrantSystem}
            />
            <label class="checkbox__label" for={`role-${role}`} safe>
              {roleLabel(role)}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

function AgencySelect({
  agencies,
  value,
  error,
  label,
}: {
  agencies: AgencyOption[];
  value: string | undefined;
  error: string | undefined;
  label: string;
}): JSX.Element {
  if (agencies.length === 0) return '';
  return (
    <div class={['form-group', error ? 'form-group--error' : undefined]}>
      <label class="label" for="agencyCode" safe>
        {label}
      </label>
      {error ? <ErrorMessage id="agencyCode-error" message={error} /> : ''}
      <select
        class="input"
        id="agencyCode"
        name="agencyCode"
        aria-describedby={error ? 'agencyCode-error' : undefined}
      >
        {agencies.map((agency) => (
          <option value={agency.code} selected={agency.code === value} safe>
            {`${agency.name} (${agency.code})`}
          </option>
        ))}
      </select>
    </div>
  );
}

export function InviteOfficialPage({
  page,
  form,
  roles,
  agencies,
}: {
  page: PageContext;
  form: FormState;
  roles: readonly string[];
  agencies: AgencyOption[];
}): JSX.Element {
  return (
    <ConsoleLayout page={page} title={titleWithErrors('Mời cán bộ', form.summary.length)}>
      <div class="narrow">
        <ErrorSummary errors={form.summary} />
        <h1>Mời cán bộ</h1>
        <p>
          Cán bộ nhận thư mời tại thư điện tử công vụ, đặt mật khẩu qua đường dẫn trong thư rồi đăng
          nhập bằng thư điện tử đó.
        </p>
        <form method="post" action={`${OFFICIALS_PATH}/moi`} novalidate>
          <Csrf page={page} />
          <TextInput
            id="email"
            label="Thư điện tử công vụ"
            type="email"
            autocomplete="off"
            value={form.values.email}
            error={form.errors.get('email')}
          />
          <TextInput
            id="fullName"
            label="Họ và tên"
            autocomplete="off"
            value={form.values.fullName}
            error={form.errors.get('fullName')}
          />
          <TextInput
            id="phone"
            label="Số điện thoại di động (không bắt buộc)"
            type="tel"
            autocomplete="off"
            value={form.values.phone}
            error={form.errors.get('phone')}
          />
          <RolesFieldset page={page} checked={roles} error={form.errors.get('role-RECEPTION')} />
          <AgencySelect
            agencies={agencies}
            value={form.values.agencyCode ?? page.user?.agencyCode}
            error={form.errors.get('agencyCode')}
            label="Cơ quan"
          />
          <button type="submit" class="button">
            Gửi thư mời
          </button>
        </form>
        <p>
          <a href={OFFICIALS_PATH}>Quay lại danh sách cán bộ</a>
        </p>
      </div>
    </ConsoleLayout>
  );
}

export function OfficialPage({
  page,
  official,
  form,
  agencies,
}: {
  page: PageContext;
  official: Official;
  form: FormState;
  agencies: AgencyOption[];
}): JSX.Element {
  const base = `${OFFICIALS_PATH}/${official.id}`;
  const self = page.user?.id === official.id;
  return (
    <ConsoleLayout page={page} title={titleWithErrors(official.fullName, form.summary.length)}>
      <div class="narrow">
        <ErrorSummary errors={form.summary} />
        <h1 safe>{official.fullName}</h1>
        <dl class="summary-list">
          <div class="summary-list__row">
            <dt class="summary-list__key">Thư điện tử</dt>
            <dd class="summary-list__value" safe>
              {official.email}
            </dd>
          </div>
          <div class="summary-list__row">
            <dt class="summary-list__key">Cơ quan</dt>
            <dd class="summary-list__value" safe>
              {official.agencyName ?? official.agencyCode ?? ''}
            </dd>
          </div>
          <div class="summary-list__row">
            <dt class="summary-list__key">Vai trò</dt>
            <dd class="summary-list__value" safe>
              {rolesText(official.roles)}
            </dd>
          </div>
          <div class="summary-list__row">
            <dt class="summary-list__key">Trạng thái</dt>
            <dd class="summary-list__value" safe>
              {STATUS_LABELS[official.status]}
            </dd>
          </div>
          <div class="summary-list__row">
            <dt class="summary-list__key">Xác thực hai lớp</dt>
            <dd class="summary-list__value">
              {official.secondFactor ? 'Đã thiết lập' : 'Chưa thiết lập'}
            </dd>
          </div>
        </dl>

        <h2>Sửa thông tin, vai trò, cơ quan</h2>
        <p>Đổi vai trò hoặc cơ quan sẽ đăng xuất cán bộ ngay để quyền mới có hiệu lực.</p>
        <form method="post" action={base} novalidate>
          <Csrf page={page} />
          <TextInput
            id="fullName"
            label="Họ và tên"
            autocomplete="off"
            value={form.values.fullName ?? official.fullName}
            error={form.errors.get('fullName')}
          />
          <RolesFieldset
            page={page}
            checked={official.roles}
            error={form.errors.get('role-RECEPTION')}
          />
          <AgencySelect
            agencies={agencies}
            value={form.values.agencyCode ?? official.agencyCode}
            error={form.errors.get('agencyCode')}
            label="Chuyển sang cơ quan"
          />
          <button type="submit" class="button">
            Lưu thay đổi
          </button>
        </form>

        <h2>Tài khoản</h2>
        <form method="post" action={`${base}/gui-mat-khau`}>
          <Csrf page={page} />
          <button type="submit" class="button button--secondary">
            {official.status === 'INVITED' ? 'Gửi lại thư mời' : 'Gửi đường dẫn đặt lại mật khẩu'}
          </button>
        </form>
        {official.secondFactor && !self ? (
          <form method="post" action={`${base}/dat-lai-xac-thuc`}>
            <Csrf page={page} />
            <p class="hint" id="second-factor-reset-hint">
              Khi cán bộ mất điện thoại hoặc ứng dụng xác thực: cán bộ bị đăng xuất ngay và thiết
              lập ứng dụng mới ở lần đăng nhập sau.
            </p>
            <button
              type="submit"
              class="button button--secondary"
              aria-describedby="second-factor-reset-hint"
            >
              Xóa ứng dụng xác thực
            </button>
          </form>
        ) : (
          ''
        )}
        {self ? (
          ''
        ) : official.status === 'DISABLED' ? (
          <form method="post" action={`${base}/mo-khoa`}>
            <Csrf page={page} />
            <button type="submit" class="button button--secondary">
              Mở khóa tài khoản
            </button>
          </form>
        ) : (
          <form method="post" action={`${base}/khoa`}>
            <Csrf page={page} />
            <button type="submit" class="button button--secondary">
              Khóa tài khoản
            </button>
          </form>
        )}
        <p>
          <a href={OFFICIALS_PATH}>Quay lại danh sách cán bộ</a>
        </p>
      </div>
    </ConsoleLayout>
  );
}

function detailsText(details: Record<string, unknown>): string {
  const parts: string[] = [];
  const change = (value: unknown) => value as { from?: unknown; to?: unknown };
  if (details.roles && typeof details.roles === 'object' && !Array.isArray(details.roles)) {
    const { from, to } = change(details.roles);
    parts.push(
      `Vai trò: ${rolesText((from as string[]) ?? [])} → ${rolesText((to as string[]) ?? [])}`,
    );
  } else if (Array.isArray(details.roles)) {
    parts.push(`Vai trò: ${rolesText(details.roles as string[])}`);
  }
  if (details.agencyCode && typeof details.agencyCode === 'object') {
    const { from, to } = change(details.agencyCode);
    parts.push(`Cơ quan: ${String(from ?? '')} → ${String(to ?? '')}`);
  } else if (typeof details.agencyCode === 'string') {
    parts.push(`Cơ quan: ${details.agencyCode}`);
  }
  if (details.fullName && typeof details.fullName === 'object') {
    const { from, to } = change(details.fullName);
    parts.push(`Họ tên: ${String(from ?? '')} → ${String(to ?? '')}`);
  }
  return parts.join('; ');
}

export function AuditLogPage({
  page,
  items,
  current,
  pages,
}: {
  page: PageContext;
  items: AuditEntry[];
  current: number;
  pages: number;
}): JSX.Element {
  return (
    <ConsoleLayout page={page} title="Nhật ký quản trị">
      <h1>Nhật ký quản trị</h1>
      <p>
        Mọi thay đổi tài khoản cán bộ, mới nhất trước. Nhật ký chỉ được ghi thêm, không sửa hay xóa
        được.
      </p>
      <div class="table-wrap">
        <table class="work-list">
          <caption class="visually-hidden">Nhật ký thay đổi tài khoản cán bộ</caption>
          <thead>
            <tr>
              <th scope="col">Thời điểm</th>
              <th scope="col">Người thực hiện</th>
              <th scope="col">Thao tác</th>
              <th scope="col">Tài khoản</th>
              <th scope="col">Chi tiết</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry) => (
              <tr>
                <td safe>{DATE_TIME.format(new Date(entry.at))}</td>
                <td safe>{entry.actorName ?? ''}</td>
                <td safe>{ACTION_LABELS[entry.action] ?? entry.action}</td>
                <td safe>{[entry.subjectName, entry.subjectEmail].filter(Boolean).join(' · ')}</td>
                <td safe>{detailsText(entry.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination path={AUDIT_LOG_PATH} current={current} pages={pages} />
    </ConsoleLayout>
  );
}
