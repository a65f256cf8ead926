import { isIsoInstant } from './iso-instant';

describe('isIsoInstant', () => {
  it.each([
    '2026-11-26T08:30:00+07:00',
    '2026-11-26T01:30:00Z',
    '2024-02-29T23:59:59.123456-14:00',
  ])('accepts %s', (value) => expect(isIsoInstant(value)).toBe(true));

  it.each([
    '2026-02-30T10:00:00+07:00',
    '2025-02-29T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-02-01T25:00:00Z',
    '2026-02-01T10:60:00Z',
    '2026-02-01T10:00:60Z',
    '2026-02-01T10:00:00+15:00',
    '0000-01-01T00:00:00Z',
    '2026-02-01T10:00:00',
    '2026-02-01',
    '',
    42,
    null,
  ])('refuses %s', (value) => expect(isIsoInstant(value)).toBe(false));
});
