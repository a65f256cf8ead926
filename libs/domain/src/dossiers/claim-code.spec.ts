import {
  CLAIM_CODE_ALPHABET,
  claimCodeKey,
  claimCodeMatches,
  claimCodeOf,
  newClaimNonce,
  normalizeClaimCode,
} from './claim-code';

describe('claim codes', () => {
  const key = claimCodeKey('a server secret of some length');
  const id = '5b0f3f4e-8a43-4c55-9d52-1f0d5c7d2a10';

  it('are twelve unambiguous letters in three groups', () => {
    const code = claimCodeOf(key, id, newClaimNonce());
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(code).not.toMatch(/[01OIL]/);
    for (const letter of code.replace(/-/g, '')) expect(CLAIM_CODE_ALPHABET).toContain(letter);
  });

  it('are the same for the same dossier and nonce, and differ otherwise', () => {
    const nonce = newClaimNonce();
    expect(claimCodeOf(key, id, nonce)).toBe(claimCodeOf(key, id, nonce));
    expect(claimCodeOf(key, id, newClaimNonce())).not.toBe(claimCodeOf(key, id, nonce));
    expect(claimCodeOf(claimCodeKey('another secret'), id, nonce)).not.toBe(
      claimCodeOf(key, id, nonce),
    );
  });

  it('spread over the whole alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      for (const letter of claimCodeOf(key, id, newClaimNonce()).replace(/-/g, ''))
        seen.add(letter);
    }
    expect(seen.size).toBe(CLAIM_CODE_ALPHABET.length);
  });

  it('match what a person types: any case, spaces or hyphens', () => {
    const code = claimCodeOf(key, id, newClaimNonce());
    expect(normalizeClaimCode(' abcd efgh-jkmn ')).toBe('ABCDEFGHJKMN');
    expect(claimCodeMatches(code, code.toLowerCase().replace(/-/g, ' '))).toBe(true);
    expect(claimCodeMatches(code, code.replace(/-/g, ''))).toBe(true);
    expect(claimCodeMatches(code, `${code}A`)).toBe(false);
    expect(claimCodeMatches(code, '')).toBe(false);
    expect(claimCodeMatches(code, 'AAAA-BBBB-CCCC')).toBe(false);
  });
});
