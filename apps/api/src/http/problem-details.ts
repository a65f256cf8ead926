import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorCode, FieldError } from '@motcua/domain';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** HTTP status of each stable error code. */
export const STATUS_OF: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.InvalidCredentials]: 401,
  [ErrorCode.ResetTokenInvalid]: 400,
  [ErrorCode.InvitationInvalid]: 400,
  [ErrorCode.SecondFactorRequired]: 401,
  [ErrorCode.SecondFactorInvalid]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.AlreadyRegistered]: 409,
  [ErrorCode.InvalidTransition]: 409,
  [ErrorCode.FormNotAvailable]: 409,
  [ErrorCode.AlreadyExtended]: 409,
  [ErrorCode.IdempotencyKeyReused]: 422,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.LoginLocked]: 429,
  [ErrorCode.ServiceUnavailable]: 503,
  [ErrorCode.InternalError]: 500,
};

/** Short Vietnamese titles per status (RFC 9457 `title` is the same for every instance). */
const TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa xác thực',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  405: 'Phương thức không được hỗ trợ',
  409: 'Xung đột trạng thái',
  413: 'Dữ liệu quá lớn',
  414: 'Địa chỉ quá dài',
  415: 'Định dạng không được hỗ trợ',
  422: 'Không thể xử lý yêu cầu',
  429: 'Quá nhiều yêu cầu',
  500: 'Lỗi hệ thống',
  503: 'Dịch vụ tạm thời không khả dụng',
};

/**
 * Most `errors[]` entries one answer lists: a body with thousands of bad fields (say unknown
 * keys) must not make an answer of megabytes.
 */
export const MAX_PROBLEM_ERRORS = 50;

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'formData.fullName' }) field: string;
  @ApiProperty({ example: 'Vui lòng nhập "Họ và tên".' }) message: string;
}

/** `SECOND_FACTOR_REQUIRED`: how the sign-in goes on. */
export class SecondFactorChallengeDto {
  @ApiProperty({
    description:
      'Opaque, valid 5 minutes: send it with the code to `POST /auth/second-factor` (and first to `POST /auth/second-factor/enrolment` when `enrolled` is false)',
  })
  challenge: string;

  @ApiProperty({
    description: 'Whether the account has an authenticator app set up already',
    example: true,
  })
  enrolled: boolean;
}

/** RFC 9457 problem details, as every error of the API is written. */
export class ProblemDto {
  @ApiProperty({ example: 'https://motcua.gov.vn/problems/validation-failed' }) type: string;
  @ApiProperty({ example: 'Yêu cầu không hợp lệ' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: 'Dữ liệu gửi lên không hợp lệ.' }) detail: string;
  @ApiProperty({ enum: ErrorCode, example: ErrorCode.ValidationFailed }) code: ErrorCode;
  @ApiPropertyOptional({
    type: [FieldErrorDto],
    description: `At most ${MAX_PROBLEM_ERRORS} entries; \`errorsOmitted\` counts the rest`,
  })
  errors?: FieldErrorDto[];
  @ApiPropertyOptional({
    description: 'How many more errors were found than `errors[]` lists',
    example: 12,
  })
  errorsOmitted?: number;
  @ApiPropertyOptional({ description: 'Correlation id, also sent as the x-request-id header' })
  requestId?: string;
  @ApiPropertyOptional({
    type: SecondFactorChallengeDto,
    description: 'Only with `SECOND_FACTOR_REQUIRED` (a sign-in whose password was right)',
  })
  secondFactor?: SecondFactorChallengeDto;
}

export function buildProblem(
  code: ErrorCode,
  detail: string,
  options: { status?: number; errors?: FieldError[]; requestId?: string } = {},
): ProblemDto {
  const status = options.status ?? STATUS_OF[code];
  const errors = options.errors ?? [];
  const omitted = Math.max(0, errors.length - MAX_PROBLEM_ERRORS);
  return {
    type: `https://motcua.gov.vn/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Lỗi',
    status,
    detail: omitted > 0 ? `${detail} (và ${omitted.toLocaleString('vi-VN')} lỗi khác)` : detail,
    code,
    ...(errors.length ? { errors: errors.slice(0, MAX_PROBLEM_ERRORS) } : {}),
    ...(omitted > 0 ? { errorsOmitted: omitted } : {}),
    ...(options.requestId ? { requestId: options.requestId } : {}),
  };
}
