import type { Page } from 'playwright-core';
import type { PortalBrowser } from './browser';
import { randomNationalId } from './actors';
import { DEMO_PROCEDURES, validFormData } from './demo';
import { SAMPLES } from './files';

export interface PortalCitizen {
  nationalId: string;
  password: string;
  fullName: string;
}

/** Types a form value as a person would (a date in the date input's own format). */
async function fillField(page: Page, type: string, id: string, value: unknown): Promise<void> {
  const input = page.locator(`#${id}`);
  if (type === 'checkbox') {
    if (value === true) await input.check();
    else await input.uncheck();
  } else if (type === 'select') {
    await input.selectOption(String(value));
  } else {
    await input.fill(String(value));
  }
}

/** Fills every question of the demo procedure shown on the current step. */
export async function fillFormStep(page: Page, procedureCode: string): Promise<void> {
  const procedure = DEMO_PROCEDURES.find((p) => p.code === procedureCode)!;
  const values = validFormData(procedureCode);
  for (const field of procedure.fields) {
    const id = `f-${field.key}`;
    if ((await page.locator(`#${id}`).count()) === 0) continue;
    if (values[field.key] === undefined) continue;
    await fillField(page, field.type, id, values[field.key]);
  }
}

/** Registers through the portal's own page (and so is signed in afterwards). */
export async function registerThroughPortal(person: PortalBrowser): Promise<PortalCitizen> {
  const citizen = {
    nationalId: randomNationalId(),
    password: 'MatKhau@2025',
    fullName: 'Nguyễn Thị Hoa',
  };
  const page = await person.open('/dang-ky');
  await page.fill('#f-fullName', citizen.fullName);
  await page.fill('#f-nationalId', citizen.nationalId);
  await page.fill('#f-phone', '0912345678');
  await page.fill('#password', citizen.password);
  await person.follow((p) => p.click('button:has-text("Đăng ký")'));
  return citizen;
}

/**
 * From a procedure's first form step to "check your answers": every form step filled, every
 * document uploaded (required and optional alike), delivery chosen.
 */
export async function fillJourneyToCheck(
  person: PortalBrowser,
  procedureCode: string,
  delivery: 'COUNTER' | 'POSTAL' = 'COUNTER',
): Promise<Page> {
  let page = person.page;
  while (/\/thong-tin-\d+$/.test(page.url())) {
    await fillFormStep(page, procedureCode);
    page = await person.follow((p) => p.click('button:has-text("Lưu và tiếp tục")'));
  }
  expect(page.url()).toMatch(/\/giay-to$/);
  const procedure = DEMO_PROCEDURES.find((p) => p.code === procedureCode)!;
  for (const doc of procedure.requiredDocuments.filter((d) => d.required)) {
    const sample = SAMPLES.pdf;
    await page.setInputFiles(`#doc-${doc.code}`, {
      name: sample.fileName,
      mimeType: sample.mimeType,
      buffer: sample.bytes,
    });
    page = await person.follow((p) =>
      p.locator(`form:has(#doc-${doc.code})`).locator('button').click(),
    );
    expect(await page.locator(`.document:has(#doc-${doc.code}) .tag--done`).count()).toBe(1);
  }
  page = await person.follow((p) => p.click('button:has-text("Tiếp tục")'));
  expect(page.url()).toMatch(/\/nhan-ket-qua$/);
  if (delivery === 'POSTAL') {
    await page.check('#delivery-postal');
    await page.fill('#f-recipientName', 'Nguyễn Thị Hoa');
    await page.fill('#f-phone', '0912345678');
    await page.fill('#f-street', 'Số 12 ngõ 34 phố Hàng Bông');
    await page.fill('#f-ward', 'Phường Hoàn Kiếm');
    await page.fill('#f-province', 'Thành phố Hà Nội');
    // street, ward or commune, province: no district since 1 July 2025
    expect(await page.locator('#f-district').count()).toBe(0);
  } else {
    await page.check('#delivery-counter');
  }
  page = await person.follow((p) => p.click('button:has-text("Lưu và tiếp tục")'));
  expect(page.url()).toMatch(/\/kiem-tra$/);
  return page;
}

/** Files a dossier of `procedureCode` through the portal and returns its code. */
export async function fileThroughPortal(
  person: PortalBrowser,
  procedureCode: string,
): Promise<string> {
  await person.open(`/nop-ho-so/${procedureCode}`);
  await person.follow((p) => p.click('button:has-text("Bắt đầu")'));
  await fillJourneyToCheck(person, procedureCode);
  const page = await person.follow((p) => p.click('button:has-text("Nộp hồ sơ")'));
  return (await page.locator('.confirmation__code').textContent())!.trim();
}
