import type { components } from '../../api/api-client';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../layout/page-context';

type ProcedureSummary = components['schemas']['ProcedureDto'];

export function HomePage({
  page,
  procedures,
}: {
  page: PageContext;
  procedures: ProcedureSummary[];
}): JSX.Element {
  return (
    <Layout page={page} title="Trang chủ">
      <h1>Nộp hồ sơ và tra cứu thủ tục hành chính</h1>
      <ul class="cards">
        {procedures.map((p) => (
          <li>
            <a href={`/thu-tuc/${encodeURIComponent(p.code)}`} safe>
              {p.name}
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
