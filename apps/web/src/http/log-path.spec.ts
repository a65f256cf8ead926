import { loggedPath } from './log-path';

describe('loggedPath', () => {
  it('drops the query string, where search terms and typed codes travel', () => {
    expect(loggedPath('/?q=khai+sinh')).toBe('/');
    expect(loggedPath('/tra-cuu?ma=000.00.00.H00-261202-0001')).toBe('/tra-cuu');
  });

  it("masks a password-reset link's token", () => {
    expect(loggedPath('/dat-lai-mat-khau/Zx81_secret-token')).toBe('/dat-lai-mat-khau/[token]');
    expect(loggedPath('/dat-lai-mat-khau/abc?x=1')).toBe('/dat-lai-mat-khau/[token]');
    expect(loggedPath('/dat-lai-mat-khau')).toBe('/dat-lai-mat-khau');
  });

  it("masks an official's invitation token", () => {
    expect(loggedPath('/can-bo/kich-hoat/Zx81_secret-token')).toBe('/can-bo/kich-hoat/[token]');
    expect(loggedPath('/can-bo/kich-hoat')).toBe('/can-bo/kich-hoat');
  });

  it('keeps other paths as they are', () => {
    expect(loggedPath('/thu-tuc/1.001193')).toBe('/thu-tuc/1.001193');
  });
});
