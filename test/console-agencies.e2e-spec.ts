import { randomInt } from 'node:crypto';
import type { PortalBrowser } from './support/browser';
import { officialBrowser, startConsole, type TestConsole } from './support/console';
import { DEMO_AGENCY, DEMO_PROVINCE } from './support/demo';

const digits = (n: number) => String(randomInt(0, 10 ** n)).padStart(n, '0');

/** The agencies screen of the console, without JavaScript (every page checked with axe). */
describe('Console: agencies (/can-bo/quan-tri/co-quan)', () => {
  let stack: TestConsole;
  let admin: PortalBrowser;

  beforeAll(async () => {
    stack = await startConsole();
    admin = await officialBrowser(stack, 'admin', { javaScript: false });
  }, 180_000);

  afterAll(async () => {
    await admin?.close();
    await stack?.close();
  });

  it('shows the tree as nested lists, and a system administrator adds a service centre under the ward', async () => {
    let page = await admin.open('/can-bo/quan-tri/co-quan');
    expect(await page.textContent('h1')).toBe('Cơ quan');
    // the ward sits in the city's list
    const ward = page
      .locator('ul.agency-tree > li', { hasText: DEMO_PROVINCE.name })
      .locator('ul.agency-tree > li', { hasText: DEMO_AGENCY.name });
    expect(await ward.count()).toBeGreaterThan(0);

    page = await admin.follow((p) => p.click('a:has-text("Thêm cơ quan")'));
    // a malformed code: the form comes back with the API's message beside the field
    await page.fill('#agency-code', '000.00.00.h99');
    await page.fill('#agency-name', 'Trung tâm Phục vụ hành chính công phường Thử');
    await page.selectOption('#agency-kind', 'SERVICE_CENTRE');
    await page.selectOption('#agency-parent', DEMO_AGENCY.code);
    page = await admin.follow((p) => p.click('main button:has-text("Thêm cơ quan")'));
    expect(await page.title()).toMatch(/^Lỗi: Thêm cơ quan/);
    expect(await page.textContent('.error-summary')).toContain('Mã cơ quan phải theo định dạng');
    expect(await page.inputValue('#agency-name')).toBe(
      'Trung tâm Phục vụ hành chính công phường Thử',
    );

    const code = `${digits(3)}.${digits(2)}.${digits(2)}.K${digits(2)}`;
    await page.fill('#agency-code', code);
    page = await admin.follow((p) => p.click('main button:has-text("Thêm cơ quan")'));
    expect(new URL(page.url()).pathname).toBe('/can-bo/quan-tri/co-quan');
    expect(await page.textContent('main')).toContain(
      'Đã thêm cơ quan Trung tâm Phục vụ hành chính công phường Thử.',
    );
    // nested in the ward's own list
    const added = page
      .locator('li', {
        has: page.locator(':scope > span.agency-tree__name', { hasText: DEMO_AGENCY.name }),
      })
      .locator(':scope > ul > li', { hasText: code });
    expect(await added.textContent()).toContain('Trung tâm Phục vụ hành chính công');

    // and renames it
    page = await admin.follow((p) => p.click(`a[href="/can-bo/quan-tri/co-quan/${code}/sua"]`));
    expect(await page.inputValue('#agency-code')).toBe(code);
    await page.fill('#agency-name', 'Trung tâm Phục vụ hành chính công phường Thử (đổi tên)');
    page = await admin.follow((p) => p.click('main button:has-text("Lưu thay đổi")'));
    expect(await page.textContent('main')).toContain('(đổi tên)');
  }, 120_000);
});
