import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-recommended parameters). */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password).catch(() => false);
  }
}

/**
 * The hasher for code that runs outside Nest's container (the demo seed, test fixtures);
 * services get `PasswordHasher` injected (AuthCoreModule provides it).
 */
export const passwordHasher = new PasswordHasher();
