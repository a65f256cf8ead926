import type { Browser } from 'playwright-core';
import { launchBrowser, PortalBrowser } from './support/browser';
import { freePort } from './support/net';
import { startPortal, type TestPortal } from './support/portal';

describe('citizen portal: frame, headers, problem pages', () => {
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

  it('serves every page in Vietnamese with a strict Content-Security-Policy and no caching', async () => {
    const response = await fetch(`${portal.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`default-src 'self'`);
    expect(csp).toContain(`script-src 'self'`);
    expect(csp).toContain(`style-src 'self'`);
    expect(csp).toContain(`frame-ancestors 'none'`);
    expect(csp).toContain(`form-action 'self'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
    expect(html).toContain('<main id="noi-dung"');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('serves the stylesheet under a content hash, compressed, cached for a year', async () => {
    const html = await (await fetch(`${portal.url}/`)).text();
    const href = /<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{12}\.css)"/.exec(
      html,
    )?.[1];
    expect(href).toBeDefined();
    const response = await fetch(`${portal.url}${href}`, { headers: { 'accept-encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toContain('.skip-link');
  });

  it('answers an unknown address with a Vietnamese 404 page that passes axe', async () => {
    const response = await fetch(`${portal.url}/khong-co-trang-nay`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy trang');
    const person = await PortalBrowser.open(browser, portal.url);
    try {
      const page = await person.open('/khong-co-trang-nay');
      expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    } finally {
      await person.close();
    }
  });

  it('refuses a form sent without the CSRF token, before any handler runs', async () => {
    const response = await fetch(`${portal.url}/dang-xuat`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Phiên làm việc đã hết hạn');
  });

  it('shows a Vietnamese 503 page when the API cannot be reached', async () => {
    const { createWebApp } = await import('../apps/web/src/bootstrap/create-web-app');
    const { validateWebEnvironment } = await import('@motcua/config/web-environment');
    const port = await freePort();
    const web = await createWebApp(
      validateWebEnvironment({
        NODE_ENV: 'test',
        API_URL: `http://127.0.0.1:${await freePort()}`,
        LOG_LEVEL: 'silent',
      }),
    );
    await web.listen({ port, host: '127.0.0.1' });
    try {
      // a page of Nest's router, and the tracking page (a plain Fastify route)
      for (const path of ['/', '/tra-cuu/000.00.00.H00-261202-0001']) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(response.status).toBe(503);
        expect(await response.text()).toContain('Hệ thống đang tạm gián đoạn');
      }
    } finally {
      await web.close();
    }
  });

  it('checks pages with JavaScript switched off too', async () => {
    const person = await PortalBrowser.open(browser, portal.url, { javaScript: false });
    try {
      const page = await person.open('/');
      expect(await page.locator('h1').count()).toBe(1);
      expect(person.visited).toHaveLength(1);
    } finally {
      await person.close();
    }
  });
});
