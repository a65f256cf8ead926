import { DataSource } from 'typeorm';
import { registerCitizen } from './support/actors';
import { officialBrowser, startConsole, type TestConsole } from './support/console';
import { POSTAL_PROCEDURE_CODE, COUNTER_ONLY_PROCEDURE_CODE } from './support/demo';
import { fileDossier } from './support/dossiers';

describe('officials console: the work list', () => {
  let stack: TestConsole;

  beforeAll(async () => {
    stack = await startConsole();
  });
  afterAll(async () => {
    await stack?.close();
  });

  const codesOn = async (page: import('playwright-core').Page) =>
    (await page.locator('table.work-list a.work-list__code').allTextContents()).map((t) =>
      t.trim(),
    );

  it('opens the desk on the dossiers waiting to be received, filters by the address, marks the overdue', async () => {
    const http = stack.portal.stack.api.http;
    const citizen = await registerCitizen(http, { fullName: 'Hoàng Thị Lọc' });
    const first = await fileDossier(http, citizen.accessToken, POSTAL_PROCEDURE_CODE);
    const second = await fileDossier(http, citizen.accessToken, COUNTER_ONLY_PROCEDURE_CODE);
    // the second one is long past its appointment date
    await stack.portal.stack.api.app
      .get(DataSource)
      .query(`UPDATE dossiers SET appointment_date = DATE '2020-01-02' WHERE code = $1`, [
        second.code,
      ]);

    const person = await officialBrowser(stack, 'reception', { javaScript: false });
    try {
      let page = person.page;
      expect(await page.textContent('h2#ket-qua')).toContain('Chờ tiếp nhận');
      expect(await page.textContent('main')).toContain('Hồ sơ đang giải quyết');

      // free text: the start of a code finds that dossier alone
      await person.open(`/can-bo/ho-so?tat-ca=1&q=${encodeURIComponent(first.code)}`);
      expect(await codesOn(page)).toEqual([first.code]);

      // the form sends its filters in the address (GET), without JavaScript
      page = await person.open('/can-bo/ho-so?tat-ca=1');
      await page.fill('#loc-q', 'Hoàng Thị Lọc');
      await page.selectOption('#loc-trang-thai', 'SUBMITTED');
      page = await person.follow((p) => p.click('button:has-text("Lọc hồ sơ")'));
      const url = new URL(page.url());
      expect(url.searchParams.get('trang-thai')).toBe('SUBMITTED');
      // soonest appointment first: the overdue one leads
      expect(await codesOn(page)).toEqual([second.code, first.code]);
      const overdueRow = page.locator('tr', { hasText: second.code });
      expect(await overdueRow.textContent()).toContain('Quá hạn');

      page = await person.open(`/can-bo/ho-so?qua-han=1&q=${encodeURIComponent('Hoàng Thị Lọc')}`);
      expect(await codesOn(page)).toEqual([second.code]);
      expect(await page.locator('#loc-qua-han').isChecked()).toBe(true);

      page = await person.open(
        `/can-bo/ho-so?thu-tuc=${COUNTER_ONLY_PROCEDURE_CODE}&q=${encodeURIComponent('Hoàng Thị Lọc')}`,
      );
      expect(await codesOn(page)).toEqual([second.code]);
    } finally {
      await person.close();
    }
  }, 180_000);

  it('shows the specialist the dossiers assigned to them, and the leader what awaits approval', async () => {
    for (const official of ['specialist', 'leader'] as const) {
      const person = await officialBrowser(stack, official);
      try {
        const heading = await person.page.textContent('h2#ket-qua');
        expect(heading).toContain(
          official === 'specialist' ? 'Được giao cho tôi, đang xử lý' : 'Chờ phê duyệt',
        );
      } finally {
        await person.close();
      }
    }
  }, 120_000);
});
