import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The claim code of a dossier entered at the desk: what the applicant types (from the receipt
 * slip, an SMS or an e-mail) to bring the dossier into their account.
 *
 * The code is never stored. The dossier keeps a random nonce (`claim_nonce`, null once
 * claimed or for a dossier filed online) and the code is an HMAC of the dossier's id and that
 * nonce under a server key, so the API (the desk's answer, the receipt) and the worker (the
 * notice, the e-mailed receipt) can each work it out, and a copy of the database alone gives
 * nothing to guess it offline with. Twelve characters of a 31-letter alphabet (about 59 bits)
 * without the look-alikes 0/O, 1/I/L, printed in groups of four.
 */
export const CLAIM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CLAIM_CODE_LENGTH = 12;

/** The key claim codes are made with, derived from a server secret (HKDF, its own label). */
export function claimCodeKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', 'motcua/dossier-claim-code/v1', 32));
}

/** A fresh nonce for a new desk dossier (128 random bits, hex). */
export function newClaimNonce(): string {
  return randomBytes(16).toString('hex');
}

/** The dossier's claim code, grouped for reading: `ABCD-EFGH-JKMN`. */
export function claimCodeOf(key: Buffer, dossierId: string, nonce: string): string {
  const digest = createHmac('sha256', key).update(`${dossierId}:${nonce}`).digest();
  // 256 bits reduced to 12 letters: the bias of the last divisions is far below 2^-190
  let value = BigInt(`0x${digest.toString('hex')}`);
  const base = BigInt(CLAIM_CODE_ALPHABET.length);
  let code = '';
  for (let i = 0; i < CLAIM_CODE_LENGTH; i++) {
    code += CLAIM_CODE_ALPHABET[Number(value % base)];
    value /= base;
  }
  return code.match(/.{4}/g)!.join('-');
}

/** What a person typed, as the code is compared: upper case, spaces and hyphens dropped. */
export function normalizeClaimCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

/** Whether `typed` is the code, compared in constant time. */
export function claimCodeMatches(expected: string, typed: string): boolean {
  const a = Buffer.from(normalizeClaimCode(expected));
  const b = Buffer.from(normalizeClaimCode(typed));
  return a.length === b.length && timingSafeEqual(a, b);
}
