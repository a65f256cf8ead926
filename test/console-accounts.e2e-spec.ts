import { randomUUID } from 'node:crypto';
import { totpCode } from '../apps/api/src/auth/totp';
import { DEMO_PASSWORD } from './support/actors';
import {
  consoleNavLinks,
  officialBrowser,
  openOfficialBrowser,
  startConsole,
  submitConsoleSignIn,
  type TestConsole,
} from './support/console';
import { startMailbox, type Mailbox } from './support/mail';

// several pages, each checked with axe, and two mails through the worker
jest.setTimeout(300_000);

/**
 * Officials' accounts in the console, in Chromium with axe on every page: an administrator
 * invites an official, who accepts the invitation (the link's token leaves the address bar),
 * sets a password and signs in, with the second factor their role needs (LEADER here), and sets
 * up a new app after an administrator cleared a lost one.
 */
describe('console: officials’ accounts', () => {
  let stack: TestConsole;
  let mailbox: Mailbox;

  beforeAll(async () => {
    mailbox = await startMailbox();
    stack = await startConsole({ SMTP_URL: mailbox.url, TOTP_REQUIRED_ROLES: 'LEADER' });
  });
  afterAll(async () => {
    await stack?.close();
    await mailbox?.close();
  });

  /** Invites an official; the mailed link, and the address of the official's page. */
  async function invite(email: string, role: string) {
    let officialPath = '';
    const admin = await officialBrowser(stack, 'admin');
    try {
      expect(await consoleNavLinks(admin.page)).toEqual(
        expect.arrayContaining(['Cán bộ', 'Nhật ký quản trị']),
      );
      let page = await admin.open('/can-bo/quan-tri/can-bo');
      page = await admin.follow((p) => p.click('a:has-text("Mời cán bộ")'));
      await page.fill('#email', email);
      await page.fill('#fullName', 'Phạm Thị Mới');
      await page.check(`#role-${role}`);
      page = await admin.follow((p) => p.click('main button:has-text("Gửi thư mời")'));
      officialPath = new URL(page.url()).pathname;
      expect(await page.textContent('main')).toContain(`Đã gửi thư mời tới ${email}`);
      expect(await page.textContent('main')).toContain('Chờ kích hoạt');
      page = await admin.open('/can-bo/quan-tri/nhat-ky');
      expect(await page.locator('tbody tr').first().textContent()).toContain('Mời cán bộ');
    } finally {
      await admin.close();
    }
    const mail = await mailbox.waitFor((m) => m.to.includes(email) && m.text.includes('kich-hoat'));
    const link = /https?:\/\/\S+\/can-bo\/kich-hoat\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    expect(link?.startsWith(`${stack.portal.url}/can-bo/kich-hoat/`)).toBe(true);
    return { link: link!, officialPath };
  }

  it('an administrator invites an official, who sets a password and signs in', async () => {
    const email = `moi-${randomUUID().slice(0, 8)}@example.vn`;
    const { link } = await invite(email, 'RECEPTION');

    const official = await openOfficialBrowser(stack);
    try {
      let page = await official.open(link);
      // the token leaves the address bar (and the Referer) at once
      expect(new URL(page.url()).pathname).toBe('/can-bo/kich-hoat');
      await page.fill('#password', 'ngan');
      await page.fill('#confirmPassword', 'ngan');
      page = await official.follow((p) => p.click('main button:has-text("Kích hoạt tài khoản")'));
      expect(await page.locator('.error-summary').textContent()).toContain('ít nhất 8 ký tự');
      await page.fill('#password', 'CanBoMoi@2026');
      await page.fill('#confirmPassword', 'CanBoMoi@2026');
      page = await official.follow((p) => p.click('main button:has-text("Kích hoạt tài khoản")'));
      expect(new URL(page.url()).pathname).toBe('/can-bo/dang-nhap');
      expect(await page.textContent('main')).toContain('Đã kích hoạt tài khoản');

      page = await submitConsoleSignIn(official, email, 'CanBoMoi@2026');
      expect(new URL(page.url()).pathname).toBe('/can-bo');
      expect(await page.textContent('header')).toContain('Phạm Thị Mới');

      // the link works once: the page cannot tell before the API refuses the used token
      page = await official.open(link);
      await page.fill('#password', 'CanBoKhac@2026');
      await page.fill('#confirmPassword', 'CanBoKhac@2026');
      page = await official.follow((p) => p.click('main button:has-text("Kích hoạt tài khoản")'));
      expect(await page.locator('h1').textContent()).toBe('Đường dẫn không còn dùng được');
    } finally {
      await official.close();
    }
  });

  it('a leader sets up the authenticator app at the first sign-in, then signs in with a code', async () => {
    const email = `lanh-dao-${randomUUID().slice(0, 8)}@example.vn`;
    const { link, officialPath } = await invite(email, 'LEADER');
    const leader = await openOfficialBrowser(stack, { javaScript: false });
    try {
      let page = await leader.open(link);
      await page.fill('#password', DEMO_PASSWORD);
      await page.fill('#confirmPassword', DEMO_PASSWORD);
      page = await leader.follow((p) => p.click('main button:has-text("Kích hoạt tài khoản")'));

      page = await submitConsoleSignIn(leader, email, DEMO_PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/can-bo/dang-nhap/xac-thuc');
      expect(await page.locator('.qr__image svg').count()).toBe(1);
      const secret = (await page.locator('code.secret').textContent())!.trim();

      await page.fill('#otp', '000000' === totpCode(secret) ? '111111' : '000000');
      page = await leader.follow((p) => p.click('main button:has-text("Xác nhận")'));
      expect(await page.locator('.error-summary').textContent()).toContain('Mã xác thực');

      await page.fill('#otp', totpCode(secret));
      page = await leader.follow((p) => p.click('main button:has-text("Xác nhận")'));
      expect(new URL(page.url()).pathname).toBe('/can-bo');

      // signed out and in again: a code only, no new secret
      page = await leader.follow((p) => p.click('button:has-text("Đăng xuất")'));
      page = await submitConsoleSignIn(leader, email, DEMO_PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/can-bo/dang-nhap/xac-thuc');
      expect(await page.locator('.qr__image').count()).toBe(0);
      await page.fill('#otp', totpCode(secret, Date.now() + 30_000));
      page = await leader.follow((p) => p.click('main button:has-text("Xác nhận")'));
      expect(new URL(page.url()).pathname).toBe('/can-bo');

      // the phone is lost: an administrator clears the app, the leader sets up a new one
      const admin = await officialBrowser(stack, 'admin');
      try {
        let adminPage = await admin.open(officialPath);
        expect(await adminPage.textContent('main')).toContain('Đã thiết lập');
        adminPage = await admin.follow((p) =>
          p.click('main button:has-text("Xóa ứng dụng xác thực")'),
        );
        expect(await adminPage.textContent('main')).toContain('Đã xóa ứng dụng xác thực');
        expect(await adminPage.textContent('main')).toContain('Chưa thiết lập');
        expect(await adminPage.locator('button:has-text("Xóa ứng dụng xác thực")').count()).toBe(0);
      } finally {
        await admin.close();
      }
      page = await leader.open('/can-bo');
      expect(new URL(page.url()).pathname).toBe('/can-bo/dang-nhap');
      page = await submitConsoleSignIn(leader, email, DEMO_PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/can-bo/dang-nhap/xac-thuc');
      expect(await page.locator('.qr__image svg').count()).toBe(1);
      const newSecret = (await page.locator('code.secret').textContent())!.trim();
      expect(newSecret).not.toBe(secret);
      await page.fill('#otp', totpCode(newSecret));
      page = await leader.follow((p) => p.click('main button:has-text("Xác nhận")'));
      expect(new URL(page.url()).pathname).toBe('/can-bo');
    } finally {
      await leader.close();
    }
  });
});
