import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './support/actors';
import { fillFormStep } from './support/citizen-journey';
import { officialBrowser, startConsole, type TestConsole } from './support/console';
import {
  DEMO_AGENCY,
  DEMO_CENTRE,
  DEMO_DEPARTMENT,
  DEMO_PROCEDURES,
  DEMO_PROVINCE,
  POSTAL_PROCEDURE_CODE,
} from './support/demo';
import { SAMPLES } from './support/files';
import type { TestPortal } from './support/portal';
import { readPdf } from './support/read-pdf';

const DOSSIER_CODE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/;

// a whole desk journey in a browser, with axe on every page, on a shared machine
jest.setTimeout(300_000);

async function attachScans(page: Page, procedureCode: string): Promise<void> {
  const procedure = DEMO_PROCEDURES.find((p) => p.code === procedureCode)!;
  for (const doc of procedure.requiredDocuments.filter((d) => d.required)) {
    await page.setInputFiles(`#scan-${doc.code}`, {
      name: `${doc.code}.pdf`,
      mimeType: SAMPLES.pdf.mimeType,
      buffer: SAMPLES.pdf.bytes,
    });
  }
}

describe('console: desk filing, reports and administration', () => {
  let stack: TestConsole;
  let portal: TestPortal;

  beforeAll(async () => {
    stack = await startConsole();
    portal = stack.portal;
  });
  afterAll(async () => {
    await stack?.close();
  });

  for (const javaScript of [true, false]) {
    it(`enters a dossier with its scans, receives it and prints the receipt with the claim code (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const desk = await officialBrowser(stack, 'tiepnhan@motcua.local', { javaScript });
      try {
        const procedure = DEMO_PROCEDURES.find((p) => p.code === POSTAL_PROCEDURE_CODE)!;
        let page = await desk.open('/can-bo/tiep-nhan');
        await page.fill('#q', procedure.name);
        page = await desk.follow((p) => p.click('form[role="search"] button'));
        page = await desk.follow((p) =>
          p.click(`a[href="/can-bo/tiep-nhan/thu-tuc/${procedure.code}"]`),
        );
        expect(await page.locator('h1').textContent()).toBe(procedure.name);

        await page.fill('#f-applicant_nationalId', '001190009999');
        await page.fill('#f-applicant_fullName', 'Nguyễn Văn Hùng');
        await page.fill('#f-applicant_phone', '0912345678');
        await fillFormStep(page, procedure.code);
        await attachScans(page, procedure.code);
        await page.check('#channel-POSTAL');
        await page.check('#deliveryMethod-POSTAL');
        await page.fill('#f-delivery_recipientName', 'Nguyễn Văn Hùng');
        await page.fill('#f-delivery_phone', '0912345678');
        await page.fill('#f-delivery_street', 'Số 12 ngõ 34 phố Hàng Bông');
        await page.fill('#f-delivery_ward', 'Phường Hoàn Kiếm');
        await page.fill('#f-delivery_district', 'Quận Hoàn Kiếm');
        await page.fill('#f-delivery_province', 'Thành phố Hà Nội');
        page = await desk.follow((p) => p.click('button:has-text("Kiểm tra trước khi tiếp nhận")'));

        expect(await page.locator('h1').textContent()).toBe('Kiểm tra trước khi tiếp nhận');
        const main = (await page.textContent('main'))!;
        expect(main).toContain('Nguyễn Minh Khang');
        expect(main).toContain('Gửi đến qua bưu điện');
        expect(main).toContain('Qua bưu điện: Nguyễn Văn Hùng');
        page = await desk.follow((p) => p.click('button:has-text("Tiếp nhận hồ sơ")'));

        expect(new URL(page.url()).pathname).toMatch(/^\/can-bo\/tiep-nhan\/ho-so\//);
        const code = (await page.locator('.confirmation__code').textContent())!.trim();
        expect(code).toMatch(DOSSIER_CODE);
        const claimCode = (await page.locator('.desk-claim-code').textContent())!.trim();
        expect(claimCode.length).toBeGreaterThanOrEqual(8);
        // the claim code is never in an address
        expect(page.url()).not.toContain(claimCode);

        const href = await page.locator('a:has-text("In giấy tiếp nhận")').getAttribute('href');
        const pdf = await desk.context.request.get(new URL(href!, portal.url).toString());
        expect(pdf.status()).toBe(200);
        expect(pdf.headers()['content-type']).toBe('application/pdf');
        const text = readPdf(await pdf.body()).text;
        expect(text).toContain(code);
        expect(text).toContain(claimCode);

        // received at once, and trackable by anyone
        const tracking = await fetch(`${portal.apiUrl}/api/v1/tracking/${code}`);
        expect(((await tracking.json()) as { status: string }).status).toBe('RECEIVED');
      } finally {
        await desk.close();
      }
    });
  }

  it('shows what is missing beside each field and in a summary, keeping the scans sent', async () => {
    const desk = await officialBrowser(stack, 'tiepnhan@motcua.local');
    try {
      let page = await desk.open(`/can-bo/tiep-nhan/thu-tuc/${POSTAL_PROCEDURE_CODE}`);
      await attachScans(page, POSTAL_PROCEDURE_CODE);
      await page.fill('#f-applicant_nationalId', '12345');
      page = await desk.follow((p) => p.click('button:has-text("Kiểm tra trước khi tiếp nhận")'));

      expect(await page.title()).toMatch(/^Lỗi: /);
      const summary = page.locator('.error-summary');
      expect(await summary.evaluate((box) => box === document.activeElement)).toBe(true);
      expect(await summary.locator('a').first().getAttribute('href')).toBe(
        '#f-applicant_nationalId',
      );
      const nationalId = page.locator('#f-applicant_nationalId');
      expect(await nationalId.getAttribute('aria-invalid')).toBe('true');
      expect(await nationalId.inputValue()).toBe('12345');
      // the scans uploaded with the first send are kept, not asked for again
      const procedure = DEMO_PROCEDURES.find((p) => p.code === POSTAL_PROCEDURE_CODE)!;
      for (const doc of procedure.requiredDocuments.filter((d) => d.required)) {
        expect(await page.locator(`#scan-${doc.code}-hint`).textContent()).toContain(
          `Đã tải lên: ${doc.code}.pdf`,
        );
        expect(await summary.locator(`a[href="#scan-${doc.code}"]`).count()).toBe(0);
      }
    } finally {
      await desk.close();
    }
  });

  it('is not shown to an official without the reception role', async () => {
    const leader = await officialBrowser(stack, 'lanhdao@motcua.local');
    try {
      const response = await leader.page.goto('/can-bo/tiep-nhan');
      expect(response?.status()).toBe(403);
    } finally {
      await leader.close();
    }
  });

  async function apiTokenOf(email: string): Promise<string> {
    const res = await fetch(`${portal.apiUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: email, password: DEMO_PASSWORD }),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  async function apiGet<T>(path: string, token?: string): Promise<T> {
    const res = await fetch(`${portal.apiUrl}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  }

  it('shows a leader the report as charts beside tables, per week too, and downloads it as CSV and XLSX', async () => {
    // the page is a plain form: it works without JavaScript
    const leader = await officialBrowser(stack, 'lanhdao@motcua.local', { javaScript: false });
    try {
      let page = await leader.open('/can-bo/bao-cao');
      expect(await page.locator('h1').textContent()).toBe('Báo cáo giải quyết hồ sơ');
      // the agency is chosen among the ward (its own, by default) and the agencies below it
      const agencyOptions = await page
        .locator('#co-quan option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(agencyOptions).toEqual(expect.arrayContaining([DEMO_AGENCY.code, DEMO_CENTRE.code]));
      expect(agencyOptions).not.toContain(DEMO_PROVINCE.code);
      expect(agencyOptions).not.toContain(DEMO_DEPARTMENT.code);
      expect(agencyOptions).not.toContain('');
      expect(await page.locator('#co-quan').inputValue()).toBe(DEMO_AGENCY.code);
      expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(3);
      const token = await apiTokenOf('lanhdao@motcua.local');
      const summary = await apiGet<{ received: { total: number } }>(
        '/api/v1/reports/summary',
        token,
      );
      const received = page.locator('table:has(caption:text-is("Số liệu tổng hợp")) tr', {
        has: page.locator('th:text-is("Tiếp nhận")'),
      });
      expect((await received.locator('td').textContent())!.trim()).toBe(
        new Intl.NumberFormat('vi-VN').format(summary.received.total),
      );

      await page.selectOption('#chia', 'tuan');
      page = await leader.follow((p) => p.click('button:has-text("Xem báo cáo")'));
      expect(new URL(page.url()).searchParams.get('chia')).toBe('tuan');
      const weekly = await apiGet<{ items: unknown[] }>(
        '/api/v1/reports/timeseries?interval=week',
        token,
      );
      expect(
        await page
          .locator('table:has(caption:text-is("Hồ sơ tiếp nhận theo kênh")) tbody tr')
          .count(),
      ).toBe(weekly.items.length);

      const csvHref = await page.locator('a:text-is("CSV")').getAttribute('href');
      expect(csvHref).toContain('chia=tuan');
      const csv = await leader.context.request.get(new URL(csvHref!, portal.url).toString());
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers()['content-disposition']).toMatch(
        /attachment; filename="bao-cao-.*\.csv"/,
      );
      expect(await csv.text()).toContain(`Tổng số hồ sơ tiếp nhận,${summary.received.total}`);

      const xlsxHref = await page.locator('a:has-text("Excel (XLSX)")').getAttribute('href');
      const xlsx = await leader.context.request.get(new URL(xlsxHref!, portal.url).toString());
      expect(xlsx.status()).toBe(200);
      expect(xlsx.headers()['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      // an XLSX workbook is a ZIP archive
      expect((await xlsx.body()).subarray(0, 2).toString('latin1')).toBe('PK');

      // the centre below the ward: its own report, in the address and the downloads
      await page.selectOption('#co-quan', DEMO_CENTRE.code);
      page = await leader.follow((p) => p.click('button:has-text("Xem báo cáo")'));
      expect(new URL(page.url()).searchParams.get('co-quan')).toBe(DEMO_CENTRE.code);
      expect(await page.locator('#co-quan').inputValue()).toBe(DEMO_CENTRE.code);
      const centre = await apiGet<{ received: { total: number } }>(
        `/api/v1/reports/summary?agencyCode=${DEMO_CENTRE.code}`,
        token,
      );
      const centreReceived = page.locator('table:has(caption:text-is("Số liệu tổng hợp")) tr', {
        has: page.locator('th:text-is("Tiếp nhận")'),
      });
      expect((await centreReceived.locator('td').textContent())!.trim()).toBe(
        new Intl.NumberFormat('vi-VN').format(centre.received.total),
      );
      expect(await page.locator('a:text-is("CSV")').getAttribute('href')).toContain(
        `co-quan=${DEMO_CENTRE.code}`,
      );
    } finally {
      await leader.close();
    }
  });

  it('lets an administrator create a procedure with its fields and documents, preview the form, then edit it', async () => {
    const admin = await officialBrowser(stack, 'admin@motcua.local');
    const code = `9.${Date.now() % 1_000_000}`;
    try {
      let page = await admin.open('/can-bo/quan-tri/thu-tuc');
      page = await admin.follow((p) => p.click('a:has-text("Thêm thủ tục")'));
      await page.fill('#proc-code', code);
      await page.fill('#proc-name', 'Cấp giấy xác nhận thử nghiệm');
      await page.fill('#proc-processingDays', '5');
      await page.fill('#proc-fee', '20.000');
      await page.fill('#field-0-key', 'hoTen');
      await page.fill('#field-0-label', 'Họ và tên');
      await page.check('#field-0-required');
      await page.fill('#field-1-key', 'gioiTinh');
      await page.fill('#field-1-label', 'Giới tính');
      await page.selectOption('#field-1-type', 'select');
      await page.fill('#field-1-options', 'Nam\nNữ');
      await page.fill('#doc-0-code', 'DON');
      await page.fill('#doc-0-name', 'Đơn đề nghị');

      page = await admin.follow((p) => p.click('button:has-text("Xem trước tờ khai")'));
      const preview = page.locator('.preview');
      expect(await preview.locator('label[for="f-hoTen"]').textContent()).toContain('Họ và tên');
      expect(await preview.locator('#f-gioiTinh option').allTextContents()).toEqual([
        'Chọn',
        'Nam',
        'Nữ',
      ]);
      // what was typed is kept
      expect(await page.inputValue('#field-1-key')).toBe('gioiTinh');

      page = await admin.follow((p) => p.click('button:has-text("Thêm dòng trường")'));
      expect(await page.locator('input[id$="-key"][id^="field-"]').count()).toBe(2 + 6);

      page = await admin.follow((p) => p.click('button:has-text("Lưu thủ tục")'));
      expect(new URL(page.url()).pathname).toBe('/can-bo/quan-tri/thu-tuc');
      expect(await page.textContent('main')).toContain(`Đã lưu thủ tục ${code}.`);
      type Saved = {
        processingDays: number;
        fee: number;
        fields: { key: string; type: string; required: boolean; options?: string[] }[];
        requiredDocuments: { code: string; required: boolean }[];
      };
      let saved = await apiGet<Saved>(`/api/v1/procedures/${code}`);
      expect(saved.fee).toBe(20000);
      expect(saved.fields).toEqual([
        { key: 'hoTen', label: 'Họ và tên', type: 'text', required: true },
        {
          key: 'gioiTinh',
          label: 'Giới tính',
          type: 'select',
          required: false,
          options: ['Nam', 'Nữ'],
        },
      ]);
      expect(saved.requiredDocuments).toEqual([
        { code: 'DON', name: 'Đơn đề nghị', required: true },
      ]);

      page = await admin.follow((p) => p.click(`a[href="/can-bo/quan-tri/thu-tuc/sua/${code}"]`));
      await page.fill('#field-0-key', 'ho ten');
      await page.fill('#proc-processingDays', '7');
      page = await admin.follow((p) => p.click('button:has-text("Lưu thủ tục")'));
      expect(await page.title()).toMatch(/^Lỗi: /);
      expect(await page.getAttribute('#field-0-key', 'aria-invalid')).toBe('true');
      expect(await page.locator('.error-summary a[href="#field-0-key"]').count()).toBe(1);

      await page.fill('#field-0-key', 'hoTen');
      await page.fill('#field-2-key', 'ngaySinh');
      await page.fill('#field-2-label', 'Ngày sinh');
      await page.selectOption('#field-2-type', 'date');
      page = await admin.follow((p) => p.click('button:has-text("Lưu thủ tục")'));
      expect(new URL(page.url()).pathname).toBe('/can-bo/quan-tri/thu-tuc');
      saved = await apiGet<Saved>(`/api/v1/procedures/${code}`);
      expect(saved.processingDays).toBe(7);
      expect(saved.fields.map((f) => `${f.key}:${f.type}`)).toEqual([
        'hoTen:text',
        'gioiTinh:select',
        'ngaySinh:date',
      ]);
    } finally {
      await admin.close();
    }
  });

  it('lets the system administrator edit a year of holidays, refusing a date of another year beside it', async () => {
    const admin = await officialBrowser(stack, 'admin@motcua.local');
    try {
      let page = await admin.open('/can-bo/quan-tri/ngay-nghi?nam=2031');
      expect(await page.locator('h1').textContent()).toBe('Ngày nghỉ lễ năm 2031');
      await page.fill('#holiday-0-date', '2031-01-01');
      await page.fill('#holiday-0-name', 'Tết Dương lịch');
      await page.fill('#holiday-1-date', '2030-09-02');
      await page.fill('#holiday-1-name', 'Quốc khánh');
      page = await admin.follow((p) => p.click('button:has-text("Lưu ngày nghỉ")'));
      expect(await page.title()).toMatch(/^Lỗi: /);
      expect(await page.getAttribute('#holiday-1-date', 'aria-invalid')).toBe('true');
      expect(await page.inputValue('#holiday-0-name')).toBe('Tết Dương lịch');

      await page.fill('#holiday-1-date', '2031-09-02');
      page = await admin.follow((p) => p.click('button:has-text("Lưu ngày nghỉ")'));
      expect(new URL(page.url()).pathname).toBe('/can-bo/quan-tri/ngay-nghi');
      expect(await page.textContent('main')).toContain('Đã lưu ngày nghỉ năm 2031.');
      const token = await apiTokenOf('admin@motcua.local');
      const year = await apiGet<{ items: { date: string; name: string }[] }>(
        '/api/v1/admin/holidays/2031',
        token,
      );
      expect(year.items).toEqual([
        { date: '2031-01-01', name: 'Tết Dương lịch' },
        { date: '2031-09-02', name: 'Quốc khánh' },
      ]);

      page = await admin.open('/can-bo/quan-tri/hang-doi');
      expect(await page.locator('h1').textContent()).toBe('Hàng đợi công việc');
      expect(
        await page
          .locator('table:has(caption:text-is("Số công việc theo hàng đợi")) tbody tr')
          .count(),
      ).toBe(4);
      expect(await page.locator('a:text-is("Mở Bull Board")').getAttribute('href')).toBe(
        `${portal.apiUrl}/admin/queues`,
      );
    } finally {
      await admin.close();
    }
  });
});
