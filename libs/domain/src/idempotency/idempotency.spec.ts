import {
  canonicalJson,
  decideIdempotency,
  fingerprintRequest,
  IDEMPOTENCY_KEY_PATTERN,
} from './idempotency';

describe('idempotency decisions', () => {
  const hash = fingerprintRequest({ procedureCode: '1.001193', formData: { a: 1 } });

  it('runs a request whose key was never seen', () => {
    expect(decideIdempotency(null, hash)).toEqual({ kind: 'proceed' });
  });

  it('replays the first response for the same key and body', () => {
    const stored = { requestHash: hash, statusCode: 201, body: { code: 'X' } };
    expect(decideIdempotency(stored, hash)).toEqual({
      kind: 'replay',
      statusCode: 201,
      body: { code: 'X' },
    });
  });

  it('refuses the same key with a different body', () => {
    const stored = { requestHash: hash, statusCode: 201, body: {} };
    const other = fingerprintRequest({ procedureCode: '1.001193', formData: { a: 2 } });
    expect(decideIdempotency(stored, other)).toEqual({ kind: 'reject-different-body' });
  });

  it('treats bodies that differ only in key order as the same request', () => {
    expect(canonicalJson({ b: [1, { y: 1, x: 2 }], a: 'v' })).toBe(
      '{"a":"v","b":[1,{"x":2,"y":1}]}',
    );
    expect(fingerprintRequest({ a: 1, b: 2 })).toBe(fingerprintRequest({ b: 2, a: 1 }));
    expect(fingerprintRequest({ a: 1 })).not.toBe(fingerprintRequest({ a: '1' }));
  });

  it('accepts printable ASCII keys up to 255 characters only', () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test('7d9c1f0e-submit')).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('a'.repeat(256))).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('khóa')).toBe(false);
  });
});
