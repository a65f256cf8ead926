import { hashRefreshToken, newRefreshToken } from './refresh-token';

describe('refresh tokens', () => {
  it('are 32 random bytes in base64url', () => {
    const token = newRefreshToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('never repeat', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newRefreshToken));
    expect(tokens.size).toBe(1000);
  });

  it('are stored as a 64-character sha256 hex digest that differs from the token', () => {
    const token = newRefreshToken();
    const digest = hashRefreshToken(token);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).toBe(hashRefreshToken(token));
    expect(digest).not.toContain(token);
    expect(hashRefreshToken(newRefreshToken())).not.toBe(digest);
  });
});
