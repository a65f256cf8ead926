import type { components } from '../../api/api-client';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../layout/page-context';
import { ProcedureList } from '../procedure/procedure-list';
import { TrackingForm } from '../tracking/tracking-form';

type Procedure = components['schemas']['ProcedureDto'];

export interface HomePageProps {
  page: PageContext;
  query: string;
  popular: Procedure[];
  results?: { items: Procedure[]; total: number };
}

export function HomePage({ page, query, popular, results }: HomePageProps): JSX.Element {
  return (
    <Layout page={page} title={query ? `Tìm thủ tục: ${query}` : 'Trang chủ'}>
      <h1>Nộp hồ sơ thủ tục hành chính trực tuyến</h1>
      <p class="lead">Tìm thủ tục, nộp hồ sơ từ điện thoại và theo dõi đến khi nhận kết quả.</p>
      <form method="get" action="/" role="search" class="field">
        <label for="q">Tìm thủ tục</label>
        <span class="hint" id="q-hint">
          Ví dụ: khai sinh, đăng ký kinh doanh, giấy phép xây dựng
        </span>
        <div class="search">
          <input
            type="search"
            id="q"
            name="q"
            value={query}
            aria-describedby="q-hint"
            maxlength="100"
          />
          <button type="submit">Tìm</button>
        </div>
      </form>
      {results ? <SearchResults query={query} results={results} /> : ''}
      <section aria-labelledby="pho-bien">
        <h2 id="pho-bien">Thủ tục được dùng nhiều</h2>
        <ProcedureList procedures={popular} />
      </section>
      <section aria-labelledby="tra-cuu">
        <h2 id="tra-cuu">Tra cứu hồ sơ</h2>
        <TrackingForm />
      </section>
    </Layout>
  );
}

function SearchResults({
  query,
  results,
}: {
  query: string;
  results: { items: Procedure[]; total: number };
}): JSX.Element {
  return (
    <section aria-labelledby="ket-qua">
      <h2 id="ket-qua">Kết quả tìm kiếm</h2>
      {results.total === 0 ? (
        <p role="status">
          Không tìm thấy thủ tục nào với “<span safe>{query}</span>”. Hãy thử ít từ hơn, ví dụ chỉ
          “khai sinh”.
        </p>
      ) : (
        <>
          <p role="status">
            Tìm thấy {results.total} thủ tục với “<span safe>{query}</span>”
            {results.total > results.items.length ? `, hiện ${results.items.length} đầu tiên` : ''}.
          </p>
          <ProcedureList procedures={results.items} />
        </>
      )}
    </section>
  );
}
