import { textOf } from '../../http/page-http';
import type { SubmittedBody } from '../../forms';
import type { FormState } from './account.pages';

export const MIN_PASSWORD_LENGTH = 8;

function formWithError(targetId: string, message: string): FormState {
  return { values: {}, errors: new Map([[targetId, message]]), summary: [{ targetId, message }] };
}

/**
 * The password chosen in a `NewPasswordForm`, and the form to show again when it is too
 * short or the two boxes differ (the API has the last word on the rest).
 */
export function readNewPassword(body: SubmittedBody): { password: string; invalid?: FormState } {
  const password = textOf(body, 'password');
  const confirmation = textOf(body, 'confirmPassword');
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      password,
      invalid: formWithError('password', `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`),
    };
  }
  if (password !== confirmation) {
    return {
      password,
      invalid: formWithError('confirmPassword', 'Hai mật khẩu bạn nhập không giống nhau.'),
    };
  }
  return { password };
}
