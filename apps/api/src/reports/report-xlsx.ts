import ExcelJS from 'exceljs';
import type { SummaryReportDto } from './dto/report.response';
import { FIGURE_HEADERS, PROCEDURE_HEADERS, procedureRows, summaryFigures } from './report-csv';

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The summary as an Excel workbook: one sheet per table, Vietnamese headers in bold. */
export async function summaryXlsx(report: SummaryReportDto): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  addTable(workbook, 'Tổng hợp', FIGURE_HEADERS, summaryFigures(report), [48, 16]);
  addTable(
    workbook,
    'Theo thủ tục',
    PROCEDURE_HEADERS,
    procedureRows(report),
    [14, 60, 12, 12, 14, 12, 16, 18],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: string[],
  rows: (string | number)[][],
  widths: number[],
): void {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = headers.map((header, i) => ({ header, width: widths[i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(rows);
}
