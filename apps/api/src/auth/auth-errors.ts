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
