import type { Browser } from 'playwright-core';
import { DEMO, login, registerCitizen } from './support/actors';
import { launchBrowser, PortalBrowser } from './support/browser';
import { fillFormStep } from './support/citizen-journey';
import {
  COUNTER_ONLY_PROCEDURE_CODE,
  POSTAL_PROCEDURE_CODE,
  requiredDocumentCodes,
  validFormData,
} from './support/demo';
import { uploadFile } from './support/files';
import { startMailbox, type Mailbox } from './support/mail';
import { startPortal, type TestPortal } from './support/portal';

describe('citizen portal: account', () => {
  let portal: TestPortal;
  let browser: Browser;
  let mailbox: Mailbox;

  beforeAll(async () => {
    mailbox = await startMailbox();
    portal = await startPortal({ SMTP_URL: mailbox.url, MAIL_FROM: 'motcua@example.vn' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await mailbox?.close();
  });

  async function signIn(person: PortalBrowser, username: string, password: string) {
    await person.page.fill('#f-username', username);
    await person.page.fill('#password', password);
    return person.follow((p) => p.click('main button:has-text("Đăng nhập")'));
  }

  it('asks to sign in when filing starts, then comes back to the same step', async () => {
    const citizen = await registerCitizen(portal.stack.api.http);
    const person = await PortalBrowser.open(browser, portal.url, { javaScript: false });
    try {
      await person.open(`/thu-tuc/${POSTAL_PROCEDURE_CODE}`);
      let page = await person.follow((p) => p.click('a:has-text("Nộp hồ sơ trực tuyến")'));
      expect(new URL(page.url()).pathname).toBe('/dang-nhap');

      // a wrong password says so without telling which part was wrong
      page = await signIn(person, citizen.nationalId, 'SaiMatKhau@1');
      expect(await page.locator('.error-summary').textContent()).toContain(
        'Số định danh cá nhân, thư điện tử hoặc mật khẩu không đúng.',
      );
      expect(await page.locator('#f-username').inputValue()).toBe(citizen.nationalId);

      page = await signIn(person, citizen.nationalId, citizen.password);
      expect(new URL(page.url()).pathname).toBe(`/nop-ho-so/${POSTAL_PROCEDURE_CODE}`);
      page = await person.follow((p) => p.click('button:has-text("Bắt đầu")'));
      await fillFormStep(page, POSTAL_PROCEDURE_CODE);
      page = await person.follow((p) => p.click('button:has-text("Lưu và tiếp tục")'));
      const stepTwo = page.url();

      // signed out mid-journey: the step asks for sign-in again and returns there
      page = await person.follow((p) => p.click('button:has-text("Đăng xuất")'));
      expect(await page.textContent('main')).toContain('Bạn đã đăng xuất.');
      page = await person.open(stepTwo);
      expect(new URL(page.url()).pathname).toBe('/dang-nhap');
      page = await signIn(person, citizen.email, citizen.password);
      expect(page.url()).toBe(stepTwo);
    } finally {
      await person.close();
    }
  });

  it('registers, showing each refused answer beside its field', async () => {
    const person = await PortalBrowser.open(browser, portal.url);
    try {
      let page = await person.open('/dang-ky');
      await page.fill('#f-fullName', 'Trần Văn Bình');
      await page.fill('#f-nationalId', '12345');
      await page.fill('#f-phone', '0212345678');
      await page.fill('#password', 'ngan');
      page = await person.follow((p) => p.click('main button:has-text("Đăng ký")'));
      const targets = await page
        .locator('.error-summary a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(targets).toEqual(['#f-nationalId', '#f-phone', '#password']);
      expect(await page.locator('#f-fullName').inputValue()).toBe('Trần Văn Bình');
    } finally {
      await person.close();
    }
  });

  it('resets a forgotten password through the link sent by e-mail, once', async () => {
    const citizen = await registerCitizen(portal.stack.api.http);
    const person = await PortalBrowser.open(browser, portal.url);
    try {
      let page = await person.open('/dang-nhap');
      page = await person.follow((p) => p.click('a:has-text("Quên mật khẩu?")'));
      await page.fill('#f-login', citizen.email);
      page = await person.follow((p) => p.click('main button:has-text("Gửi đường dẫn")'));
      expect(await page.locator('h1').textContent()).toBe('Kiểm tra thư của bạn');

      const mail = await mailbox.waitFor((m) => m.to.includes(citizen.email));
      const link = /https?:\/\/\S+\/dat-lai-mat-khau\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
      expect(link?.startsWith(`${portal.url}/dat-lai-mat-khau/`)).toBe(true);

      page = await person.open(link!);
      // the token leaves the address bar (and the Referer) at once
      expect(new URL(page.url()).pathname).toBe('/dat-lai-mat-khau');
      await page.fill('#password', 'MatKhauMoi@2026');
      await page.fill('#confirmPassword', 'MatKhauMoi@2026');
      page = await person.follow((p) => p.click('main button:has-text("Đặt mật khẩu")'));
      expect(new URL(page.url()).pathname).toBe('/dang-nhap');

      page = await signIn(person, citizen.nationalId, 'MatKhauMoi@2026');
      expect(new URL(page.url()).pathname).toBe('/ho-so-cua-toi');

      // the same link a second time is spent
      page = await person.open(link!);
      await page.fill('#password', 'MatKhauKhac@2026');
      await page.fill('#confirmPassword', 'MatKhauKhac@2026');
      page = await person.follow((p) => p.click('main button:has-text("Đặt mật khẩu")'));
      expect(await page.locator('h1').textContent()).toBe('Đường dẫn không còn dùng được');
    } finally {
      await person.close();
    }
  });

  it('claims a dossier filed at the desk with the code printed on the slip', async () => {
    const http = portal.stack.api.http;
    const citizen = await registerCitizen(http);
    const desk = await login(http, DEMO.reception);
    const scan = await uploadFile(http, desk, 'pdf');
    const entered = await http
      .post('/api/v1/dossiers')
      .set('authorization', `Bearer ${desk}`)
      .send({
        procedureCode: COUNTER_ONLY_PROCEDURE_CODE,
        formData: validFormData(COUNTER_ONLY_PROCEDURE_CODE),
        attachments: [
          { documentCode: requiredDocumentCodes(COUNTER_ONLY_PROCEDURE_CODE)[0], fileId: scan.id },
        ],
        channel: 'COUNTER',
        applicant: {
          nationalId: citizen.nationalId,
          fullName: citizen.fullName,
          phone: citizen.phone,
        },
      });
    expect(entered.status).toBe(201);
    const { code, claimCode } = entered.body as { code: string; claimCode: string };

    const person = await PortalBrowser.open(browser, portal.url, { javaScript: false });
    try {
      // the receipt's QR opens the claim page; the person signs in first and comes back
      let page = await person.open(`/nhan-ho-so/${code}`);
      expect(new URL(page.url()).pathname).toBe('/dang-nhap');
      page = await signIn(person, citizen.nationalId, citizen.password);
      expect(new URL(page.url()).pathname).toBe(`/nhan-ho-so/${code}`);

      await page.fill('#claimCode', 'AAAA-BBBB-CCCC');
      page = await person.follow((p) => p.click('main button:has-text("Nhận hồ sơ")'));
      expect(await page.locator('#claimCode-error').textContent()).toContain(
        'Mã nhận hồ sơ không đúng',
      );
      expect(await page.locator('#claimCode').getAttribute('aria-invalid')).toBe('true');

      await page.fill('#claimCode', claimCode);
      page = await person.follow((p) => p.click('main button:has-text("Nhận hồ sơ")'));
      expect(new URL(page.url()).pathname).toBe(`/ho-so/${code}`);
      expect(await page.textContent('main')).toContain('Đã nhận hồ sơ vào tài khoản của bạn.');
      page = await person.open('/ho-so-cua-toi');
      expect(await page.locator('.dossier-list__code').allTextContents()).toEqual([code]);
    } finally {
      await person.close();
    }
  });
});
