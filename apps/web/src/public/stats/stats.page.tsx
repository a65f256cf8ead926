import type { components } from '../../api/api-client';
import { formatDate, formatNumber, formatPercent } from '../../format/vi-format';
import { Layout } from '../../layout/layout';
import type { PageContext } from '../../layout/page-context';
import { FigureTable } from '../../charts/figure-table';
import { ShareChart, type Bar } from '../../charts/share-chart';

type PublicStats = components['schemas']['PublicStatsDto'];
type AgencyStats = components['schemas']['AgencyStatsDto'];

export interface StatsPageProps {
  page: PageContext;
  period: { from?: string; to?: string };
  stats?: PublicStats;
  invalid: boolean;
}

function query(period: { from?: string; to?: string }): string {
  const params = new URLSearchParams();
  if (period.from) params.set('tu', period.from);
  if (period.to) params.set('den', period.to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function periodText(period: { from?: string; to?: string }): string {
  if (!period.from && !period.to) return 'từ đầu tháng này đến hôm nay';
  return `từ ${period.from ? formatDate(period.from) : 'đầu tháng này'} đến ${period.to ? formatDate(period.to) : 'hôm nay'}`;
}

export function StatsPage({ page, period, stats, invalid }: StatsPageProps): JSX.Element {
  const yearStart = `${new Date().getFullYear()}-01-01`;
  return (
    <Layout page={page} title="Thống kê">
      <h1>Số liệu giải quyết hồ sơ</h1>
      <p class="lead" safe>
        {`Số hồ sơ tiếp nhận, tỷ lệ nộp trực tuyến, tỷ lệ giải quyết đúng hạn và kết quả trả qua bưu điện, ${periodText(period)}.`}
      </p>
      <form method="get" action="/thong-ke">
        <fieldset>
          <legend>Khoảng thời gian</legend>
          <div class="field">
            <label for="tu">Từ ngày</label>
            <input type="date" id="tu" name="tu" value={period.from ?? ''} />
          </div>
          <div class="field">
            <label for="den">Đến ngày</label>
            <input type="date" id="den" name="den" value={period.to ?? ''} />
          </div>
          <button type="submit">Xem</button>
        </fieldset>
      </form>
      <p>
        <a href="/thong-ke">Tháng này</a> · <a href={`/thong-ke?tu=${yearStart}`}>Từ đầu năm</a> ·{' '}
        <a href={`/thong-ke.csv${query(period)}`}>Tải số liệu (CSV)</a>
      </p>
      {invalid ? (
        <p class="notice notice--warning" role="alert">
          Khoảng thời gian không hợp lệ: ngày bắt đầu phải trước ngày kết thúc, và dài nhiều nhất
          366 ngày.
        </p>
      ) : stats && stats.items.length > 0 ? (
        <>
          <Agencies agencies={stats.items} />
          {stats.items.map((agency) => (
            <Agency agency={agency} />
          ))}
        </>
      ) : (
        <p>Chưa có hồ sơ nào trong khoảng thời gian này.</p>
      )}
      <p class="muted">
        Tỷ lệ đúng hạn tính trên hồ sơ đã có kết quả (sớm hoặc đúng ngày hẹn). Thủ tục có dưới 5 hồ
        sơ được gộp vào “Các thủ tục khác” để không lộ thông tin của từng người. Bưu điện: số kết
        quả giao cho bưu điện, đã phát đến người nhận và bị trả lại trong khoảng thời gian; tỷ lệ
        phát thành công là số đã phát trên số đã phát cộng số bị trả lại.
      </p>
    </Layout>
  );
}

type PostalFigures = components['schemas']['PostalFiguresDto'];

/** Of the results the post finished with in the period, the share delivered; null: none. */
export function postalDeliveredRate(postal: PostalFigures): number | null {
  const finished = postal.delivered + postal.failed;
  return finished === 0 ? null : postal.delivered / finished;
}

/** Every agency side by side: the two shares as charts, then all figures in a table. */
function Agencies({ agencies }: { agencies: AgencyStats[] }): JSX.Element {
  return (
    <section aria-labelledby="theo-co-quan">
      <h2 id="theo-co-quan">Theo cơ quan</h2>
      <h3>Tỷ lệ nộp trực tuyến</h3>
      <ShareChart
        title="Tỷ lệ nộp trực tuyến theo cơ quan"
        bars={agencies.map((a) => ({ label: a.agencyName, value: a.onlineRate }))}
      />
      <h3>Tỷ lệ giải quyết đúng hạn</h3>
      <ShareChart
        title="Tỷ lệ giải quyết đúng hạn theo cơ quan"
        bars={agencies.map((a) => ({ label: a.agencyName, value: a.onTimeRate }))}
      />
      <h3>Tỷ lệ phát kết quả qua bưu điện thành công</h3>
      <ShareChart
        title="Tỷ lệ phát kết quả qua bưu điện thành công theo cơ quan"
        bars={agencies.map((a) => ({ label: a.agencyName, value: postalDeliveredRate(a.postal) }))}
      />
      <FigureTable
        caption="Số liệu theo cơ quan"
        columns={[
          'Cơ quan',
          'Tiếp nhận',
          'Trực tuyến',
          'Đúng hạn',
          'Gửi kết quả qua bưu điện',
          'Đã phát',
          'Bị trả lại',
        ]}
        rows={agencies.map((a) => ({
          label: a.agencyName,
          figures: [
            formatNumber(a.received),
            formatPercent(a.onlineRate),
            formatPercent(a.onTimeRate),
            formatNumber(a.postal.dispatched),
            formatNumber(a.postal.delivered),
            formatNumber(a.postal.failed),
          ],
        }))}
      />
    </section>
  );
}

/** One agency's procedures (those with enough dossiers to publish), when there are any. */
function Agency({ agency }: { agency: AgencyStats }): JSX.Element {
  const rows = [
    ...agency.byProcedure.map((p) => ({
      name: p.procedureName,
      received: p.received,
      onlineRate: p.onlineRate,
      onTimeRate: p.onTimeRate,
    })),
    ...(agency.otherProcedures ? [{ name: 'Các thủ tục khác', ...agency.otherProcedures }] : []),
  ];
  const online: Bar[] = rows.map((r) => ({ label: r.name, value: r.onlineRate }));
  const onTime: Bar[] = rows.map((r) => ({ label: r.name, value: r.onTimeRate }));
  if (rows.length === 0) return '';
  return (
    <section>
      <h2 safe>{`Theo thủ tục: ${agency.agencyName}`}</h2>
      {rows.length > 0 ? (
        <>
          <h3>Tỷ lệ nộp trực tuyến theo thủ tục</h3>
          <ShareChart title="Tỷ lệ nộp trực tuyến theo thủ tục" bars={online} />
          <h3>Tỷ lệ giải quyết đúng hạn theo thủ tục</h3>
          <ShareChart title="Tỷ lệ giải quyết đúng hạn theo thủ tục" bars={onTime} />
          <FigureTable
            caption={`Số liệu theo thủ tục: ${agency.agencyName}`}
            columns={['Thủ tục', 'Tiếp nhận', 'Trực tuyến', 'Đúng hạn']}
            rows={rows.map((r) => ({
              label: r.name,
              figures: [
                formatNumber(r.received),
                formatPercent(r.onlineRate),
                r.onTimeRate === null ? 'chưa đủ số liệu' : formatPercent(r.onTimeRate),
              ],
            }))}
          />
        </>
      ) : (
        ''
      )}
    </section>
  );
}
