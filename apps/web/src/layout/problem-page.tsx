import { Layout } from './layout';
import type { PageContext } from './page-context';

export type ProblemKind = 'not-found' | 'forbidden' | 'error' | 'api-unreachable' | 'csrf';

const PROBLEMS: Record<ProblemKind, { status: number; title: string; text: string }> = {
  'not-found': {
    status: 404,
    title: 'Không tìm thấy trang',
    text: 'Địa chỉ này không có trên cổng. Nếu bạn gõ địa chỉ, hãy kiểm tra lại từng ký tự.',
  },
  forbidden: {
    status: 403,
    title: 'Không có quyền truy cập',
    text: 'Tài khoản của bạn không có vai trò cần để mở trang này. Nếu bạn cần dùng chức năng này, hãy liên hệ quản trị viên của cơ quan.',
  },
  error: {
    status: 500,
    title: 'Đã có lỗi xảy ra',
    text: 'Hệ thống gặp lỗi khi xử lý yêu cầu của bạn. Vui lòng thử lại sau ít phút.',
  },
  'api-unreachable': {
    status: 503,
    title: 'Hệ thống đang tạm gián đoạn',
    text: 'Cổng chưa kết nối được với hệ thống xử lý hồ sơ. Dữ liệu bạn đã gửi trước đó không bị mất. Vui lòng thử lại sau ít phút.',
  },
  csrf: {
    status: 403,
    title: 'Phiên làm việc đã hết hạn',
    text: 'Biểu mẫu này đã cũ hoặc không được gửi từ cổng. Vui lòng quay lại trang trước, tải lại trang và gửi lại.',
  },
};

export function problemStatus(kind: ProblemKind): number {
  return PROBLEMS[kind].status;
}

export function ProblemPage({ page, kind }: { page: PageContext; kind: ProblemKind }): JSX.Element {
  const problem = PROBLEMS[kind];
  return (
    <Layout page={page} title={problem.title}>
      <h1 safe>{problem.title}</h1>
      <p class="lead" safe>
        {problem.text}
      </p>
      <p>
        <a href="/">Về trang chủ</a> · <a href="/tra-cuu">Tra cứu hồ sơ</a>
      </p>
    </Layout>
  );
}

/**
 * A problem page outside a controller (the CSRF check, the exception filter). It shows no
 * one as signed in and carries no form: the session may be the very thing that failed.
 */
export async function renderProblemPage(kind: ProblemKind): Promise<string> {
  const page: PageContext = { path: '/', csrf: () => '' };
  return await (<ProblemPage page={page} kind={kind} />);
}
