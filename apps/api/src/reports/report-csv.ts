import type { SummaryReportDto } from './dto/report.response';

const BOM = '\uFEFF';
const EOL = '\r\n';

/** One field per RFC 4180: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (fields: (string | number)[]) => fields.map(csvField).join(',');

/** The summary's figures as (Vietnamese label, value) rows: shared by the CSV and the XLSX. */
export function summaryFigures(report: SummaryReportDto): [string, string | number][] {
  const { received, resolved, inProgress, postal, processingTime, onlineFunnel } = report;
  return [
    ['Từ ngày', report.period.from],
    ['Đến ngày', report.period.to],
    ['Tổng số hồ sơ tiếp nhận', received.total],
    ['Tiếp nhận trực tuyến', received.online],
    ['Tiếp nhận trực tiếp', received.counter],
    ['Tiếp nhận qua bưu chính', received.postal],
    ['Tỷ lệ tiếp nhận trực tuyến', received.onlineRate],
    ['Tổng số hồ sơ đã giải quyết', resolved.total],
    ['Giải quyết trước hạn', resolved.early],
    ['Giải quyết đúng hạn', resolved.onTime],
    ['Giải quyết quá hạn', resolved.late],
    ['Tỷ lệ giải quyết đúng hạn', resolved.onTimeRate],
    ['Hồ sơ đang giải quyết', inProgress.total],
    ['Đang giải quyết quá hạn', inProgress.overdue],
    ['Kết quả đã gửi bưu chính', postal.dispatched],
    ['Bưu chính phát thành công', postal.delivered],
    ['Bưu chính chuyển hoàn', postal.failed],
    ['Số hồ sơ tính thời gian giải quyết', processingTime.dossiers],
    ['Thời gian giải quyết trung bình (ngày làm việc)', processingTime.averageWorkingDays ?? ''],
    ['Thời gian giải quyết trung vị (ngày làm việc)', processingTime.medianWorkingDays ?? ''],
    ['Hồ sơ trực tuyến bắt đầu khai', onlineFunnel.started],
    ['Hồ sơ trực tuyến đã nộp', onlineFunnel.submitted],
    ['Hồ sơ trực tuyến bỏ dở', onlineFunnel.abandoned],
    ['Tỷ lệ bỏ dở', onlineFunnel.abandonedRate],
  ];
}

export const FIGURE_HEADERS = ['Chỉ tiêu', 'Giá trị'];
export const PROCEDURE_HEADERS = [
  'Mã thủ tục',
  'Tên thủ tục',
  'Tiếp nhận',
  'Trực tuyến',
  'Đã giải quyết',
  'Đúng hạn',
  'Thời gian TB (ngày làm việc)',
  'Thời gian trung vị (ngày làm việc)',
];

export function procedureRows(report: SummaryReportDto): (string | number)[][] {
  return report.byProcedure.map((p) => [
    p.procedureCode,
    p.procedureName,
    p.received,
    p.online,
    p.resolved,
    p.onTime,
    p.averageWorkingDays ?? '',
    p.medianWorkingDays ?? '',
  ]);
}

/** The summary as a UTF-8 CSV (with BOM, for Excel): the figures, a blank line, the procedures. */
export function summaryCsv(report: SummaryReportDto): Buffer {
  const lines = [
    csvLine(FIGURE_HEADERS),
    ...summaryFigures(report).map(csvLine),
    '',
    csvLine(PROCEDURE_HEADERS),
    ...procedureRows(report).map(csvLine),
  ];
  return Buffer.from(BOM + lines.join(EOL) + EOL, 'utf8');
}
