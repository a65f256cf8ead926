import { DossierStatus, isOverdue, NATIONAL_STATUS_CODES } from './dossier-status';

describe('overdue', () => {
  it('is overdue only after the appointment date while no result is ready', () => {
    expect(isOverdue(DossierStatus.Processing, '2026-11-25', '2026-11-26')).toBe(true);
    expect(isOverdue(DossierStatus.Processing, '2026-11-26', '2026-11-26')).toBe(false);
    expect(isOverdue(DossierStatus.ResultReady, '2026-11-20', '2026-11-26')).toBe(false);
    expect(isOverdue(DossierStatus.Returned, '2026-11-20', '2026-11-26')).toBe(false);
    expect(isOverdue(DossierStatus.Submitted, null, '2026-11-26')).toBe(false);
  });

  it('maps every status to a national portal code between 1 and 10', () => {
    for (const status of Object.values(DossierStatus)) {
      expect(NATIONAL_STATUS_CODES[status]).toBeGreaterThanOrEqual(1);
      expect(NATIONAL_STATUS_CODES[status]).toBeLessThanOrEqual(10);
    }
    expect(NATIONAL_STATUS_CODES[DossierStatus.Returned]).toBe(10);
  });
});
