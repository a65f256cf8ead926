import type { Browser } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, login } from './support/actors';
import { launchBrowser, PortalBrowser } from './support/browser';
import { fileThroughPortal, fillFormStep, registerThroughPortal } from './support/citizen-journey';
import { COUNTER_ONLY_PROCEDURE_CODE, POSTAL_PROCEDURE_CODE } from './support/demo';
import { SAMPLES } from './support/files';
import { startPortal, type TestPortal } from './support/portal';

describe('citizen portal: following a dossier', () => {
  let portal: TestPortal;
  let browser: Browser;

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('answers a supplement request: what was asked, the upload, then back to the agency', async () => {
    const person = await PortalBrowser.open(browser, portal.url, { javaScript: false });
    try {
      await registerThroughPortal(person);
      const code = await fileThroughPortal(person, COUNTER_ONLY_PROCEDURE_CODE);
      const http = portal.stack.api.http;
      const desk = await login(http, DEMO.reception);
      const asked = await http
        .post(`/api/v1/dossiers/${code}/actions/request-supplement`)
        .set('authorization', `Bearer ${desk}`)
        .send({ reason: 'Bản chính bị mờ, đề nghị chụp lại rõ nét.', documents: ['GT01'] });
      expect(asked.status).toBe(200);

      let page = await person.open('/ho-so-cua-toi');
      page = await person.follow((p) => p.click(`a:has-text("${code}")`));
      expect(await page.textContent('main')).toContain('Bản chính bị mờ, đề nghị chụp lại rõ nét.');
      expect(await page.textContent('.panel')).toContain('yêu cầu bổ sung');
      // the supplement request (Mẫu 02) can be printed, passed through from the API
      const formLink = page.locator('a:has-text("Phiếu yêu cầu bổ sung")');
      const pdf = await page.request.get((await formLink.getAttribute('href'))!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // sending before uploading is refused with the document named
      page = await person.follow((p) => p.click('button:has-text("Gửi bổ sung")'));
      expect(await page.locator('.error-summary a').first().getAttribute('href')).toBe('#doc-GT01');

      await page.setInputFiles('#doc-GT01', {
        name: 'ban-chinh.png',
        mimeType: SAMPLES.png.mimeType,
        buffer: SAMPLES.png.bytes,
      });
      page = await person.follow((p) => p.locator('form:has(#doc-GT01)').locator('button').click());
      expect(await page.textContent('.document')).toContain('ban-chinh.png');
      page = await person.follow((p) => p.click('button:has-text("Gửi bổ sung")'));

      expect(await page.textContent('main')).toContain('Đã gửi bổ sung');
      expect(await page.textContent('main')).toContain('Chờ tiếp nhận');
      expect(await page.locator('.timeline').textContent()).toContain('Yêu cầu bổ sung giấy tờ');
      const dossier = await http
        .get(`/api/v1/dossiers/${code}`)
        .set('authorization', `Bearer ${desk}`);
      expect(dossier.body.status).toBe('SUBMITTED');
      expect(dossier.body.attachments.map((a: { fileName: string }) => a.fileName)).toContain(
        'ban-chinh.png',
      );
    } finally {
      await person.close();
    }
  });

  it('withdraws a dossier only after asking for confirmation', async () => {
    const person = await PortalBrowser.open(browser, portal.url);
    try {
      await registerThroughPortal(person);
      const code = await fileThroughPortal(person, COUNTER_ONLY_PROCEDURE_CODE);
      let page = await person.open(`/ho-so/${code}`);
      page = await person.follow((p) => p.click('a:has-text("Rút hồ sơ")'));
      expect(await page.locator('h1').textContent()).toContain('Bạn có chắc muốn rút hồ sơ');
      page = await person.follow((p) => p.click('a:has-text("Không, giữ hồ sơ")'));
      expect(await page.textContent('main')).toContain('Chờ tiếp nhận');

      page = await person.follow((p) => p.click('a:has-text("Rút hồ sơ")'));
      await page.fill('#reason', 'Nộp nhầm thủ tục');
      page = await person.follow((p) => p.click('button:has-text("Rút hồ sơ")'));
      expect(await page.textContent('main')).toContain('Đã rút');
      expect(await page.locator('a:has-text("Rút hồ sơ")').count()).toBe(0);
    } finally {
      await person.close();
    }
  });

  it('keeps a draft, marks it as not submitted and resumes it at the step left', async () => {
    const person = await PortalBrowser.open(browser, portal.url);
    try {
      await registerThroughPortal(person);
      await person.open(`/nop-ho-so/${POSTAL_PROCEDURE_CODE}`);
      let page = await person.follow((p) => p.click('button:has-text("Bắt đầu")'));
      await fillFormStep(page, POSTAL_PROCEDURE_CODE);
      page = await person.follow((p) => p.click('button:has-text("Lưu và tiếp tục")'));
      const leftAt = page.url();
      expect(leftAt).toMatch(/\/thong-tin-2$/);

      page = await person.open('/ho-so-cua-toi');
      expect(await page.textContent('.dossier-list__item--draft')).toContain('Bản nháp – chưa nộp');
      page = await person.follow((p) => p.click('.dossier-list__item--draft a'));
      expect(page.url()).toBe(leftAt);
      // the first step's answers were saved with the draft
      page = await person.follow((p) => p.click('a:has-text("Quay lại")'));
      expect(await page.locator('#f-childFullName').inputValue()).toBe('Nguyễn Minh Khang');
    } finally {
      await person.close();
    }
  });

  it('says plainly when a file is of the wrong kind or too big', async () => {
    const person = await PortalBrowser.open(browser, portal.url, { javaScript: false });
    try {
      await registerThroughPortal(person);
      await person.open(`/nop-ho-so/${COUNTER_ONLY_PROCEDURE_CODE}`);
      let page = await person.follow((p) => p.click('button:has-text("Bắt đầu")'));
      await fillFormStep(page, COUNTER_ONLY_PROCEDURE_CODE);
      page = await person.follow((p) => p.click('button:has-text("Lưu và tiếp tục")'));
      expect(page.url()).toMatch(/\/giay-to$/);

      await page.setInputFiles('#doc-GT01', {
        name: 'ghi-chu.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('không phải ảnh'),
      });
      page = await person.follow((p) => p.locator('form:has(#doc-GT01)').locator('button').click());
      expect(await page.locator('#doc-GT01-error').textContent()).toContain('Tệp không đúng loại');
      expect(await page.locator('.error-summary a').getAttribute('href')).toBe('#doc-GT01');

      // one byte over the limit: cut off while it streams to the API; far over: refused at once
      for (const size of [10 * 1024 * 1024 + 1, 12 * 1024 * 1024]) {
        const big = Buffer.alloc(size, 0x20);
        SAMPLES.pdf.bytes.copy(big);
        await page.setInputFiles('#doc-GT01', {
          name: 'qua-lon.pdf',
          mimeType: 'application/pdf',
          buffer: big,
        });
        page = await person.follow((p) =>
          p.locator('form:has(#doc-GT01)').locator('button').click(),
        );
        expect(await page.locator('#doc-GT01-error').textContent()).toContain('Tệp quá lớn');
      }
      // nothing was attached to the draft
      expect(await page.locator('.document:has(#doc-GT01) .tag--done').count()).toBe(0);
    } finally {
      await person.close();
    }
  });

  it('tells an official signed in on the portal that the citizen pages are not theirs', async () => {
    const person = await PortalBrowser.open(browser, portal.url, { javaScript: false });
    try {
      let page = await person.open('/dang-nhap');
      await page.fill('#f-username', DEMO.reception);
      await page.fill('#password', DEMO_PASSWORD);
      await person.follow((p) => p.click('main button:has-text("Đăng nhập")'));
      page = await person.open('/ho-so-cua-toi');
      expect(await page.locator('h1').textContent()).toBe('Trang dành cho công dân');
      expect(await page.locator('.dossier-list').count()).toBe(0);
      page = await person.open(`/nop-ho-so/${COUNTER_ONLY_PROCEDURE_CODE}`);
      expect(await page.locator('h1').textContent()).toBe('Trang dành cho công dân');
    } finally {
      await person.close();
    }
  });
});
