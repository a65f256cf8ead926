import type { ValidationOptions } from 'class-validator';
import { ValidateBy } from 'class-validator';
import type { PasswordOwner } from '@motcua/domain';
import { passwordWeakness } from '@motcua/domain';

/**
 * class-validator rule for a new password (registration, password reset): refuses what
 * `passwordWeakness` refuses and says why. `ownerOf` reads the account's identifiers from the
 * validated object, when it has them, so a password cannot be the owner's ID or phone.
 * The reason is the constraint's message (the API's validation pipe shows it as is).
 */
export function IsAcceptablePassword<T extends object>(
  ownerOf: (object: T) => PasswordOwner = () => ({}),
  options: ValidationOptions = {},
): PropertyDecorator {
  const reasonOf = (value: unknown, object: object) =>
    typeof value === 'string'
      ? passwordWeakness(value, ownerOf(object as T))
      : 'Vui lòng nhập mật khẩu.';
  return ValidateBy(
    {
      name: 'isAcceptablePassword',
      validator: {
        validate: (value, args) => reasonOf(value, args?.object ?? {}) === null,
        defaultMessage: (args) => reasonOf(args?.value, args?.object ?? {}) ?? '',
      },
    },
    { ...options, context: { messageFromValidator: true, ...options.context } },
  );
}
