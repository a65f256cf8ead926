import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** What authenticator apps show above the codes. */
export const TOTP_ISSUER = 'Một cửa điện tử';
/** RFC 6238 defaults, the ones every authenticator app supports. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
const SECRET_BYTES = 20;

function totpOf(base32: string, label = 'motcua'): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(base32),
  });
}

/** A new random TOTP secret, base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

/** The `otpauth://` address of a secret (what the QR code holds), labelled with the account. */
export function otpauthUri(base32: string, accountName: string): string {
  return totpOf(base32, accountName).toString();
}

/**
 * The code an authenticator app shows for a secret at an instant. Production only checks codes;
 * the tests play the app with this, kept beside the check so both use the same parameters.
 */
export function totpCode(base32: string, at = Date.now()): string {
  return totpOf(base32).generate({ timestamp: at });
}

/**
 * The time step `code` belongs to when it is the secret's code now or one step either side
 * (clocks of phones drift), or null. The caller spends the step, so a code works once.
 */
export function matchingTotpStep(base32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(base32).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/**
 * Encrypts TOTP secrets for storage (AES-256-GCM, a random nonce each time), with a key
 * derived (HKDF-SHA256) from a configured secret: a copy of the database alone gives no
 * working second factor.
 */
export class TotpSecretBox {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'motcua', 'totp-secret-v1', 32));
  }

  seal(base32: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(base32, 'utf8'), cipher.final()]);
    return ['v1', iv, sealed, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** The secret, or null when it was sealed with another key or altered. */
  open(stored: string): string | null {
    const [version, iv, sealed, tag] = stored.split('.');
    if (version !== 'v1' || !iv || !sealed || !tag) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(sealed, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      return null;
    }
  }
}
