import {
  claimPageUrl,
  invitationPageUrl,
  passwordResetPageUrl,
  trackingPageUrl,
} from './portal-links';

describe('portal links', () => {
  it('points at the portal’s pages, not at the JSON routes', () => {
    expect(trackingPageUrl('https://dichvucong.example.vn', '000.00.00.H00-261202-0001')).toBe(
      'https://dichvucong.example.vn/tra-cuu/000.00.00.H00-261202-0001',
    );
    expect(claimPageUrl('http://localhost:8080', '000.00.00.H00-261202-0001')).toBe(
      'http://localhost:8080/nhan-ho-so/000.00.00.H00-261202-0001',
    );
    expect(passwordResetPageUrl('http://localhost:8080', 'abc_DEF-123')).toBe(
      'http://localhost:8080/dat-lai-mat-khau/abc_DEF-123',
    );
    expect(invitationPageUrl('https://dichvucong.example.vn/', 'abc_DEF-123')).toBe(
      'https://dichvucong.example.vn/can-bo/kich-hoat/abc_DEF-123',
    );
  });

  it('drops trailing slashes of the base and escapes the value', () => {
    expect(trackingPageUrl('https://motcua.gov.vn//', 'a b/c')).toBe(
      'https://motcua.gov.vn/tra-cuu/a%20b%2Fc',
    );
  });
});
