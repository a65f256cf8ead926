import type { components } from '../../api/api-client';
import { ColumnChart } from '../../charts/column-chart';
import { FigureTable } from '../../charts/figure-table';
import { ShareChart } from '../../charts/share-chart';
import { formatDate, formatNumber, formatPercent } from '../../format/vi-format';
import { ConsoleLayout } from '../console-layout';
import type { PageContext } from '../../layout/page-context';
import type { ReportAgencyOption } from './report-agencies';
import { intervalLabel, pageQueryOf, type ReportQuery } from './report-query';

type Summary = components['schemas']['SummaryReportDto'];
type Timeseries = components['schemas']['TimeseriesReportDto'];

export const REPORTS_PATH = '/can-bo/bao-cao';

const COLOURS = {
  online: '#0b4ea2',
  counter: '#00703c',
  postal: '#6f3c97',
  early: '#00703c',
  onTime: '#0b4ea2',
  late: '#b3261e',
};

export interface ReportsPageProps {
  page: PageContext;
  query: ReportQuery;
  /** The agencies whose reports the official may read, own first (`readableAgencies`). */
  agencies: ReportAgencyOption[];
  /** Whether the official may read every agency's together (a SYSTEM_ADMIN): the default. */
  everyAgency: boolean;
  summary?: Summary;
  timeseries?: Timeseries;
  /** Why there is no report (the API's words), when there is none. */
  problem?: string;
}

/** Indents an agency under the one above it in the list (options cannot hold markup). */
const INDENT = '\u00a0\u00a0\u00a0';

/**
 * The agency whose report is shown: one of those the official may read, each with the ones
 * below it (a report rolls them up); a SYSTEM_ADMIN may also read all together. A code in the
 * address that is not among them stays chosen, so the page says what the API answered for it.
 */
function AgencySelect({
  agencies,
  everyAgency,
  chosen,
}: {
  agencies: ReportAgencyOption[];
  everyAgency: boolean;
  chosen: string | undefined;
}): JSX.Element {
  const selected = chosen ?? (everyAgency ? '' : agencies[0]?.code);
  const known = chosen === undefined || agencies.some((agency) => agency.code === chosen);
  return (
    <div class="form-group">
      <label class="label" for="co-quan">
        Cơ quan
      </label>
      <p class="hint" id="co-quan-hint">
        Báo cáo của một cơ quan gồm cả các cơ quan trực thuộc.
      </p>
      <select class="input" id="co-quan" name="co-quan" aria-describedby="co-quan-hint">
        {everyAgency ? (
          <option value="" selected={selected === ''}>
            Mọi cơ quan
          </option>
        ) : (
          ''
        )}
        {agencies.map((agency) => (
          <option value={agency.code} selected={agency.code === selected} safe>
            {`${INDENT.repeat(agency.depth)}${agency.name} (${agency.code})`}
          </option>
        ))}
        {known ? (
          ''
        ) : (
          <option value={chosen} selected safe>
            {chosen}
          </option>
        )}
      </select>
    </div>
  );
}

/**
 * The Decision 766 figures of an agency over a period: the summary and the series per day,
 * week or month, each chart with its table beside it (the table is what a screen reader reads),
 * and the same report to download as CSV or XLSX.
 */
export function ReportsPage({
  page,
  query,
  agencies,
  everyAgency,
  summary,
  timeseries,
  problem,
}: ReportsPageProps): JSX.Element {
  const own = pageQueryOf(query);
  return (
    <ConsoleLayout page={page} title="Báo cáo">
      <h1>Báo cáo giải quyết hồ sơ</h1>
      <form method="get" action={REPORTS_PATH} class="report-filter">
        <fieldset class="fieldset">
          <legend class="fieldset__legend">Cơ quan và khoảng thời gian</legend>
          <AgencySelect agencies={agencies} everyAgency={everyAgency} chosen={query.agencyCode} />
          <div class="form-group">
            <label class="label" for="tu">
              Từ ngày
            </label>
            <input
              class="input input--date"
              type="date"
              id="tu"
              name="tu"
              value={query.from ?? ''}
            />
          </div>
          <div class="form-group">
            <label class="label" for="den">
              Đến ngày
            </label>
            <input
              class="input input--date"
              type="date"
              id="den"
              name="den"
              value={query.to ?? ''}
            />
          </div>
          <div class="form-group">
            <label class="label" for="chia">
              Chia theo
            </label>
            <select class="input" id="chia" name="chia">
              <option value="ngay" selected={query.interval === 'day'}>
                Ngày
              </option>
              <option value="tuan" selected={query.interval === 'week'}>
                Tuần
              </option>
              <option value="thang" selected={query.interval === 'month'}>
                Tháng
              </option>
            </select>
          </div>
          <button type="submit" class="button">
            Xem báo cáo
          </button>
        </fieldset>
      </form>
      {problem ? (
        <p class="notice notice--warning" role="alert" safe>
          {problem}
        </p>
      ) : (
        ''
      )}
      {summary ? (
        <>
          <p class="lead" safe>
            {`Từ ${formatDate(summary.period.from)} đến ${formatDate(summary.period.to)}.`}
          </p>
          <p>
            Tải báo cáo: <a href={`${REPORTS_PATH}/tai-ve.csv${own}`}>CSV</a> ·{' '}
            <a href={`${REPORTS_PATH}/tai-ve.xlsx${own}`}>Excel (XLSX)</a>
          </p>
          <SummaryFigures summary={summary} />
        </>
      ) : (
        ''
      )}
      {timeseries ? <Series query={query} timeseries={timeseries} /> : ''}
      {summary ? <ByProcedure summary={summary} /> : ''}
    </ConsoleLayout>
  );
}

