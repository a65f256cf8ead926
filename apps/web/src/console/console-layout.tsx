import type { PropsWithChildren } from '@kitajs/html';
import { assetUrl } from '../assets/assets';
import { SERVICE_NAME } from '../layout/layout';
import type { PageContext } from '../layout/page-context';
import { CONSOLE_PREFIX } from '../session/sign-in-required';
import { areasFor } from './console-access';

export const CONSOLE_NAME = 'Cán bộ xử lý hồ sơ';

const ROLE_LABELS: Record<string, string> = {
  RECEPTION: 'Tiếp nhận',
  SPECIALIST: 'Chuyên viên',
  LEADER: 'Lãnh đạo',
  ADMIN: 'Quản trị cơ quan',
  SYSTEM_ADMIN: 'Quản trị hệ thống',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

export interface ConsoleLayoutProps {
  page: PageContext;
  /** The page's own title; the console's name is added after it. */
  title: string;
}

/**
 * The frame of every console page, made for the desk's PC first (a side navigation beside wide
 * tables) and still usable on a tablet (the navigation goes above the content): skip link,
 * header with the official, their agency and sign-out, the navigation of the areas their roles
 * allow, one main landmark.
 */
export function ConsoleLayout({
  page,
  title,
  children,
}: PropsWithChildren<ConsoleLayoutProps>): JSX.Element {
  return (
    <>
      {'<!doctype html>'}
      <html lang="vi">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{`${title} – ${CONSOLE_NAME} – ${SERVICE_NAME}`}</title>
          <link rel="stylesheet" href={assetUrl('site.css')} />
        </head>
        <body class="console">
          <a class="skip-link" href="#noi-dung">
            Bỏ qua, đến nội dung chính
          </a>
          <ConsoleHeader page={page} />
          <div class="console__body">
            {page.user ? <ConsoleNav page={page} roles={page.user.roles} /> : ''}
            <main id="noi-dung" tabindex="-1" class="console__main">
              {page.flash ? (
                <p class="notice" role="status" safe>
                  {page.flash}
                </p>
              ) : (
                ''
              )}
              {children}
            </main>
          </div>
        </body>
      </html>
    </>
  );
}

function ConsoleHeader({ page }: { page: PageContext }): JSX.Element {
  const user = page.user;
  return (
    <header class="site-header console-header">
      <div class="console-header__inner">
        <a class="site-name" href={CONSOLE_PREFIX}>
          {SERVICE_NAME} · {CONSOLE_NAME}
        </a>
        {user ? (
          <div class="console-header__user">
            <span safe>{user.fullName}</span>
            <span class="console-header__roles" safe>
              {[user.roles.map(roleLabel).join(', '), user.agencyCode].filter(Boolean).join(' · ')}
            </span>
            <form method="post" action={`${CONSOLE_PREFIX}/dang-xuat`}>
              <input type="hidden" name="_csrf" value={page.csrf()} />
              <button type="submit" class="link-button">
                Đăng xuất
              </button>
            </form>
          </div>
        ) : (
          ''
        )}
      </div>
    </header>
  );
}

function ConsoleNav({ page, roles }: { page: PageContext; roles: string[] }): JSX.Element {
  const areas = areasFor(roles);
  return (
    <nav class="console-nav" aria-label="Chức năng">
      <ul>
        {areas.map((area) => {
          const current =
            page.path === area.path ||
            page.path.startsWith(`${area.path}/`) ||
            (page.path === CONSOLE_PREFIX && area.name === 'dossiers');
          return (
            <li>
              <a href={area.path} aria-current={current ? 'page' : undefined} safe>
                {area.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
