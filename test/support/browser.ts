import { readFileSync } from 'node:fs';
import type { AxeResults, Result } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs the `chromium` package when it is missing). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface PortalBrowserOptions {
  /** false: a browser with JavaScript switched off (every journey must still work). */
  javaScript?: boolean;
  /** The phone-sized window the portal is made for, unless a test says otherwise. */
  viewport?: { width: number; height: number };
}

/**
 * One person's browser on the portal. Every page reached through `open` or `follow` is
 * checked at once with axe-core (WCAG 2.1 A and AA rules) and for Content-Security-Policy
 * refusals; any violation fails the test with the page's address and the rule's nodes.
 */
export class PortalBrowser {
  /** The addresses checked so far, in order. */
  readonly visited: string[] = [];
  private readonly cspRefusals: string[] = [];
  private auditPage?: Page;

  private constructor(
    readonly baseUrl: string,
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly javaScript: boolean,
  ) {
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) this.cspRefusals.push(message.text());
    });
  }

  static async open(
    browser: Browser,
    baseUrl: string,
    options: PortalBrowserOptions = {},
  ): Promise<PortalBrowser> {
    const javaScript = options.javaScript ?? true;
    const context = await browser.newContext({
      baseURL: baseUrl,
      javaScriptEnabled: javaScript,
      viewport: options.viewport ?? { width: 360, height: 740 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = await context.newPage();
    return new PortalBrowser(baseUrl, context, page, javaScript);
  }

  /** Opens a portal path and checks the page. */
  async open(path: string): Promise<Page> {
    const response = await this.page.goto(path, { waitUntil: 'load' });
    if (!response) throw new Error(`No response for ${path}`);
    await this.audit();
    return this.page;
  }

  /** Does something that loads a new page (a click, a form sent) and checks that page. */
  async follow(action: (page: Page) => Promise<unknown>): Promise<Page> {
    await Promise.all([this.page.waitForEvent('load'), action(this.page)]);
    await this.audit();
    return this.page;
  }

  /** Fails when the current page has any axe violation or any CSP refusal. */
  async audit(): Promise<void> {
    const url = this.page.url();
    this.visited.push(url);
    const results = this.javaScript
      ? await runAxe(this.page)
      : await this.auditWithoutJavaScript(url);
    const problems = [
      ...results.violations.map(describeViolation),
      ...this.cspRefusals.splice(0).map((text) => `CSP: ${text}`),
    ];
    if (problems.length > 0) {
      throw new Error(`Accessibility or CSP problems on ${url}:\n${problems.join('\n')}`);
    }
  }

  /**
   * axe needs JavaScript: the page the person sees (its HTML as received) is loaded again at
   * the same address in a second, script-enabled page, with the portal's stylesheet, and
   * checked there.
   */
  private async auditWithoutJavaScript(url: string): Promise<AxeResults> {
    const html = await this.page.content();
    if (!this.auditPage) {
      const context = await this.context.browser()!.newContext({
        viewport: this.page.viewportSize() ?? undefined,
        locale: 'vi-VN',
      });
      this.auditPage = await context.newPage();
    }
    const auditPage = this.auditPage;
    await auditPage.unroute('**/*');
    await auditPage.route('**/*', (route) =>
      route.request().isNavigationRequest()
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.continue(),
    );
    await auditPage.goto(url, { waitUntil: 'load' });
    return runAxe(auditPage);
  }

  async close(): Promise<void> {
    await this.auditPage?.context().close();
    await this.context.close();
  }
}

async function runAxe(page: Page): Promise<AxeResults> {
  await page.evaluate(axeSource);
  return page.evaluate(() =>
    (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    }),
  );
}

function describeViolation(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ')}`)
    .join('\n');
  return `  ${violation.id} (${violation.impact}): ${violation.help}\n${nodes}`;
}
