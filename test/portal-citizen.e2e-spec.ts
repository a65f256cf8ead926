import type { Browser } from 'playwright-core';
import {
  DEMO_PROCEDURES,
  POSTAL_PROCEDURE_CODE,
  COUNTER_ONLY_PROCEDURE_CODE,
} from './support/demo';
import { launchBrowser, PortalBrowser } from './support/browser';
import { fillFormStep, fillJourneyToCheck, registerThroughPortal } from './support/citizen-journey';
import { startPortal, type TestPortal } from './support/portal';

const DOSSIER_CODE = /\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}/;

describe('citizen portal: filing a dossier online', () => {
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

  async function dossiersOf(person: PortalBrowser): Promise<string[]> {
    const page = await person.open('/ho-so-cua-toi');
    return page.locator('.dossier-list__code').allTextContents();
  }

  for (const javaScript of [true, false]) {
    it(`files a dossier from the home page to the confirmation, then tracks it (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const person = await PortalBrowser.open(browser, portal.url, { javaScript });
      try {
        await registerThroughPortal(person);
        const procedure = DEMO_PROCEDURES.find((p) => p.code === POSTAL_PROCEDURE_CODE)!;
        let page = await person.open('/');
        // found by searching, as the most-used list depends on what other tests filed
        await page.fill('#q', procedure.name);
        page = await person.follow((p) => p.click('form[role="search"] button'));
        page = await person.follow((p) =>
          p
            .locator(`section[aria-labelledby="ket-qua"] a[href="/thu-tuc/${procedure.code}"]`)
            .click(),
        );
        page = await person.follow((p) => p.click('a:has-text("Nộp hồ sơ trực tuyến")'));
        expect(await page.locator('h1').textContent()).toBe(procedure.name);
        page = await person.follow((p) => p.click('button:has-text("Bắt đầu")'));
        expect(page.url()).toMatch(/\/thong-tin-1$/);

        page = await fillJourneyToCheck(person, procedure.code, 'POSTAL');
        expect(await page.locator('.summary-list').first().textContent()).toContain(
          'Nguyễn Minh Khang',
        );
        expect(await page.textContent('main')).toContain('14/03/2025');
        expect(await page.textContent('main')).toContain(
          'Nguyễn Thị Hoa, 0912345678, Số 12 ngõ 34 phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội',
        );
        page = await person.follow((p) => p.click('button:has-text("Nộp hồ sơ")'));

        expect(page.url()).toMatch(/\/da-nop$/);
        const code = (await page.locator('.confirmation__code').textContent())!.trim();
        expect(code).toMatch(DOSSIER_CODE);
        expect(await page.locator('.qr svg').count()).toBe(1);
        const trackingLink = page.locator(`a[href="${portal.url}/tra-cuu/${code}"]`);
        expect(await trackingLink.count()).toBe(1);

        page = await person.follow(() => trackingLink.click());
        expect(new URL(page.url()).pathname).toBe(`/tra-cuu/${code}`);
        expect(await page.textContent('main')).toContain('Chờ tiếp nhận');

        expect(await dossiersOf(person)).toEqual([code]);
      } finally {
        await person.close();
      }
    });
  }

  it('shows each field’s error beside it and all of them in a summary linking to the fields', async () => {
    const person = await PortalBrowser.open(browser, portal.url);
    try {
      await registerThroughPortal(person);
      let page = await person.open(`/nop-ho-so/${POSTAL_PROCEDURE_CODE}`);
      page = await person.follow((p) => p.click('button:has-text("Bắt đầu")'));
      // step 1 sent with nothing answered
      page = await person.follow((p) => p.click('button:has-text("Lưu và tiếp tục")'));
      expect(page.url()).toMatch(/\/thong-tin-1$/);
      expect(await page.title()).toMatch(/^Lỗi: /);
      let summary = page.locator('.error-summary');
      expect(await summary.evaluate((box) => box === document.activeElement)).toBe(true);
      expect(await summary.locator('a').first().getAttribute('href')).toBe('#f-childFullName');
      expect(await summary.locator('a').count()).toBe(5);
      expect(await page.locator('#f-childFullName').getAttribute('aria-invalid')).toBe('true');

      await fillFormStep(page, POSTAL_PROCEDURE_CODE);
      page = await person.follow((p) => p.click('button:has-text("Lưu và tiếp tục")'));
      expect(page.url()).toMatch(/\/thong-tin-2$/);
      await fillFormStep(page, POSTAL_PROCEDURE_CODE);
      await page.fill('#f-motherNationalId', '12345');
      page = await person.follow((p) => p.click('button:has-text("Lưu và tiếp tục")'));

      expect(page.url()).toMatch(/\/thong-tin-2$/);
      summary = page.locator('.error-summary');
      expect(await summary.locator('a').allTextContents()).toEqual([
        '"Số định danh cá nhân của người mẹ" phải là số định danh cá nhân gồm 12 chữ số.',
      ]);
      const motherId = page.locator('#f-motherNationalId');
      expect(await motherId.getAttribute('aria-invalid')).toBe('true');
      expect(await motherId.inputValue()).toBe('12345');
      const describedBy = (await motherId.getAttribute('aria-describedby'))!.split(' ');
      expect(await page.locator(`#${describedBy[describedBy.length - 1]}`).textContent()).toContain(
        '12 chữ số',
      );
      await summary.locator('a[href="#f-motherNationalId"]').click();
      expect(await motherId.evaluate((input) => input === document.activeElement)).toBe(true);
    } finally {
      await person.close();
    }
  });

  it('files once when "Nộp hồ sơ" is pressed twice', async () => {
    const person = await PortalBrowser.open(browser, portal.url, { javaScript: false });
    try {
      await registerThroughPortal(person);
      await person.open(`/nop-ho-so/${COUNTER_ONLY_PROCEDURE_CODE}`);
      await person.follow((p) => p.click('button:has-text("Bắt đầu")'));
      const page = await fillJourneyToCheck(person, COUNTER_ONLY_PROCEDURE_CODE);
      const form = page.locator('form:has(button:has-text("Nộp hồ sơ"))');
      const action = new URL((await form.getAttribute('action'))!, portal.url).toString();
      const fields = new URLSearchParams();
      for (const input of await form.locator('input[type=hidden]').all()) {
        fields.set((await input.getAttribute('name'))!, (await input.getAttribute('value'))!);
      }
      const cookie = (await person.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      // the same form sent twice at once, as a double tap or a retry on a bad network does
      const send = () =>
        fetch(action, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
          body: fields.toString(),
        });
      const answers = await Promise.all([send(), send()]);
      for (const answer of answers) {
        expect(answer.status).toBe(303);
        expect(answer.headers.get('location')).toMatch(/\/da-nop$/);
      }
      const filed = await dossiersOf(person);
      expect(filed).toHaveLength(1);
      expect(filed[0]).toMatch(DOSSIER_CODE);
    } finally {
      await person.close();
    }
  });
});
