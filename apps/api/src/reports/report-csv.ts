import type { SummaryReportDto } from './dto/report.response';

const BOM = '\uFEFF';
const EOL = '\r\n';

/** One field per RFC 4180: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (fields: (string | number)[]) => fields.map(csvField).join(',');

/** The summary as a UTF-8 CSV (with BOM, for Excel): the figures, a blank line, the procedures. */
export function summaryCsv(report: SummaryReportDto): Buffer {
  const { received, resolved, inProgress, postal } = report;
  const figures: [string, string | number][] = [
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
    ['Bưu chính phát không thành công', postal.failed],
  ];
  const lines = [
    csvLine(['Chỉ tiêu', 'Giá trị']),
    ...figures.map(csvLine),
    '',
    csvLine(['Mã thủ tục', 'Tên thủ tục', 'Tiếp nhận', 'Trực tuyến', 'Đã giải quyết', 'Đúng hạn']),
    ...report.byProcedure.map((p) =>
      csvLine([p.procedureCode, p.procedureName, p.received, p.online, p.resolved, p.onTime]),
    ),
  ];
  return Buffer.from(BOM + lines.join(EOL) + EOL, 'utf8');
}
