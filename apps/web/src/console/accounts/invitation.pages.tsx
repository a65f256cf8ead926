import { NewPasswordForm, type FormState } from '../../citizen/account/account.pages';
import { ErrorSummary, titleWithErrors } from '../../forms';
import type { PageContext } from '../../layout/page-context';
import { ConsoleLayout } from '../console-layout';
import { INVITATION_PATH } from './accounts-paths';

export function InvitationPage({
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
      <ConsoleLayout page={page} title="Đường dẫn không còn dùng được">
        <div class="narrow">
          <h1>Đường dẫn không còn dùng được</h1>
          <p>
            Đường dẫn kích hoạt tài khoản đã hết hạn hoặc đã được dùng. Vui lòng đề nghị quản trị
            viên của cơ quan gửi lại thư mời.
          </p>
          <p>
            Đã kích hoạt tài khoản? <a href="/can-bo/dang-nhap">Đăng nhập</a>.
          </p>
        </div>
      </ConsoleLayout>
    );
  }
  return (
    <ConsoleLayout page={page} title={titleWithErrors('Kích hoạt tài khoản', form.summary.length)}>
      <div class="narrow">
        <ErrorSummary errors={form.summary} />
        <h1>Kích hoạt tài khoản cán bộ</h1>
        <p>Đặt mật khẩu để bắt đầu dùng hệ thống. Sau đó đăng nhập bằng thư điện tử công vụ.</p>
        <NewPasswordForm
          page={page}
          form={form}
          action={INVITATION_PATH}
          passwordLabel="Mật khẩu"
          confirmLabel="Nhập lại mật khẩu"
          submitLabel="Kích hoạt tài khoản"
        />
      </div>
    </ConsoleLayout>
  );
}
