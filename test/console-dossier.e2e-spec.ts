import { DEMO_USERS } from '@motcua/database/seed/demo-data';
import type { Page } from 'playwright-core';
import { DEMO, registerCitizen } from './support/actors';
import { PortalBrowser } from './support/browser';
import { fileThroughPortal, registerThroughPortal } from './support/citizen-journey';
import { officialBrowser, startConsole, type TestConsole } from './support/console';
import {
  COUNTER_ONLY_PROCEDURE_CODE,
  DEMO_PROCEDURES,
  POSTAL_PROCEDURE_CODE,
} from './support/demo';
import { fileDossier } from './support/dossiers';
import { SAMPLES } from './support/files';

const DEMO_SPECIALIST_NAME = DEMO_USERS.find((u) => u.email === DEMO.specialist)!.fullName;

describe('officials console: a dossier from reception to result', () => {
  let stack: TestConsole;

  beforeAll(async () => {
    stack = await startConsole();
  });
  afterAll(async () => {
    await stack?.close();
  });

  const statusOn = async (page: Page) => (await page.textContent('main .status'))?.trim();
  const actionButton = (page: Page, heading: string, button: string) =>
    page.locator(`form:has(h3:has-text("${heading}"))`).locator(`button:has-text("${button}")`);

  async function fetchOk(page: Page, href: string, type: string): Promise<Buffer> {
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(type);
    return response.body();
  }

  it('desk receives, leader assigns, specialist proposes, leader approves, desk returns; a late second click is told, not failed', async () => {
    const http = stack.portal.stack.api.http;
    const citizen = await registerCitizen(http, { fullName: 'Đặng Thị Hành Trình' });
    const dossier = await fileDossier(http, citizen.accessToken, POSTAL_PROCEDURE_CODE);
    const path = `/can-bo/ho-so/${dossier.code}`;
    const procedure = DEMO_PROCEDURES.find((p) => p.code === POSTAL_PROCEDURE_CODE)!;

    const desk = await officialBrowser(stack, 'reception');
    // the same desk in another window, its page opened before the dossier is received
    const lateDesk = await officialBrowser(stack, 'reception');
    const leader = await officialBrowser(stack, 'leader');
    const specialist = await officialBrowser(stack, 'specialist');
    // each official finds it in their queue by the filters that make the queue, narrowed to its
    // code: other suites fill the same demo agency's queues at the same time
    const queue = (filters: string) => `/can-bo/ho-so?${filters}&q=${dossier.code}`;
    try {
      let page = await desk.open(queue('trang-thai=SUBMITTED'));
      page = await desk.follow((p) => p.click(`a:has-text("${dossier.code}")`));
      expect(new URL(page.url()).pathname).toBe(path);
      const main = (await page.textContent('main'))!;
      expect(main).toContain('Đặng Thị Hành Trình');
      expect(main).toContain(procedure.fields[0].label);
      // an attachment opens in the browser through the console, never from the API directly
      const attachment = page.locator('.attachments a').first();
      const pdf = await fetchOk(page, (await attachment.getAttribute('href'))!, 'application/pdf');
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // the desk sees receiving, refusing and asking for more; nothing of the others
      expect(await page.locator('.actions h3').allTextContents()).toEqual([
        'Tiếp nhận hồ sơ',
        'Yêu cầu bổ sung, hoàn thiện hồ sơ',
        'Từ chối tiếp nhận',
      ]);
      await lateDesk.open(path);

      page = await desk.follow((p) =>
        actionButton(p, 'Tiếp nhận hồ sơ', 'Tiếp nhận hồ sơ').click(),
      );
      expect(await page.textContent('main')).toContain('Đã tiếp nhận hồ sơ');
      expect(await statusOn(page)).toBe('Đã tiếp nhận');
      const receipt = page.locator('a:has-text("Mẫu 01")');
      await fetchOk(page, (await receipt.getAttribute('href'))!, 'application/pdf');

      const late = await lateDesk.follow((p) =>
        actionButton(p, 'Tiếp nhận hồ sơ', 'Tiếp nhận hồ sơ').click(),
      );
      expect(await late.textContent('[role="alert"]')).toContain(
        'hồ sơ vừa được cán bộ khác xử lý',
      );
      expect(await statusOn(late)).toBe('Đã tiếp nhận');

      // the leader assigns: a choice is required, then the agency's specialists are offered
      page = await leader.open(path);
      page = await leader.follow((p) =>
        actionButton(p, 'Chuyển chuyên viên', 'Chuyển xử lý').click(),
      );
      expect(await page.textContent('.error-summary')).toContain(
        'Vui lòng chọn chuyên viên xử lý.',
      );
      // by name: other suites add specialists to the same demo ward, so the list's order is theirs
      await page.selectOption('#assign-assigneeId', { label: DEMO_SPECIALIST_NAME });
      page = await leader.follow((p) =>
        actionButton(p, 'Chuyển chuyên viên', 'Chuyển xử lý').click(),
      );
      expect(await statusOn(page)).toBe('Đang xử lý');

      // the specialist finds it in their queue and proposes
      page = await specialist.open(queue('cua-toi=1'));
      page = await specialist.follow((p) => p.click(`a:has-text("${dossier.code}")`));
      await page.selectOption('#propose-outcome', 'GRANTED');
      await page.fill(
        '#propose-summary',
        'Đủ điều kiện đăng ký khai sinh; đề nghị cấp Giấy khai sinh.',
      );
      page = await specialist.follow((p) =>
        actionButton(p, 'Trình kết quả', 'Trình lãnh đạo phê duyệt').click(),
      );
      expect(await statusOn(page)).toBe('Chờ phê duyệt');

      // the leader approves from their queue, with the signed result attached
      page = await leader.open(queue('trang-thai=AWAITING_APPROVAL'));
      page = await leader.follow((p) => p.click(`a:has-text("${dossier.code}")`));
      await page.setInputFiles('#approve-file', {
        name: 'giay-khai-sinh.pdf',
        mimeType: SAMPLES.pdf.mimeType,
        buffer: SAMPLES.pdf.bytes,
      });
      page = await leader.follow((p) => actionButton(p, 'Phê duyệt kết quả', 'Phê duyệt').click());
      expect(await statusOn(page)).toBe('Có kết quả, chờ trả');
      const result = page.locator('a:has-text("Tệp kết quả đã ký")');
      await fetchOk(page, (await result.getAttribute('href'))!, 'application/pdf');

      // the desk hands it over
      page = await desk.open(path);
      page = await desk.follow((p) =>
        actionButton(p, 'Trả kết quả', 'Đã trả kết quả cho người nộp').click(),
      );
      expect(await statusOn(page)).toBe('Đã trả kết quả');
      expect(await page.locator('.actions').textContent()).toContain('không có thao tác nào');
      const history = (await page.textContent('.timeline'))!;
      for (const step of [
        'Cơ quan tiếp nhận hồ sơ',
        'Chuyển chuyên viên xử lý',
        'Chuyên viên trình kết quả',
        'Lãnh đạo phê duyệt',
        'Trả kết quả',
      ]) {
        expect(history).toContain(step);
      }
    } finally {
      for (const person of [desk, lateDesk, leader, specialist]) await person.close();
    }
  }, 600_000);

  it('asks the citizen for a document, who answers on the portal, and the desk sees the answer', async () => {
    const citizen = await PortalBrowser.open(stack.browser, stack.portal.url);
    const desk = await officialBrowser(stack, 'reception', { javaScript: false });
    try {
      await registerThroughPortal(citizen);
      const code = await fileThroughPortal(citizen, COUNTER_ONLY_PROCEDURE_CODE);
      const path = `/can-bo/ho-so/${code}`;

      let page = await desk.open(path);
      await page.check('form:has(h3:has-text("Yêu cầu bổ sung")) input[value="GT01"]');
      await page.fill('#request-supplement-reason', 'Bản chính bị mờ, đề nghị chụp lại rõ nét.');
      page = await desk.follow((p) =>
        actionButton(p, 'Yêu cầu bổ sung', 'Gửi yêu cầu bổ sung').click(),
      );
      expect(await statusOn(page)).toBe('Yêu cầu bổ sung');
      expect(await page.textContent('main')).toContain('Bản chính bị mờ, đề nghị chụp lại rõ nét.');
      expect(await page.locator('a:has-text("Mẫu 02")').count()).toBe(1);

      let portalPage = await citizen.open(`/ho-so/${code}`);
      await portalPage.setInputFiles('#doc-GT01', {
        name: 'ban-chinh.png',
        mimeType: SAMPLES.png.mimeType,
        buffer: SAMPLES.png.bytes,
      });
      portalPage = await citizen.follow((p) =>
        p.locator('form:has(#doc-GT01)').locator('button').click(),
      );
      portalPage = await citizen.follow((p) => p.click('button:has-text("Gửi bổ sung")'));
      expect(await portalPage.textContent('main')).toContain('Đã gửi bổ sung');

      page = await desk.open(path);
      expect(await statusOn(page)).toBe('Chờ tiếp nhận');
      expect(await page.textContent('.timeline')).toContain('Bổ sung giấy tờ');
      // the new scan is shown in the page itself
      const image = page.locator('img.attachments__image').first();
      expect(await image.getAttribute('alt')).toContain('Ảnh giấy tờ');
      await fetchOk(page, (await image.getAttribute('src'))!, 'image/png');
      expect(await page.textContent('.attachments')).toContain('ban-chinh.png');
    } finally {
      await citizen.close();
      await desk.close();
    }
  }, 600_000);
});
