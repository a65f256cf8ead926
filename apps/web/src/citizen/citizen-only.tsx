import type { FastifyReply } from 'fastify';
import { Layout } from '../layout/layout';
import type { PageContext } from '../layout/page-context';
import { sendPage } from '../http/page-http';

/** Signed in with an account that is not a citizen's (an official's): these pages are not theirs. */
export function signedInAsOfficial(page: PageContext): boolean {
  return page.user !== undefined && !page.user.roles.includes('CITIZEN');
}

export async function sendCitizensOnly(reply: FastifyReply, page: PageContext): Promise<void> {
  await sendPage(
    reply,
    <Layout page={page} title="Trang dành cho công dân">
      <h1>Trang dành cho công dân</h1>
      <p>
        Bạn đang đăng nhập bằng tài khoản cán bộ. Nộp hồ sơ và theo dõi hồ sơ cá nhân cần tài khoản
        công dân: hãy đăng xuất rồi đăng nhập bằng tài khoản công dân.
      </p>
    </Layout>,
    403,
  );
}
