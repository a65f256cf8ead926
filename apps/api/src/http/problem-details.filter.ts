import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { isDatabaseUnavailable } from '@motcua/database';
import { DomainError, ErrorCode } from '@motcua/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { buildProblem, ProblemDto, PROBLEM_CONTENT_TYPE } from './problem-details';

/** Nest and Fastify errors that are the client's fault, with what to tell the citizen. */
const CLIENT_ERRORS: Record<number, [ErrorCode, string]> = {
  400: [ErrorCode.ValidationFailed, 'Yêu cầu không hợp lệ.'],
  401: [ErrorCode.Unauthenticated, 'Bạn cần đăng nhập để thực hiện thao tác này.'],
  403: [ErrorCode.Forbidden, 'Bạn không có quyền thực hiện thao tác này.'],
  404: [ErrorCode.NotFound, 'Không tìm thấy địa chỉ được yêu cầu.'],
  405: [ErrorCode.NotFound, 'Phương thức không được hỗ trợ cho địa chỉ này.'],
  406: [ErrorCode.ValidationFailed, 'Định dạng phản hồi được yêu cầu không được hỗ trợ.'],
  409: [ErrorCode.Conflict, 'Yêu cầu xung đột với trạng thái hiện tại.'],
  413: [ErrorCode.PayloadTooLarge, 'Dữ liệu gửi lên vượt quá dung lượng cho phép.'],
  414: [ErrorCode.ValidationFailed, 'Địa chỉ yêu cầu quá dài.'],
  415: [ErrorCode.UnsupportedMediaType, 'Định dạng dữ liệu không được hỗ trợ.'],
  429: [ErrorCode.RateLimited, 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.'],
};

const FASTIFY_DETAILS: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Nội dung JSON không đúng cú pháp.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Nội dung JSON bị trống.',
  FST_ERR_BAD_URL: 'Địa chỉ yêu cầu không hợp lệ.',
  FST_ERR_MAX_PARAM_LENGTH: 'Địa chỉ yêu cầu quá dài.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Định dạng dữ liệu (Content-Type) không được hỗ trợ.',
  FST_REQ_FILE_TOO_LARGE: 'Tệp vượt quá dung lượng cho phép.',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'Yêu cầu phải có định dạng multipart/form-data.',
};

/**
 * Turns anything thrown into RFC 9457 problem+json with a stable `code` and a Vietnamese
 * `detail`. Internals (stack, SQL, ids) are logged, never sent.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, String(request.id ?? ''), request);
    if (problem.status >= 500) {
      this.logger.error(
        { err: loggableError(exception), requestId: request.id },
        'Unhandled error',
      );
    }
    sendProblem(reply, problem, retryAfterOf(exception));
  }

  /** `request`, when known, tells the body limit a 413 answer names. */
  toProblem(exception: unknown, requestId: string, request?: FastifyRequest): ProblemDto {
    if (exception instanceof DomainError) {
      return {
        ...buildProblem(exception.code, exception.detail, {
          errors: exception.errors,
          requestId,
        }),
        // members of a problem type beyond the standard ones (RFC 9457, section 3.2)
        ...problemExtensionsOf(exception),
      };
    }
    if (exception instanceof ThrottlerException) {
      const [code, detail] = CLIENT_ERRORS[429];
      return buildProblem(code, detail, { requestId });
    }
    if (isDatabaseUnavailable(exception)) {
      return buildProblem(
        ErrorCode.ServiceUnavailable,
        'Hệ thống đang quá tải, chưa xử lý được yêu cầu. Vui lòng thử lại sau ít giây.',
        { requestId },
      );
    }
    const status = statusOf(exception);
    const known = CLIENT_ERRORS[status];
    if (known) {
      const fastifyCode = (exception as { code?: string }).code;
      // Nest hands Fastify's errors on as HttpExceptions without their code: a 413 that is not
      // a DomainError is a body over the route's limit
      const detail =
        status === 413 && request
          ? `Dữ liệu gửi lên vượt quá dung lượng cho phép (${formatBytes(request.routeOptions.bodyLimit)}).`
          : (fastifyCode && FASTIFY_DETAILS[fastifyCode]) || known[1];
      return buildProblem(known[0], detail, { status, requestId });
    }
    if (status === 503) {
      return buildProblem(ErrorCode.ServiceUnavailable, 'Dịch vụ tạm thời không khả dụng.', {
        requestId,
      });
    }
    return buildProblem(ErrorCode.InternalError, 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.', {
      status: 500,
      requestId,
    });
  }
}

/** A size as people read it: `64 KB`, `1 MB`, `1,5 MB`. */
export function formatBytes(bytes: number): string {
  const [unit, size] =
    bytes >= 1024 * 1024 ? ['MB', 1024 * 1024] : bytes >= 1024 ? ['KB', 1024] : ['byte', 1];
  return `${(bytes / (size as number)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ${unit}`;
}

/**
 * What of an unexpected error goes to the log: never driver extras such as a failed query's
 * parameters or a constraint's `detail`, which can carry personal data.
 */
function loggableError(exception: unknown): Record<string, unknown> {
  if (!(exception instanceof Error)) return { message: String(exception) };
  return {
    name: exception.name,
    message: exception.message,
    code: (exception as { code?: unknown }).code,
    stack: exception.stack,
  };
}

function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  const status = (exception as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** Extra members some errors carry (e.g. the second factor's `challenge`). */
function problemExtensionsOf(exception: DomainError): Partial<ProblemDto> {
  const extensions = (exception as { problemExtensions?: Partial<ProblemDto> }).problemExtensions;
  return extensions ?? {};
}

/** Seconds a client is asked to wait after a 503: the database or a dependency was busy. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** Seconds an error says to wait (e.g. a login lock-out's), when it says. */
function retryAfterOf(exception: unknown): number | undefined {
  const seconds = (exception as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : undefined;
}

export function sendProblem(reply: FastifyReply, problem: ProblemDto, retryAfter?: number): void {
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE };
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
  else if (problem.status === 429) headers['retry-after'] = '60';
  else if (problem.status === 503) {
    headers['retry-after'] = String(UNAVAILABLE_RETRY_AFTER_SECONDS);
  }
  void reply.code(problem.status).headers(headers).send(problem);
}
