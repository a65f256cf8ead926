import { ErrorSummary, FieldInput, FormGroup, groupAria, titleWithErrors } from '../../forms';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../layout/page-context';
import type { SummaryError, FormField } from '../../forms';

export interface FormState {
  values: Record<string, string>;
  /** Message per input id. */
  errors: Map<string, string>;
  summary: SummaryError[];
}

export const emptyForm = (): FormState => ({ values: {}, errors: new Map(), summary: [] });

export function Csrf({ page }: { page: PageContext }): JSX.Element {
  return <input type="hidden" name="_csrf" value={page.csrf()} />;
}

/** A password box: label, hint, error, the browser's password manager allowed in. */
export function PasswordInput({
  id,
  label,
  hint,
  autocomplete,
  error,
}: {
  id: string;
  label: string;
  hint?: string;
  autocomplete: 'current-password' | 'new-password';
  error?: string;
}): JSX.Element {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        class={['input', error ? 'input--error' : undefined]}
        type="password"
        id={id}
        name={id}
        autocomplete={autocomplete}
        required
        {...groupAria(id, Boolean(hint), error)}
      />
    </FormGroup>
  );
}

// The account forms reuse the procedure-form inputs, so an ID number or a phone number gets
// the same keyboard, pattern and messages everywhere.
export const LOGIN_FIELD: FormField = {
  key: 'username',
  label: 'Số định danh cá nhân hoặc thư điện tử',
  type: 'text',
  required: true,
  maxLength: 254,
};

export const REGISTER_FIELDS: FormField[] = [
  { key: 'fullName', label: 'Họ, chữ đệm và tên', type: 'text', required: true, maxLength: 100 },
  { key: 'nationalId', label: 'Số định danh cá nhân', type: 'nationalId', required: true },
  { key: 'phone', label: 'Số điện thoại di động', type: 'phone', required: true },
  { key: 'email', label: 'Thư điện tử', type: 'email', required: false },
];

export const PASSWORD_HINT = 'Ít nhất 8 ký tự, nên có chữ hoa, chữ thường, chữ số và ký hiệu.';

/**
 * A new password typed twice, from a link sent by e-mail: the portal's password reset and an
 * invited official's first password.
 */
export function NewPasswordForm({
  page,
  form,
  action,
  passwordLabel,
  confirmLabel,
  submitLabel,
}: {
  page: PageContext;
  form: FormState;
  action: string;
  passwordLabel: string;
  confirmLabel: string;
  submitLabel: string;
}): JSX.Element {
  return (
    <form method="post" action={action} novalidate>
      <Csrf page={page} />
      <PasswordInput
        id="password"
        label={passwordLabel}
        hint={PASSWORD_HINT}
        autocomplete="new-password"
        error={form.errors.get('password')}
      />
      <PasswordInput
        id="confirmPassword"
        label={confirmLabel}
        autocomplete="new-password"
        error={form.errors.get('confirmPassword')}
      />
      <button type="submit" class="button" safe>
        {submitLabel}
      </button>
    </form>
  );
}

export function SignInPage({ page, form }: { page: PageContext; form: FormState }): JSX.Element {
  return (
    <Layout page={page} title={titleWithErrors('Đăng nhập', form.summary.length)}>
      <div class="narrow">
        <ErrorSummary errors={form.summary} />
        <h1>Đăng nhập</h1>
        <p>Đăng nhập để nộp hồ sơ trực tuyến và theo dõi hồ sơ của bạn.</p>
        <form method="post" action="/dang-nhap" novalidate>
          <Csrf page={page} />
          <FieldInput
            field={LOGIN_FIELD}
            value={form.values.username}
            error={form.errors.get('f-username')}
          />
          <PasswordInput
            id="password"
            label="Mật khẩu"
            autocomplete="current-password"
            error={form.errors.get('password')}
          />
          <button type="submit" class="button">
            Đăng nhập
          </button>
        </form>
        <p>
          <a href="/quen-mat-khau">Quên mật khẩu?</a>
        </p>
        <h2>Chưa có tài khoản?</h2>
        <p>
          <a href="/dang-ky">Đăng ký tài khoản</a> bằng số định danh cá nhân và số điện thoại.
        </p>
      </div>
    </Layout>
  );
}

