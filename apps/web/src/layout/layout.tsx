import type { PropsWithChildren } from '@kitajs/html';
import { assetUrl } from '../assets/assets';
import type { PageContext } from './page-context';

export const SERVICE_NAME = 'Một cửa điện tử';

export interface LayoutProps {
  page: PageContext;
  /** The page's own title; the service name is added after it. */
  title: string;
}

/** The frame of every page: skip link, header with sign-in, one main landmark, footer. */
export function Layout({ page, title, children }: PropsWithChildren<LayoutProps>): JSX.Element {
  return (
    <>
      {'<!doctype html>'}
      <html lang="vi">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{`${title} – ${SERVICE_NAME}`}</title>
          <link rel="stylesheet" href={assetUrl('site.css')} />
        </head>
        <body>
          <a class="skip-link" href="#noi-dung">
            Bỏ qua, đến nội dung chính
          </a>
          <SiteHeader page={page} />
          <main id="noi-dung" tabindex="-1">
            {page.flash ? (
              <p class="notice" role="status" safe>
                {page.flash}
              </p>
            ) : (
              ''
            )}
            {children}
          </main>
          <footer class="site-footer">
            <div class="site-footer__inner">
              <p>
                {SERVICE_NAME}: cổng nộp và tra cứu hồ sơ thủ tục hành chính.{' '}
                <a href="/thong-ke">Số liệu thống kê</a>
              </p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}

function SiteHeader({ page }: { page: PageContext }): JSX.Element {
  return (
    <header class="site-header">
      <div class="site-header__inner">
        <a class="site-name" href="/">
          {SERVICE_NAME}
        </a>
        <nav class="site-nav" aria-label="Điều hướng chính">
          <ul>
            <li>
              <a href="/tra-cuu">Tra cứu hồ sơ</a>
            </li>
            {page.user ? (
              <>
                <li>
                  <a href="/ho-so-cua-toi">Hồ sơ của tôi</a>
                </li>
                <li>
                  <form method="post" action="/dang-xuat">
                    <input type="hidden" name="_csrf" value={page.csrf()} />
                    <button type="submit" class="link-button">
                      Đăng xuất
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <li>
                <a href={signInHref(page.path)}>Đăng nhập</a>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** The sign-in link, bringing the person back to the page they were on. */
export function signInHref(path: string): string {
  return path === '/' || path.startsWith('/dang-')
    ? '/dang-nhap'
    : `/dang-nhap?tiep=${encodeURIComponent(path)}`;
}
