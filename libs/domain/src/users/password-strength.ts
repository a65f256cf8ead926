import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** What a password must not be built from: the account's own identifiers. */
export interface PasswordOwner {
  nationalId?: string | null;
  phone?: string | null;
  email?: string | null;
}

const SEQUENCES = [
  '01234567890',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx3edc4rfv',
  'qazwsxedcrfv',
];

/**
 * Why `password` is too weak to protect an account, in Vietnamese, or null when it is
 * acceptable. Refused: outside 8–128 characters; one character repeated or a short pattern
 * repeated ("11111111", "abababab"); a run of the keyboard or of the alphabet or digits,
 * forwards or backwards ("12345678", "qwertyui"); a very common password, also followed by
 * digits ("matkhau123"); one containing the owner's national ID, phone number or e-mail name.
 * Used wherever a password is set (registration, password reset).
 */
export function passwordWeakness(password: string, owner: PasswordOwner = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    return `Mật khẩu phải có từ ${PASSWORD_MIN_LENGTH} đến ${PASSWORD_MAX_LENGTH} ký tự.`;
  }
  const plain = fold(password);
  const digits = plain.replace(/\D/g, '');
  const nationalId = owner.nationalId?.replace(/\D/g, '');
  if (nationalId && nationalId.length >= 6 && digits.includes(nationalId)) {
    return 'Mật khẩu không được chứa số định danh cá nhân.';
  }
  // the subscriber number, whatever prefix (0…, 84…, +84…) it is written with
  const phone = owner.phone?.replace(/\D/g, '').replace(/^(84|0)/, '');
  if (phone && phone.length >= 6 && digits.includes(phone)) {
    return 'Mật khẩu không được chứa số điện thoại.';
  }
  const mailbox = owner.email?.split('@')[0];
  if (mailbox && mailbox.length >= 4 && plain.includes(fold(mailbox))) {
    return 'Mật khẩu không được chứa địa chỉ email.';
  }
  if (isRepetition(plain)) {
    return 'Mật khẩu không được chỉ lặp lại một ký tự hay một nhóm ký tự (ví dụ 11111111, abcabcabc).';
  }
  if (isSequence(plain)) {
    return 'Mật khẩu không được là một dãy ký tự liên tiếp (ví dụ 12345678, abcdefgh, qwertyui).';
  }
  if (COMMON_PASSWORDS.has(plain) || COMMON_PASSWORDS.has(plain.replace(/\d+$/, ''))) {
    return 'Mật khẩu này quá phổ biến và dễ bị đoán. Vui lòng chọn mật khẩu khác.';
  }
  const withoutDigits = plain.replace(/\d+$/, '');
  if (
    withoutDigits !== plain &&
    withoutDigits !== '' &&
    (isRepetition(withoutDigits) || isSequence(withoutDigits))
  ) {
    return 'Mật khẩu quá dễ đoán. Vui lòng kết hợp chữ, số và ký hiệu khó đoán hơn.';
  }
  return null;
}

/** Lower case without Vietnamese diacritics, so "MậtKhẩu" counts as "matkhau". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
}

/** The whole text is one group of at most 3 characters repeated ("aaaa", "abab", "123123"). */
function isRepetition(text: string): boolean {
  if (text.length === 0) return true;
  for (let size = 1; size <= 3; size++) {
    const group = text.slice(0, size);
    if (group.repeat(Math.ceil(text.length / size)).slice(0, text.length) === text) return true;
  }
  return new Set(text).size <= 2;
}

/** The whole text is a run of a keyboard row, the alphabet or the digits, either way. */
function isSequence(text: string): boolean {
  if (text.length < 4) return false;
  return SEQUENCES.some((sequence) => {
    const reversed = [...sequence].reverse().join('');
    return sequence.includes(text) || reversed.includes(text);
  });
}
