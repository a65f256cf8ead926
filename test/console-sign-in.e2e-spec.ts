import { registerCitizen } from './support/actors';
import {
  consoleNavLinks,
  officialBrowser,
  openOfficialBrowser,
  startConsole,
  submitConsoleSignIn,
  type TestConsole,
} from './support/console';

describe('officials console: sign-in, sign-out and the navigation by role', () => {
  let stack: TestConsole;

  beforeAll(async () => {
    stack = await startConsole();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('asks a signed-out official to sign in by e-mail, brings them back, and signs them out', async () => {
    const person = await openOfficialBrowser(stack, { javaScript: false });
    try {
      let page = await person.open('/can-bo/ho-so?tat-ca=1');
      expect(new URL(page.url()).pathname).toBe('/can-bo/dang-nhap');

      page = await submitConsoleSignIn(person, 'tiepnhan@motcua.local', 'SaiMatKhau@1');
      expect(await page.locator('.error-summary').textContent()).toContain(
        'Thư điện tử hoặc mật khẩu không đúng.',
      );
      expect(await page.locator('#f-email').inputValue()).toBe('tiepnhan@motcua.local');

      page = await submitConsoleSignIn(person, 'tiepnhan@motcua.local');
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
        '/can-bo/ho-so?tat-ca=1',
      );
      expect(await page.textContent('header')).toContain('Tiếp nhận');

      page = await person.follow((p) => p.click('header button:has-text("Đăng xuất")'));
      expect(new URL(page.url()).pathname).toBe('/can-bo/dang-nhap');
      expect(await page.textContent('main')).toContain('Bạn đã đăng xuất.');

      // the sign-in is gone: the work list asks for it again
      page = await person.open('/can-bo');
      expect(new URL(page.url()).pathname).toBe('/can-bo/dang-nhap');
    } finally {
      await person.close();
    }
  }, 180_000);

  it('refuses a citizen account with a message that sends the citizen to their own sign-in', async () => {
    const citizen = await registerCitizen(stack.portal.stack.api.http);
    const person = await openOfficialBrowser(stack);
    try {
      await person.open('/can-bo/dang-nhap');
      const page = await submitConsoleSignIn(person, citizen.email, citizen.password);
      expect(new URL(page.url()).pathname).toBe('/can-bo/dang-nhap');
      expect(await page.locator('.error-summary').textContent()).toContain(
        'Đây là tài khoản công dân, không dùng được cho trang cán bộ.',
      );
      // nobody is signed in afterwards
      const after = await person.open('/can-bo/ho-so');
      expect(new URL(after.url()).pathname).toBe('/can-bo/dang-nhap');
    } finally {
      await person.close();
    }
  }, 120_000);

  it.each([
    ['reception', ['Hồ sơ', 'Tiếp nhận hồ sơ giấy'], 'Chờ tiếp nhận'],
    ['specialist', ['Hồ sơ'], 'Được giao cho tôi, đang xử lý'],
    ['leader', ['Hồ sơ', 'Báo cáo'], 'Chờ phê duyệt'],
    [
      'admin',
      [
        'Hồ sơ',
        'Báo cáo',
        'Thủ tục',
        'Ngày nghỉ',
        'Hàng đợi',
        'Cơ quan',
        'Cán bộ',
        'Nhật ký quản trị',
      ],
      'Tìm hồ sơ',
    ],
  ] as const)(
    'shows the %s only the areas their roles allow, and their own queue first',
    async (official, areas, queue) => {
      const person = await officialBrowser(stack, official);
      try {
        const page = person.page;
        expect(new URL(page.url()).pathname).toBe('/can-bo');
        expect(await consoleNavLinks(page)).toEqual(areas);
        expect(await page.title()).toContain(queue);
      } finally {
        await person.close();
      }
    },
  );
});
