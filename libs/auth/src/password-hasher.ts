import * as argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-recommended parameters). */
export const passwordHasher = {
  hash: (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id }),
  verify: (hash: string, password: string): Promise<boolean> =>
    argon2.verify(hash, password).catch(() => false),
};
