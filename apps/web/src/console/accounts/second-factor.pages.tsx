import { Csrf, type FormState } from '../../citizen/account/account.pages';
import { ErrorMessage, ErrorSummary, titleWithErrors } from '../../forms';
import type { PageContext } from '../../layout/page-context';
import { ConsoleLayout } from '../console-layout';

export interface Enrolment {
  /** Base32, for typing into the app by hand. */
  secret: string;
  /** The QR code of the otpauth address, drawn by the `qrcode` package (no user text in it). */
  safeQrSvg: string;
}

const PATH = '/can-bo/dang-nhap/xac-thuc';

/** The code step of a sign-in; with `enrolment`, the app is set up first. */
export function SecondFactorPage({
  page,
  form,
  enrolment,
  retryEnrolment = false,
}: {
  page: PageContext;
  form: FormState;
  enrolment: Enrolment | undefined;
  /** A wrong code during enrolment: offer a new QR code (the old one is not shown again). */
  retryEnrolment?: boolean;
}): JSX.Element {
  const error = form.errors.get('otp');
  // the QR code is SVG drawn on the server from the secret, never from a person's input
  const safeQrSvg = enrolment?.safeQrSvg;
  return (
    <ConsoleLayout page={page} title={titleWithErrors('Xác thực hai lớp', form.summary.length)}>
      <div class="narrow">
        <ErrorSummary errors={form.summary} />
        <h1>Xác thực hai lớp</h1>
        {enrolment ? (
          <>
            <p>
              Tài khoản của bạn cần mã xác thực từ ứng dụng trên điện thoại (ví dụ Google
              Authenticator, Microsoft Authenticator). Mở ứng dụng, chọn thêm tài khoản và quét mã
              QR dưới đây, hoặc nhập khóa bí mật bằng tay.
            </p>
            <div class="qr">
              <div
                class="qr__image"
                role="img"
                aria-label="Mã QR để thêm tài khoản vào ứng dụng xác thực"
              >
                {safeQrSvg}
              </div>
              <p class="qr__text">
                Khóa bí mật:{' '}
                <code class="secret" safe>
                  {enrolment.secret}
                </code>
                <br />
                Khóa chỉ hiển thị một lần; không chia sẻ cho ai.
              </p>
            </div>
          </>
        ) : (
          <p>Nhập mã 6 chữ số đang hiển thị trong ứng dụng xác thực trên điện thoại của bạn.</p>
        )}
        <form method="post" action={PATH} novalidate>
          <Csrf page={page} />
          <div class={['form-group', error ? 'form-group--error' : undefined]}>
            <label class="label" for="otp">
              Mã xác thực
            </label>
            {error ? <ErrorMessage id="otp-error" message={error} /> : ''}
            <input
              class={['input', 'input--short', error ? 'input--error' : undefined]}
              id="otp"
              name="otp"
              inputmode="numeric"
              autocomplete="one-time-code"
              pattern="[0-9]{6}"
              maxlength="6"
              required
              aria-describedby={error ? 'otp-error' : undefined}
              aria-invalid={error ? 'true' : undefined}
            />
          </div>
          <button type="submit" class="button">
            Xác nhận
          </button>
        </form>
        {retryEnrolment ? (
          <p>
            Chưa thêm được tài khoản vào ứng dụng? <a href={PATH}>Lấy mã QR mới</a>.
          </p>
        ) : (
          ''
        )}
        <p>
          <a href="/can-bo/dang-nhap">Đăng nhập lại</a>
        </p>
      </div>
    </ConsoleLayout>
  );
}
