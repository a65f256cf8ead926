import type { ValidationError } from '@nestjs/common';
import { ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@motcua/domain';
import { ValidationFailedError } from '@motcua/domain';

/** Vietnamese wording for class-validator's constraints, shown to citizens. */
const MESSAGES: Record<string, string> = {
  whitelistValidation: 'Trường này không được phép.',
  isNotEmpty: 'Không được để trống.',
  isDefined: 'Bắt buộc phải có.',
  isString: 'Phải là chuỗi ký tự.',
  isBoolean: 'Phải là đúng hoặc sai.',
  isInt: 'Phải là số nguyên.',
  isNumber: 'Phải là số.',
  min: 'Giá trị quá nhỏ.',
  max: 'Giá trị quá lớn.',
  isEmail: 'Địa chỉ email không hợp lệ.',
  isEnum: 'Giá trị không nằm trong danh sách cho phép.',
  isIn: 'Giá trị không nằm trong danh sách cho phép.',
  isUUID: 'Mã định danh không hợp lệ.',
  isObject: 'Phải là một đối tượng.',
  isArray: 'Phải là một danh sách.',
  arrayMaxSize: 'Danh sách có quá nhiều phần tử.',
  arrayMinSize: 'Danh sách có quá ít phần tử.',
  minLength: 'Quá ngắn.',
  maxLength: 'Quá dài.',
  length: 'Độ dài không hợp lệ.',
  matches: 'Không đúng định dạng.',
  isDateString: 'Ngày không hợp lệ.',
  nestedValidation: 'Giá trị không hợp lệ.',
};

/** Constraints whose message is more precise than the generic wording (set with `context`). */
function messageOf(constraint: string, error: ValidationError): string {
  const context = error.contexts?.[constraint];
  if (typeof context?.message === 'string') return context.message;
  // rules whose validator words its own (Vietnamese) reason, e.g. a weak password's
  if (context?.messageFromValidator === true) return error.constraints?.[constraint] ?? '';
  return MESSAGES[constraint] ?? 'Giá trị không hợp lệ.';
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {})
      .slice(0, 1)
      .map((constraint) => ({ field, message: messageOf(constraint, error) }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Global pipe: unknown properties are refused, payloads become DTO instances. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationFailedError(flattenValidationErrors(errors)),
  });
}
