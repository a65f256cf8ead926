import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import type { PostalSimulator } from '../apps/postal-sim/src/simulator';
import { DEMO, login, registerCitizen, type Citizen } from './support/actors';
import { DEMO_PROCEDURES, POSTAL_PROCEDURE_CODE } from './support/demo';
import { fileDossier } from './support/dossiers';
import { launchBrowser, PortalBrowser } from './support/browser';
import { startPortal, type TestPortal } from './support/portal';
import { waitUntil } from './support/wait';

const BIRTH = DEMO_PROCEDURES.find((p) => p.code === POSTAL_PROCEDURE_CODE)!;

interface AgencyStats {
  agencyCode: string;
  agencyName: string;
  postal: { dispatched: number; delivered: number; failed: number };
}

describe('citizen portal: public pages', () => {
  let portal: TestPortal;
  let browser: Browser;
  let sim: PostalSimulator;
  let citizen: Citizen;

  beforeAll(async () => {
    const secret = 'whsec_' + Buffer.from(randomUUID()).toString('base64');
    const { createPostalSimulator } = await import('../apps/postal-sim/src/simulator');
    sim = createPostalSimulator({ apiKey: 'portal-key', webhookSecret: secret, stepMs: 100 });
    const simUrl = await sim.listen(0, '127.0.0.1');
    portal = await startPortal({
      POSTAL_API_URL: simUrl,
      POSTAL_API_KEY: 'portal-key',
      POSTAL_WEBHOOK_SECRET: secret,
    });
    // the operator calls the API back at its own address
    process.env.POSTAL_CALLBACK_URL = `${portal.apiUrl}/api/v1/postal/callbacks`;
    browser = await launchBrowser();
    citizen = await registerCitizen(portal.stack.api.http);
  });
  /** The API's public figures this month so far, as the portal gets them (cached alike). */
  const publicStats = async () =>
    (await portal.stack.api.http.get('/api/v1/public/stats').expect(200)).body as {
      items: AgencyStats[];
    };

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await sim?.close();
  });

  describe.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('%s', (_name, javaScript) => {
    let person: PortalBrowser;
    beforeEach(async () => {
      person = await PortalBrowser.open(browser, portal.url, { javaScript });
    });
    afterEach(async () => {
      await person.close();
    });

    it('finds a procedure from the home page whatever the accents and case, and opens it', async () => {
      const page = await person.open('/');
      expect(await page.locator('h2', { hasText: 'Thủ tục được dùng nhiều' }).count()).toBe(1);
      expect(await page.locator('#pho-bien + ul.cards li').count()).toBeGreaterThan(0);

      await page.getByLabel('Tìm thủ tục').fill('DANG KY khai sinh');
      await person.follow((p) => p.getByRole('button', { name: 'Tìm', exact: true }).click());
      expect(new URL(page.url()).search).toBe('?q=DANG+KY+khai+sinh');
      const result = page.locator('section[aria-labelledby="ket-qua"] a', { hasText: BIRTH.name });
      expect(await result.count()).toBe(1);

      await person.follow(() => result.click());
      expect(new URL(page.url()).pathname).toBe(`/thu-tuc/${BIRTH.code}`);
      expect(await page.locator('h1').textContent()).toBe(BIRTH.name);
      const start = page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).first();
      expect(await start.getAttribute('href')).toBe(`/nop-ho-so/${BIRTH.code}`);
      // what it is for and who may use it, each under its heading
      const purpose = page.locator('h2', { hasText: 'Thủ tục này để làm gì' });
      expect(await purpose.locator('xpath=following-sibling::*[1]').innerText()).toBe(
        BIRTH.purpose,
      );
      const eligibility = page.locator('h2', { hasText: 'Ai được thực hiện' });
      expect(await eligibility.locator('xpath=following-sibling::*[1]').innerText()).toBe(
        BIRTH.eligibility,
      );
      const text = await page.locator('main').innerText();
      expect(text).toContain(`${BIRTH.processingDays} ngày làm việc`);
      expect(text).toContain('Nhận kết quả qua bưu điện');
      for (const document of BIRTH.requiredDocuments) expect(text).toContain(document.name);
      // the measured time, or why there is none
      expect(text).toMatch(
        /9 trên 10 hồ sơ được giải quyết trong vòng \d+ ngày làm việc|Chưa đủ số liệu để tính/,
      );
    });

    it('says plainly when a search finds nothing, and when a procedure does not exist', async () => {
      const page = await person.open('/?q=zzzz%20khong%20co');
      expect(await page.locator('[role="status"]').innerText()).toContain(
        'Không tìm thấy thủ tục nào',
      );
      await person.open('/thu-tuc/9.999999');
      expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    });

    it('tracks a dossier by its code from the home page, without any personal data', async () => {
      const { code } = await fileDossier(portal.stack.api.http, citizen.accessToken, BIRTH.code);
      const page = await person.open('/');
      await page.getByLabel('Mã hồ sơ').fill(` ${code.toLowerCase()} `);
      await person.follow((p) => p.getByRole('button', { name: 'Tra cứu' }).click());
      expect(new URL(page.url()).pathname).toBe(`/tra-cuu/${code}`);
      const text = await page.locator('main').innerText();
      expect(text).toContain(code);
      expect(text).toContain('Chờ tiếp nhận');
      expect(text).toContain(BIRTH.name);
      for (const personal of [citizen.fullName, citizen.nationalId, citizen.phone, citizen.email]) {
        expect(await page.content()).not.toContain(personal);
      }
    });

    it('answers an unknown code with a friendly page and the form to try again', async () => {
      const page = await person.open('/tra-cuu');
      await page.getByLabel('Mã hồ sơ').fill('000.00.00.H00-200101-9999');
      await person.follow((p) => p.getByRole('button', { name: 'Tra cứu' }).click());
      expect(await page.locator('h1').textContent()).toBe('Không tìm thấy hồ sơ');
      expect(await page.getByLabel('Mã hồ sơ').inputValue()).toBe('000.00.00.H00-200101-9999');
      await page.getByLabel('Mã hồ sơ').fill('');
      await person.follow((p) => p.getByRole('button', { name: 'Tra cứu' }).click());
      expect(await page.locator('.field-error').textContent()).toBe('Nhập mã hồ sơ.');
    });

    it('shows the statistics as charts drawn on the server beside their table, and a CSV', async () => {
      const page = await person.open('/thong-ke');
      expect(await page.locator('h1').textContent()).toBe('Số liệu giải quyết hồ sơ');
      const agency = page.locator('#theo-co-quan + h3 + svg text', { hasText: 'Ủy ban' });
      expect(await agency.count()).toBeGreaterThan(0);
      expect(await page.locator('svg.chart[role="img"]').count()).toBeGreaterThan(0);
      expect(await page.locator('table th[scope="row"]').count()).toBeGreaterThan(0);
      // postal returns: a chart, and the API's figures in the agencies' table
      expect(
        await page.locator('h3', { hasText: 'Tỷ lệ phát kết quả qua bưu điện thành công' }).count(),
      ).toBe(1);
      const { items } = await publicStats();
      const demo = items.find((item) => item.agencyCode === DEMO.agencyCode)!;
      const headers = await page
        .locator('table', { hasText: 'Số liệu theo cơ quan' })
        .locator('thead th')
        .allInnerTexts();
      expect(headers.slice(-3)).toEqual(['Gửi kết quả qua bưu điện', 'Đã phát', 'Bị trả lại']);
      const row = page.locator('table tbody tr', {
        has: page.locator('th', { hasText: demo.agencyName }),
      });
      expect((await row.locator('td').allInnerTexts()).slice(-3)).toEqual(
        [demo.postal.dispatched, demo.postal.delivered, demo.postal.failed].map((n) =>
          n.toLocaleString('vi-VN'),
        ),
      );
      const csvHref = await page
        .getByRole('link', { name: 'Tải số liệu (CSV)' })
        .getAttribute('href');
      expect(csvHref).toBe('/thong-ke.csv');

      await page.getByLabel('Từ ngày').fill('2026-12-31');
      await page.getByLabel('Đến ngày').fill('2026-01-01');
      await person.follow((p) => p.getByRole('button', { name: 'Xem' }).click());
      expect(await page.locator('[role="alert"]').innerText()).toContain(
        'Khoảng thời gian không hợp lệ',
      );
    });
  });

  it('shows no purpose or eligibility section for a procedure that has none', async () => {
    const http = portal.stack.api.http;
    const code = `9.${randomUUID().slice(0, 8)}`;
    await http
      .post('/api/v1/procedures')
      .set('Authorization', `Bearer ${await login(http, DEMO.admin)}`)
      .send({
        code,
        name: 'Thủ tục chưa có mô tả',
        agencyCode: DEMO.agencyCode,
        processingDays: 3,
        fee: 0,
        onlineLevel: 'FULL',
        purpose: '',
        requiredDocuments: [],
        fields: [],
      })
      .expect(201);
    const person = await PortalBrowser.open(browser, portal.url, { javaScript: true });
    try {
      const page = await person.open(`/thu-tuc/${code}`);
      expect(await page.locator('h1').textContent()).toBe('Thủ tục chưa có mô tả');
      expect(await page.locator('h2').allInnerTexts()).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/Thủ tục này để làm gì|Ai được thực hiện/)]),
      );
      expect(await page.locator('h2', { hasText: 'Thông tin chính' }).count()).toBe(1);
    } finally {
      await person.close();
    }
  });

  it('gives the statistics as a CSV file a spreadsheet opens with its accents', async () => {
    const response = await fetch(`${portal.url}/thong-ke.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="thong-ke.csv"');
    const text = await response.text();
    const [header, firstAgency] = text.replace(/^\ufeff/, '').split('\r\n');
    expect(header).toBe(
      'Mã cơ quan,Cơ quan,Mã thủ tục,Thủ tục,Hồ sơ tiếp nhận,Tỷ lệ nộp trực tuyến,Tỷ lệ đúng hạn,' +
        'Kết quả gửi qua bưu điện,Bưu điện đã phát,Bưu điện trả lại',
    );
    expect(firstAgency).toMatch(/^000\.00\.00\.H00,/);
    const { items } = await publicStats();
    const { postal } = items.find((item) => item.agencyCode === DEMO.agencyCode)!;
    expect(firstAgency.split(',').slice(-3)).toEqual(
      [postal.dispatched, postal.delivered, postal.failed].map(String),
    );
  });

  it('shows the appointment date once received, and the postal tracking number once shipped', async () => {
    const http = portal.stack.api.http;
    const { code } = await fileDossier(http, citizen.accessToken, BIRTH.code, {
      deliveryMethod: 'POSTAL',
      deliveryAddress: {
        recipientName: citizen.fullName,
        phone: citizen.phone,
        street: 'Số 12 phố Đội Cấn',
        ward: 'Phường Đội Cấn',
        province: 'Thành phố Hà Nội',
      },
    });
    const [reception, leader, specialist] = await Promise.all(
      [DEMO.reception, DEMO.leader, DEMO.specialist].map((u) => login(http, u)),
    );
    const act = (token: string, action: string, body: object = {}) =>
      http
        .post(`/api/v1/dossiers/${code}/actions/${action}`)
        .set('Authorization', `Bearer ${token}`)
        .send(body)
        .expect(200);
    const received = (await act(reception, 'receive', { note: 'Bà Lò Thị Mai nộp thay' })).body as {
      appointmentDate: string;
    };

    const person = await PortalBrowser.open(browser, portal.url);
    try {
      const page = await person.open(`/tra-cuu/${code}`);
      const [y, m, d] = received.appointmentDate.split('-');
      expect(await page.locator('main').innerText()).toContain(`${d}/${m}/${y}`);
      expect(await page.locator('main').innerText()).toContain('Cơ quan đã tiếp nhận');

      const specialistId = (
        await http.get('/api/v1/auth/me').set('Authorization', `Bearer ${specialist}`)
      ).body.id;
      await act(leader, 'assign', { assigneeId: specialistId });
      await act(specialist, 'propose', { outcome: 'GRANTED', summary: 'Đủ điều kiện' });
      await act(leader, 'approve');
      let trackingNumber: string | null | undefined;
      await waitUntil(
        async () => {
          const tracked = await http.get(`/api/v1/tracking/${code}`);
          trackingNumber = tracked.body.delivery?.trackingNumber;
          return Boolean(trackingNumber);
        },
        { timeoutMs: 30_000, what: 'the shipment' },
      );
      await person.open(`/tra-cuu/${code}`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('Mã vận đơn bưu điện');
      expect(text).toContain(trackingNumber!);
      expect(text).toContain('Nhận kết quả qua bưu điện');
      expect(await page.content()).not.toContain('Đội Cấn');

      // the timeline: public steps in order, each with its time; no names, no notes, and not
      // the agency's internal proposal
      const steps = await page.locator('ol.timeline > li').allInnerTexts();
      expect(steps.slice(0, 5).map((step) => step.split('\n')[0])).toEqual([
        'Đã nộp hồ sơ',
        'Cơ quan đã tiếp nhận hồ sơ',
        'Hồ sơ được chuyển đến cán bộ xử lý',
        'Đã có kết quả',
        'Đã gửi kết quả qua bưu điện',
      ]);
      for (const step of steps) expect(step).toMatch(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
      const officials = await Promise.all(
        [reception, leader, specialist].map(
          async (token) =>
            (await http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`)).body
              .fullName as string,
        ),
      );
      const html = await page.content();
      for (const leak of [...officials, 'Lò Thị Mai', 'Đủ điều kiện', citizen.fullName]) {
        expect(html).not.toContain(leak);
      }
    } finally {
      await person.close();
    }
  });
});
