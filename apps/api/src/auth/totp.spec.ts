import { matchingTotpStep, newTotpSecret, otpauthUri, totpCode, TotpSecretBox } from './totp';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 11, 2, 8, 0, 10);
  const step = Math.floor(now / 30_000);

  it('accepts the code of now and of one step either side, with the step it belongs to', () => {
    expect(matchingTotpStep(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchingTotpStep(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchingTotpStep(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1);
  });

  it('refuses older codes, another secret’s code and what is not six digits', () => {
    expect(matchingTotpStep(secret, totpCode(secret, now - 90_000), now)).toBeNull();
    const other = newTotpSecret();
    const code = totpCode(other, now);
    // a collision of two secrets' codes is possible in principle; not with these two
    if (code !== totpCode(secret, now)) expect(matchingTotpStep(secret, code, now)).toBeNull();
    expect(matchingTotpStep(secret, '12345', now)).toBeNull();
    expect(matchingTotpStep(secret, 'abcdef', now)).toBeNull();
  });

  it('makes an otpauth address naming the issuer and the account', () => {
    const uri = otpauthUri(secret, 'can.bo@example.vn');
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain('issuer=M%E1%BB%99t');
    expect(uri).toContain('can.bo%40example.vn');
  });
});

describe('TotpSecretBox', () => {
  const box = new TotpSecretBox('a configured secret of enough length, 32+ bytes');

  it('stores no secret in clear, and opens what it sealed', () => {
    const secret = newTotpSecret();
    const sealed = box.seal(secret);
    expect(sealed).not.toContain(secret);
    expect(box.seal(secret)).not.toBe(sealed);
    expect(box.open(sealed)).toBe(secret);
  });

  it('refuses what another key sealed or what was altered', () => {
    const sealed = box.seal(newTotpSecret());
    expect(new TotpSecretBox('another configured secret, also long enough').open(sealed)).toBe(
      null,
    );
    const parts = sealed.split('.');
    parts[2] = Buffer.from('tampered').toString('base64url');
    expect(box.open(parts.join('.'))).toBeNull();
    expect(box.open('garbage')).toBeNull();
  });
});
