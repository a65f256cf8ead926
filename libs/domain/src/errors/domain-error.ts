/**
 * Stable machine names for every failure a client can see. The HTTP layer maps each
 * to a status (see the API's problem-details filter); domain code never speaks HTTP.
 */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  Unauthenticated = 'UNAUTHENTICATED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  ResetTokenInvalid = 'RESET_TOKEN_INVALID',
  InvitationInvalid = 'INVITATION_INVALID',
  SecondFactorRequired = 'SECOND_FACTOR_REQUIRED',
  SecondFactorInvalid = 'SECOND_FACTOR_INVALID',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  AlreadyRegistered = 'ALREADY_REGISTERED',
  InvalidTransition = 'INVALID_TRANSITION',
  FormNotAvailable = 'FORM_NOT_AVAILABLE',
  AlreadyExtended = 'ALREADY_EXTENDED',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  RateLimited = 'RATE_LIMITED',
  LoginLocked = 'LOGIN_LOCKED',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  InternalError = 'INTERNAL_ERROR',
}

export interface FieldError {
  field: string;
  /** Vietnamese, shown to people. */
  message: string;
}

/** A rule of the domain was broken; `detail` is Vietnamese and safe to show to a citizen. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], detail = 'Dữ liệu gửi lên không hợp lệ.') {
    super(ErrorCode.ValidationFailed, detail, errors);
  }
}

export class NotFoundError extends DomainError {
  constructor(detail = 'Không tìm thấy.') {
    super(ErrorCode.NotFound, detail);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail = 'Bạn không có quyền thực hiện thao tác này.') {
    super(ErrorCode.Forbidden, detail);
  }
}

export class ConflictError extends DomainError {
  constructor(detail: string, code: ErrorCode = ErrorCode.Conflict) {
    super(code, detail);
  }
}

/**
 * Something the request needs (e.g. Redis, for the job queues) cannot be reached right now;
 * `retryAfterSeconds` becomes the `Retry-After` header.
 */
export class ServiceUnavailableError extends DomainError {
  constructor(
    detail = 'Dịch vụ tạm thời không khả dụng. Vui lòng thử lại sau ít phút.',
    readonly retryAfterSeconds = 30,
  ) {
    super(ErrorCode.ServiceUnavailable, detail);
  }
}
