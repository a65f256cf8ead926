import type { components } from '../../api/api-client';

type PublicStats = components['schemas']['PublicStatsDto'];

const HEADER = [
  'Mã cơ quan',
  'Cơ quan',
  'Mã thủ tục',
  'Thủ tục',
  'Hồ sơ tiếp nhận',
  'Tỷ lệ nộp trực tuyến',
  'Tỷ lệ đúng hạn',
  'Kết quả gửi qua bưu điện',
  'Bưu điện đã phát',
  'Bưu điện trả lại',
];

/**
 * One row per agency (procedure columns empty; postal figures only here), then one per listed procedure and one for the
 * other procedures together. Rates as fractions with a dot (machine-readable); empty when
 * there were too few dossiers.
 */
export function statsCsv(stats: PublicStats): string {
  const rows: (string | number | null)[][] = [HEADER];
  for (const agency of stats.items) {
    rows.push([
      agency.agencyCode,
      agency.agencyName,
      '',
      '',
      agency.received,
      agency.onlineRate,
      agency.onTimeRate,
      agency.postal.dispatched,
      agency.postal.delivered,
      agency.postal.failed,
    ]);
    for (const p of agency.byProcedure) {
      rows.push([
        agency.agencyCode,
        agency.agencyName,
        p.procedureCode,
        p.procedureName,
        p.received,
        p.onlineRate,
        p.onTimeRate,
        null,
        null,
        null,
      ]);
    }
    if (agency.otherProcedures) {
      const other = agency.otherProcedures;
      rows.push([
        agency.agencyCode,
        agency.agencyName,
        '',
        'Các thủ tục khác',
        other.received,
        other.onlineRate,
        other.onTimeRate,
        null,
        null,
        null,
      ]);
    }
  }
  return '\ufeff' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(Math.round(value * 10000) / 10000);
  // a cell starting with = + - @ would be a formula in a spreadsheet
  const text = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
