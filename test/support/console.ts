import type { Browser, Page } from 'playwright-core';
import { DEMO, DEMO_PASSWORD } from './actors';
import { launchBrowser, PortalBrowser } from './browser';
import { startPortal, type TestPortal } from './portal';

/** The desk's PC: the console is made for a desktop screen first. */
export const DESKTOP = { width: 1366, height: 768 };

export type DemoOfficial = keyof Omit<typeof DEMO, 'agencyCode'>;

export interface TestConsole {
  portal: TestPortal;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The stack a console browser test needs: the API, the worker and the portal (`startPortal`),
 * and Chromium. `settings` go to the API and worker, `webSettings` to the portal.
 */
export async function startConsole(
  settings: Record<string, string> = {},
  webSettings: Record<string, string> = {},
): Promise<TestConsole> {
  const portal = await startPortal(settings, webSettings);
  const browser = await launchBrowser();
  return {
    portal,
    browser,
    close: async () => {
      await browser.close();
      await portal.close();
    },
  };
}

/** An official's browser on a desktop screen (every page checked with axe, as PortalBrowser does). */
export function openOfficialBrowser(
  stack: TestConsole,
  options: { javaScript?: boolean } = {},
): Promise<PortalBrowser> {
  return PortalBrowser.open(stack.browser, stack.portal.url, { viewport: DESKTOP, ...options });
}

/** Fills and sends the console's sign-in form on the current page. */
export async function submitConsoleSignIn(
  person: PortalBrowser,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Page> {
  await person.page.fill('#f-email', email);
  await person.page.fill('#password', password);
  return person.follow((p) => p.click('main button:has-text("Đăng nhập")'));
}

/** Signs in at `/can-bo/dang-nhap` as one of the demo officials; ends on the console's home. */
export async function signInAsOfficial(
  person: PortalBrowser,
  official: DemoOfficial | string,
  password = DEMO_PASSWORD,
): Promise<Page> {
  const email = official in DEMO ? DEMO[official as DemoOfficial] : official;
  await person.open('/can-bo/dang-nhap');
  const page = await submitConsoleSignIn(person, email, password);
  if (new URL(page.url()).pathname.startsWith('/can-bo/dang-nhap')) {
    throw new Error(`Signing in as ${email} failed: ${await page.textContent('main')}`);
  }
  return page;
}

/** Opens a browser and signs in as a demo official in one step. */
export async function officialBrowser(
  stack: TestConsole,
  official: DemoOfficial | string,
  options: { javaScript?: boolean } = {},
): Promise<PortalBrowser> {
  const person = await openOfficialBrowser(stack, options);
  await signInAsOfficial(person, official);
  return person;
}

/** The navigation's link texts on the current page. */
export async function consoleNavLinks(page: Page): Promise<string[]> {
  return (await page.locator('nav.console-nav a').allTextContents()).map((t) => t.trim());
}