function SummaryFigures({ summary }: { summary: Summary }): JSX.Element {
  const { received, resolved, inProgress, postal } = summary;
  return (
    <section aria-labelledby="tong-hop">
      <h2 id="tong-hop">Tổng hợp</h2>
      <div class="report-pair">
        <ShareChart
          title="Tỷ lệ trong kỳ"
          bars={[
            { label: 'Nộp trực tuyến', value: received.onlineRate },
            { label: 'Giải quyết đúng hạn', value: resolved.onTimeRate },
          ]}
        />
        <FigureTable
          caption="Số liệu tổng hợp"
          rows={[
            ['Tiếp nhận', formatNumber(received.total)],
            ['– trực tuyến', formatNumber(received.online)],
            ['– tại quầy', formatNumber(received.counter)],
            ['– qua bưu điện', formatNumber(received.postal)],
            ['Tỷ lệ trực tuyến', formatPercent(received.onlineRate)],
            ['Đã giải quyết', formatNumber(resolved.total)],
            ['– trước hạn', formatNumber(resolved.early)],
            ['– đúng hạn', formatNumber(resolved.onTime)],
            ['– quá hạn', formatNumber(resolved.late)],
            ['Tỷ lệ đúng hạn', formatPercent(resolved.onTimeRate)],
            ['Đang giải quyết', formatNumber(inProgress.total)],
            ['– đã quá hạn', formatNumber(inProgress.overdue)],
            ['Kết quả gửi qua bưu điện', formatNumber(postal.dispatched)],
            ['– đã phát', formatNumber(postal.delivered)],
            ['– bị trả lại', formatNumber(postal.failed)],
          ].map(([label, figure]) => ({ label, figures: [figure] }))}
        />
      </div>
    </section>
  );
}

function Series({
  query,
  timeseries,
}: {
  query: ReportQuery;
  timeseries: Timeseries;
}): JSX.Element {
  const items = timeseries.items;
  const labels = items.map((item) => intervalLabel(query.interval, item.from));
  const period = (item: (typeof items)[number]) =>
    item.from === item.to
      ? formatDate(item.from)
      : `${formatDate(item.from)} – ${formatDate(item.to)}`;
  return (
    <section aria-labelledby="theo-thoi-gian">
      <h2 id="theo-thoi-gian">Theo thời gian</h2>
      <h3>Hồ sơ tiếp nhận theo kênh</h3>
      <div class="report-pair">
        <ColumnChart
          title="Hồ sơ tiếp nhận theo kênh"
          labels={labels}
          series={[
            {
              name: 'Trực tuyến',
              color: COLOURS.online,
              values: items.map((i) => i.received.online),
            },
            {
              name: 'Tại quầy',
              color: COLOURS.counter,
              values: items.map((i) => i.received.counter),
            },
            {
              name: 'Bưu điện',
              color: COLOURS.postal,
              values: items.map((i) => i.received.postal),
            },
          ]}
        />
        <FigureTable
          caption="Hồ sơ tiếp nhận theo kênh"
          columns={['Thời gian', 'Tổng', 'Trực tuyến', 'Tại quầy', 'Bưu điện']}
          rows={items.map((item) => ({
            label: period(item),
            figures: [
              item.received.total,
              item.received.online,
              item.received.counter,
              item.received.postal,
            ].map(formatNumber),
          }))}
        />
      </div>
      <h3>Hồ sơ đã giải quyết theo thời hạn</h3>
      <div class="report-pair">
        <ColumnChart
          title="Hồ sơ đã giải quyết theo thời hạn"
          labels={labels}
          series={[
            { name: 'Trước hạn', color: COLOURS.early, values: items.map((i) => i.resolved.early) },
            {
              name: 'Đúng hạn',
              color: COLOURS.onTime,
              values: items.map((i) => i.resolved.onTime),
            },
            { name: 'Quá hạn', color: COLOURS.late, values: items.map((i) => i.resolved.late) },
          ]}
        />
        <FigureTable
          caption="Hồ sơ đã giải quyết theo thời hạn"
          columns={[
            'Thời gian',
            'Đã giải quyết',
            'Trước hạn',
            'Đúng hạn',
            'Quá hạn',
            'Tỷ lệ đúng hạn',
          ]}
          rows={items.map((item) => ({
            label: period(item),
            figures: [
              ...[
                item.resolved.total,
                item.resolved.early,
                item.resolved.onTime,
                item.resolved.late,
              ].map(formatNumber),
              item.resolved.total === 0 ? '–' : formatPercent(item.resolved.onTimeRate),
            ],
          }))}
        />
      </div>
    </section>
  );
}

function ByProcedure({ summary }: { summary: Summary }): JSX.Element {
  const rows = summary.byProcedure;
  if (rows.length === 0) return <p>Chưa có hồ sơ nào trong khoảng thời gian này.</p>;
  return (
    <section aria-labelledby="theo-thu-tuc">
      <h2 id="theo-thu-tuc">Theo thủ tục</h2>
      <div class="report-pair">
        <ShareChart
          title="Tỷ lệ giải quyết đúng hạn theo thủ tục"
          bars={rows.map((p) => ({
            label: p.procedureName,
            value: p.resolved === 0 ? null : p.onTime / p.resolved,
          }))}
        />
        <FigureTable
          caption="Số liệu theo thủ tục"
          columns={['Thủ tục', 'Tiếp nhận', 'Trực tuyến', 'Đã giải quyết', 'Đúng hạn']}
          rows={rows.map((p) => ({
            label: p.procedureName,
            figures: [p.received, p.online, p.resolved, p.onTime].map(formatNumber),
          }))}
        />
      </div>
    </section>
  );
}
