import {
  dossierCodePrefix,
  formatDossierCode,
  isAgencyCode,
  isDossierCode,
  vietnamDate,
} from './dossier-code';

describe('dossier code (Circular 01/2018)', () => {
  it('formats <agencyCode>-<YYMMDD>-<NNNN> like the circular’s example', () => {
    expect(formatDossierCode('000.06.16.G09', '2019-03-15', 1)).toBe('000.06.16.G09-190315-0001');
  });

  it('pads to four digits and never truncates a longer sequence', () => {
    expect(formatDossierCode('000.00.00.H00', '2026-11-26', 42)).toBe('000.00.00.H00-261126-0042');
    expect(formatDossierCode('000.00.00.H00', '2026-11-26', 12345)).toBe(
      '000.00.00.H00-261126-12345',
    );
  });

  it('refuses a sequence that is not a positive integer', () => {
    expect(() => formatDossierCode('000.00.00.H00', '2026-11-26', 0)).toThrow(RangeError);
    expect(() => formatDossierCode('000.00.00.H00', '2026-11-26', 1.5)).toThrow(RangeError);
  });

  it('builds the prefix the database appends the sequence to', () => {
    expect(dossierCodePrefix('000.00.00.H00', '2026-01-05')).toBe('000.00.00.H00-260105-');
    expect(() => dossierCodePrefix('000.00.00.H00', '26-01-05')).toThrow(RangeError);
  });

  it('recognises codes and rejects other strings', () => {
    expect(isDossierCode('000.00.00.H00-261126-0001')).toBe(true);
    expect(isDossierCode('000.00.00.H00-261126-1')).toBe(false);
    expect(isDossierCode("x' OR 1=1 --")).toBe(false);
  });

  it('dates by the Vietnamese calendar (UTC+7), not the server’s', () => {
    // 17:30 UTC on 31 Dec is already 1 Jan in Hà Nội
    expect(vietnamDate(new Date('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
    expect(vietnamDate(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
  });
});

describe('agency identifier code (national catalogue, V1V2V3.Z1Z2.Y1Y2.MX1X2)', () => {
  it.each(['000.00.00.H00', '000.06.16.G09', 'A01.2B.00.H29'])('accepts %s', (code) => {
    expect(isAgencyCode(code)).toBe(true);
  });

  it.each([
    '000.00.00.h00',
    '000.00.00.H0',
    '0000.00.00.H00',
    '000-00-00-H00',
    ' 000.00.00.H00',
    '000.00.00.H00 ',
    '000.00.00.H00-250101-0001',
    '',
    42,
    null,
  ])('refuses %p', (value) => {
    expect(isAgencyCode(value)).toBe(false);
  });

  it('is the first part of every dossier code the agency gives', () => {
    const code = formatDossierCode('000.06.16.G09', '2019-03-15', 1);
    expect(isAgencyCode(code.split('-')[0])).toBe(true);
    expect(isDossierCode(code)).toBe(true);
  });
});