export function RegisterPage({ page, form }: { page: PageContext; form: FormState }): JSX.Element {
  return (
    <Layout page={page} title={titleWithErrors('Đăng ký tài khoản', form.summary.length)}>
      <div class="narrow">
        <ErrorSummary errors={form.summary} />
        <h1>Đăng ký tài khoản</h1>
        <form method="post" action="/dang-ky" novalidate>
          <Csrf page={page} />
          {REGISTER_FIELDS.map((field) => (
            <FieldInput
              field={field}
              value={form.values[field.key]}
              error={form.errors.get(`f-${field.key}`)}
            />
          ))}
          <PasswordInput
            id="password"
            label="Mật khẩu"
            hint={PASSWORD_HINT}
            autocomplete="new-password"
            error={form.errors.get('password')}
          />
          <button type="submit" class="button">
            Đăng ký
          </button>
        </form>
        <p>
          Đã có tài khoản? <a href="/dang-nhap">Đăng nhập</a>
        </p>
      </div>
    </Layout>
  );
}

export function ForgotPasswordPage({
  page,
  form,
  sent,
}: {
  page: PageContext;
  form: FormState;
  sent: boolean;
}): JSX.Element {
  if (sent) {
    return (
      <Layout page={page} title="Kiểm tra thư của bạn">
        <div class="narrow">
          <h1>Kiểm tra thư của bạn</h1>
          <p>
            Nếu thông tin bạn nhập khớp với một tài khoản, chúng tôi đã gửi đường dẫn đặt lại mật
            khẩu đến thư điện tử (và tin nhắn, nếu có) của tài khoản đó.
          </p>
          <p>Đường dẫn chỉ dùng được một lần và hết hạn sau 30 phút.</p>
          <p>
            <a href="/dang-nhap">Quay lại đăng nhập</a>
          </p>
        </div>
      </Layout>
    );
  }
  return (
    <Layout page={page} title={titleWithErrors('Quên mật khẩu', form.summary.length)}>
      <div class="narrow">
        <ErrorSummary errors={form.summary} />
        <h1>Quên mật khẩu</h1>
        <p>
          Nhập số định danh cá nhân hoặc thư điện tử của tài khoản. Chúng tôi sẽ gửi cho bạn một
          đường dẫn để đặt mật khẩu mới.
        </p>
        <form method="post" action="/quen-mat-khau" novalidate>
          <Csrf page={page} />
          <FieldInput
            field={{ ...LOGIN_FIELD, key: 'login' }}
            value={form.values.login}
            error={form.errors.get('f-login')}
          />
          <button type="submit" class="button">
            Gửi đường dẫn
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function ResetPasswordPage({
  page,
  form,
  invalidLink,
}: {
  page: PageContext;
  form: FormState;
  invalidLink: boolean;
}): JSX.Element {
  if (invalidLink) {
    return (
      <Layout page={page} title="Đường dẫn không còn dùng được">
        <div class="narrow">
          <h1>Đường dẫn không còn dùng được</h1>
          <p>
            Đường dẫn đặt lại mật khẩu đã hết hạn hoặc đã được dùng. Bạn có thể yêu cầu một đường
            dẫn mới.
          </p>
          <p>
            <a class="button" href="/quen-mat-khau">
              Yêu cầu đường dẫn mới
            </a>
          </p>
        </div>
      </Layout>
    );
  }
  return (
    <Layout page={page} title={titleWithErrors('Đặt mật khẩu mới', form.summary.length)}>
      <div class="narrow">
        <ErrorSummary errors={form.summary} />
        <h1>Đặt mật khẩu mới</h1>
        <NewPasswordForm
          page={page}
          form={form}
          action="/dat-lai-mat-khau"
          passwordLabel="Mật khẩu mới"
          confirmLabel="Nhập lại mật khẩu mới"
          submitLabel="Đặt mật khẩu"
        />
      </div>
    </Layout>
  );
}
