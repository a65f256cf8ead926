import { PasswordInput, type FormState } from '../../citizen/account/account.pages';
import { ErrorSummary, FieldInput, titleWithErrors, type FormField } from '../../forms';
import type { PageContext } from '../../layout/page-context';
import { CONSOLE_SIGN_IN_PATH } from '../../session/sign-in-required';
import { ConsoleLayout } from '../console-layout';

export const EMAIL_FIELD: FormField = {
  key: 'email',
  label: 'Thư điện tử công vụ',
  type: 'email',
  required: true,
  maxLength: 254,
};

export function ConsoleSignInPage({
  page,
  form,
  notice,
}: {
  page: PageContext;
  form: FormState;
  /** Why the official is asked to sign in again (inactivity). */
  notice?: string;
}): JSX.Element {
  return (
    <ConsoleLayout page={page} title={titleWithErrors('Đăng nhập', form.summary.length)}>
      <div class="narrow">
        <ErrorSummary errors={form.summary} />
        {notice ? (
          <p class="notice notice--warning" role="status" safe>
            {notice}
          </p>
        ) : (
          ''
        )}
        <h1>Đăng nhập dành cho cán bộ</h1>
        <p>Đăng nhập bằng thư điện tử công vụ và mật khẩu do cơ quan cấp.</p>
        <form method="post" action={CONSOLE_SIGN_IN_PATH} novalidate>
          <input type="hidden" name="_csrf" value={page.csrf()} />
          <FieldInput
            field={EMAIL_FIELD}
            value={form.values.email}
            error={form.errors.get('f-email')}
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
          Công dân nộp và theo dõi hồ sơ tại <a href="/dang-nhap">trang đăng nhập của công dân</a>.
        </p>
      </div>
    </ConsoleLayout>
  );
}
