import { DomainError, ErrorCode } from '@motcua/domain';

/** One answer for unknown user and wrong password, so logins cannot probe for accounts. */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    super(ErrorCode.InvalidCredentials, 'Tên đăng nhập hoặc mật khẩu không đúng.');
  }
}

/**
 * Too many sign-ins in a row failed on one login name. Worded the same whether or not an
 * account has that name; `retryAfterSeconds` becomes the `Retry-After` header.
 */
export class LoginLockedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super(
      ErrorCode.LoginLocked,
      `Đăng nhập tạm thời bị khóa vì nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    );
  }
}

export class InvalidRefreshTokenError extends DomainError {
  constructor() {
    super(
      ErrorCode.Unauthenticated,
      'Phiên đăng nhập đã hết hạn hoặc không còn hiệu lực. Vui lòng đăng nhập lại.',
    );
  }
}

export type UniqueIdentity = 'nationalId' | 'email';

const TAKEN: Record<UniqueIdentity, string> = {
  nationalId: 'Số định danh cá nhân này đã được đăng ký tài khoản.',
  email: 'Email này đã được dùng cho một tài khoản khác.',
};

export class AlreadyRegisteredError extends DomainError {
  constructor(field: UniqueIdentity) {
    super(ErrorCode.AlreadyRegistered, TAKEN[field], [{ field, message: TAKEN[field] }]);
  }
}

/** A reset link that is unknown, already used or expired: one answer for the three. */
export class ResetTokenInvalidError extends DomainError {
  constructor() {
    super(
      ErrorCode.ResetTokenInvalid,
      'Đường dẫn đặt lại mật khẩu không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng yêu cầu đường dẫn mới.',
    );
  }
}

/** An invitation link that is unknown, already used or expired, or of a disabled account. */
export class InvitationInvalidError extends DomainError {
  constructor() {
    super(
      ErrorCode.InvitationInvalid,
      'Đường dẫn kích hoạt tài khoản không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng đề nghị quản trị viên gửi lại thư mời.',
    );
  }
}

/**
 * The password was right and the account's roles need a second factor: the client continues
 * with `challenge` (at /auth/second-factor, after /auth/second-factor/enrolment when
 * `enrolled` is false). Carried in the problem as `secondFactor`.
 */
export class SecondFactorRequiredError extends DomainError {
  readonly problemExtensions: { secondFactor: { challenge: string; enrolled: boolean } };

  constructor(challenge: string, enrolled: boolean) {
    super(
      ErrorCode.SecondFactorRequired,
      enrolled
        ? 'Vui lòng nhập mã xác thực 6 chữ số từ ứng dụng xác thực trên điện thoại.'
        : 'Tài khoản cần xác thực hai lớp: vui lòng thiết lập ứng dụng xác thực trên điện thoại rồi nhập mã 6 chữ số.',
    );
    this.problemExtensions = { secondFactor: { challenge, enrolled } };
  }
}

/** A wrong, reused or expired code, or a challenge no longer valid: one answer for all. */
export class SecondFactorInvalidError extends DomainError {
  constructor() {
    super(
      ErrorCode.SecondFactorInvalid,
      'Mã xác thực không đúng hoặc đã hết hạn. Vui lòng nhập mã mới, hoặc đăng nhập lại.',
    );
  }
}
